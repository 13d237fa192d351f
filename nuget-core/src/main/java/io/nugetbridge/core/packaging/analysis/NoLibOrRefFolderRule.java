package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.frameworks.FrameworkIdentifiers;
import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NU5127, NuGet's {@code NoRefOrLibFolderInPackageRule}: no {@code lib/} or {@code ref/} assets, but framework
 * folders under {@code build/}, so the package installs into every framework; NuGet suggests {@code _._} files.
 */
final class NoLibOrRefFolderRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        if (!ContentFrameworks.lib(pkg.files()).isEmpty() || !ContentFrameworks.ref(pkg.files()).isEmpty()) {
            return List.of();
        }
        Set<NuGetFramework> build = ContentFrameworks.build(pkg.files());
        boolean anyKnown = build.stream()
                .filter(f -> FrameworkIdentifiers.NET_PLATFORM.equals(f.identifier())
                        || f.isSpecific() && !ContentFrameworks.isUnknown(f))
                .anyMatch(NoLibOrRefFolderRule::notDotnetOrNative);
        if (!anyKnown) {
            return List.of();
        }
        List<String> names = build.stream().filter(NuGetFramework::isSpecific)
                .filter(NoLibOrRefFolderRule::notDotnetOrNative).map(ContentFrameworks::shortName).toList();
        String folders = names.size() == 1 ? "-lib/" + names.get(0) + "/_._"
                : names.stream().map(n -> "-lib/" + n + "/_._\n").collect(Collectors.joining());
        return List.of(new PackWarning("NU5127", "This package does not contain a lib/ or ref/ folder, and will therefore"
                + " be treated as compatible for all frameworks. Since framework specific files were found under the"
                + " build/ directory for " + String.join(", ", names) + ", consider creating the following empty files to"
                + " correctly narrow the compatibility of the package:\n" + folders));
    }

    private static boolean notDotnetOrNative(NuGetFramework framework) {
        String name = ContentFrameworks.shortName(framework);
        return !name.equals("dotnet") && !name.equals("native");
    }
}
