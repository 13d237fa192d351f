package io.nugetbridge.core.packaging.analysis;

import java.util.List;

/**
 * NU5100, NuGet's {@code MisplacedAssemblyOutsideLibRule}: a {@code .dll} or {@code .winmd} outside the folders
 * NuGet takes assemblies from ({@code .exe} files are often legitimate elsewhere, so NuGet leaves them be).
 */
final class AssemblyOutsideLibRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        return pkg.files().stream()
                .filter(f -> Assemblies.FOLDERS.stream().noneMatch(folder -> PackagePaths.startsWithIgnoreCase(f, folder)))
                .filter(f -> PackagePaths.endsWithIgnoreCase(f, ".dll") || PackagePaths.endsWithIgnoreCase(f, ".winmd"))
                .map(f -> new PackWarning("NU5100", "The assembly '" + f + "' is not inside the 'lib' folder and hence it"
                        + " won't be added as a reference when the package is installed into a project. Move it into the"
                        + " 'lib' folder if it needs to be referenced."))
                .toList();
    }
}
