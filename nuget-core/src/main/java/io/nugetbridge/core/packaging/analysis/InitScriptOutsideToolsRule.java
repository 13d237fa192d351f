package io.nugetbridge.core.packaging.analysis;

import java.util.List;

/**
 * NU5107, NuGet's {@code InitScriptNotUnderToolsRule}: an {@code init.ps1} whose folder is not named {@code tools}
 * (NuGet compares the last folder's name only, so {@code content/tools/init.ps1} passes).
 */
final class InitScriptOutsideToolsRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        return pkg.files().stream()
                .filter(f -> PackagePaths.fileName(f).equalsIgnoreCase("init.ps1"))
                .filter(f -> !PackagePaths.fileName(PackagePaths.directory(f)).equalsIgnoreCase("tools"))
                .map(f -> new PackWarning("NU5107", "The file '" + f + "' will be ignored by NuGet because it is not"
                        + " directly under 'tools' folder. Place the file directly under 'tools' folder."))
                .toList();
    }
}
