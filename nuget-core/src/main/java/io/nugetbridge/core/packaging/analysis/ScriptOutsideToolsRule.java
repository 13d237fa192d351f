package io.nugetbridge.core.packaging.analysis;

import java.util.List;

/** NU5110, NuGet's {@code MisplacedScriptFileRule}: a {@code .ps1} outside {@code tools/}. */
final class ScriptOutsideToolsRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        return pkg.files().stream()
                .filter(f -> PackagePaths.endsWithIgnoreCase(f, ".ps1") && !PackagePaths.startsWithIgnoreCase(f, "tools/"))
                .map(f -> new PackWarning("NU5110", "The script file '" + f + "' is outside the 'tools' folder and hence"
                        + " will not be executed during installation of this package. Move it into the 'tools' folder."))
                .toList();
    }
}
