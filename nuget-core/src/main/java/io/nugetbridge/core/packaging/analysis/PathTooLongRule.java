package io.nugetbridge.core.packaging.analysis;

import java.util.List;
import java.util.Locale;

/**
 * NU5123, NuGet's {@code PathTooLongRule}: a file whose path in the global packages folder
 * ({@code <lowerid>/<lowerversion>/<path>}) is longer than 200 characters.
 */
final class PathTooLongRule implements PackageRule {

    private static final int LIMIT = 200;

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        String installed = pkg.id().toLowerCase(Locale.ROOT) + "/" + pkg.version().toNormalizedString().toLowerCase(Locale.ROOT) + "/";
        return pkg.files().stream()
                .filter(f -> installed.length() + f.length() > LIMIT)
                .map(f -> new PackWarning("NU5123", "The file '" + f + "' path, name, or both are too long. Your package"
                        + " might not work without long file path support. Please shorten the file path or file name."))
                .toList();
    }
}
