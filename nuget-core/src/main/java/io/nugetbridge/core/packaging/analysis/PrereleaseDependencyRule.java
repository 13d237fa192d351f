package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
import java.util.List;

/**
 * NU5104, NuGet's {@code InvalidPrereleaseDependencyRule}: a stable package depending on a prerelease, by the
 * range's lower or upper bound (current NuGet checks both; NuGet.exe 5.8 looked at the lower bound only).
 */
final class PrereleaseDependencyRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        List<PackWarning> warnings = new ArrayList<>();
        if (pkg.version().isPrerelease()) {
            return warnings;
        }
        for (DependencyGroup group : pkg.metadata().dependencies().asGroups()) {
            for (Dependency dependency : group.dependencies()) {
                VersionRange range = dependency.range();
                if (range.minVersion().map(NuGetVersion::isPrerelease).orElse(false)
                        || range.maxVersion().map(NuGetVersion::isPrerelease).orElse(false)) {
                    warnings.add(new PackWarning("NU5104", "A stable release of a package should not have a prerelease"
                            + " dependency. Either modify the version spec of dependency \"" + dependency.id() + " "
                            + range.toNormalizedString() + "\" or update the version field in the nuspec."));
                }
            }
        }
        return warnings;
    }
}
