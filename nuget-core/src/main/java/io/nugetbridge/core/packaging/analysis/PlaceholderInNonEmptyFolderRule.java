package io.nugetbridge.core.packaging.analysis;

import java.util.List;

/**
 * NU5109, NuGet's {@code InvalidPlaceholderFileRule}: an empty-folder marker {@code _._} in a folder that has other
 * files (NuGet counts the files of the folder and of its subfolders, the marker included).
 */
final class PlaceholderInNonEmptyFolderRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        return pkg.files().stream()
                .filter(f -> PackagePaths.fileName(f).equals("_._"))
                .filter(f -> {
                    String folder = PackagePaths.directory(f) + "/";
                    return pkg.files().stream()
                            .filter(other -> PackagePaths.startsWithIgnoreCase(PackagePaths.directory(other) + "/", folder))
                            .count() > 1;
                })
                .map(f -> new PackWarning("NU5109", "The file at '" + f + "' uses the symbol for empty directory '_._', but"
                        + " it is present in a directory that contains other files. Please remove this file from"
                        + " directories that contain other files."))
                .toList();
    }
}
