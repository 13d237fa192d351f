package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NU5103, NuGet's {@code InvalidFrameworkFolderRule}: a file in a {@code lib/} subfolder whose name is no framework.
 * NuGet also lets a culture folder pass when it equals the nuspec's {@code language}, but compares the whole file
 * path with it, which never matches; so a culture folder directly under {@code lib/} warns, as in NuGet.
 */
final class InvalidFrameworkFolderRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : pkg.files()) {
            String[] parts = file.split("/");
            if (parts.length >= 3 && parts[0].equalsIgnoreCase("lib")) {
                files.putIfAbsent(file.toLowerCase(Locale.ROOT), file);
            }
        }
        String language = pkg.metadata().language();
        return files.values().stream()
                .filter(f -> NuGetFramework.parse(f.split("/")[1]).isUnsupported())
                .filter(f -> language == null || language.isEmpty() || !f.equalsIgnoreCase(language))
                .map(f -> new PackWarning("NU5103", "The folder '" + f + "' under 'lib' is not recognized as a valid"
                        + " framework name or a supported culture identifier. Rename it to a valid framework name or"
                        + " culture identifier."))
                .toList();
    }
}
