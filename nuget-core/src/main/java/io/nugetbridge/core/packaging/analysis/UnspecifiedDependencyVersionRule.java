package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.spec.Dependency;
import java.util.List;

/**
 * NU5112, NuGet's {@code UnspecifiedDependencyVersionRule}: the first dependency (NuGet looks at no other) has no
 * version.
 */
final class UnspecifiedDependencyVersionRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        return pkg.metadata().dependencies().all().findFirst()
                .filter(d -> d.versionText() == null || d.versionText().isBlank())
                .map(Dependency::id)
                .map(id -> List.of(new PackWarning("NU5112", "The version of dependency '" + id + "' is not specified."
                        + " Specify the version of dependency and rebuild your package.")))
                .orElse(List.of());
    }
}
