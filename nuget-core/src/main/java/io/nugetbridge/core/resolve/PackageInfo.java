package io.nugetbridge.core.resolve;

import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.List;

/**
 * What resolution reads from one package's nuspec.
 *
 * @param id               the id as the nuspec spells it (what the lock file and folder names use)
 * @param version          the version
 * @param dependencyGroups the dependency groups; a flat list is one group without a framework
 */
public record PackageInfo(String id, NuGetVersion version, List<DependencyGroup> dependencyGroups) {

    public PackageInfo {
        dependencyGroups = List.copyOf(dependencyGroups);
    }
}
