package io.nugetbridge.core.packaging.analysis;

import java.util.List;

/** NU5101, NuGet's {@code MisplacedAssemblyUnderLibRule}: an assembly right in {@code lib/}, with no framework folder. */
final class AssemblyDirectlyUnderLibRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        return pkg.files().stream()
                .filter(f -> PackagePaths.directory(f).equalsIgnoreCase("lib") && Assemblies.isAssembly(f))
                .map(f -> new PackWarning("NU5101", "The assembly '" + f + "' is placed directly under 'lib' folder. It is"
                        + " recommended that assemblies be placed inside a framework-specific folder. Move it into a"
                        + " framework-specific folder."))
                .toList();
    }
}
