package io.nugetbridge.core.packaging.analysis;

import java.util.List;

/** NuGet's {@code PackageHelper.IsAssembly} and the folders its rules expect assemblies in. */
final class Assemblies {

    /** {@code MisplacedAssemblyOutsideLibRule.ValidFolders}. */
    static final List<String> FOLDERS = List.of("lib/", "analyzers/", "ref/", "runtimes/", "native/", "build/",
            "buildCrossTargeting/", "tools/");

    private Assemblies() {}

    /** A {@code .dll}, {@code .exe} or {@code .winmd} file. */
    static boolean isAssembly(String path) {
        return PackagePaths.endsWithIgnoreCase(path, ".dll") || PackagePaths.endsWithIgnoreCase(path, ".exe")
                || PackagePaths.endsWithIgnoreCase(path, ".winmd");
    }
}
