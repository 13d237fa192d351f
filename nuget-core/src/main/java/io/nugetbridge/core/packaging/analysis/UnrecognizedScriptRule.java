package io.nugetbridge.core.packaging.analysis;

import java.util.List;
import java.util.Set;

/** NU5111, NuGet's {@code UnrecognizedScriptFileRule}: a {@code .ps1} other than install, uninstall or init. */
final class UnrecognizedScriptRule implements PackageRule {

    private static final Set<String> KNOWN = Set.of("install", "uninstall", "init");

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        return pkg.files().stream()
                .filter(f -> PackagePaths.endsWithIgnoreCase(f, ".ps1"))
                .filter(f -> !KNOWN.contains(PackagePaths.lower(PackagePaths.baseName(f))))
                .map(f -> new PackWarning("NU5111", "The script file '" + f + "' is not recognized by NuGet and hence will"
                        + " not be executed during installation of this package. Rename it to install.ps1, uninstall.ps1"
                        + " or init.ps1 and place it directly under 'tools'."))
                .toList();
    }
}
