package io.nugetbridge.core.restore;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.UnresolvedDependency;
import java.util.List;

/**
 * One framework in the summary.
 *
 * @param framework    the framework
 * @param dependencies the project's own dependencies for it
 * @param packages     every package of the graph with its assets, ordered by id
 * @param unresolved   what could not be resolved
 */
public record FrameworkSummary(NuGetFramework framework, List<PackageDependency> dependencies, List<PackageSummary> packages,
        List<UnresolvedDependency> unresolved) {

    public FrameworkSummary {
        dependencies = List.copyOf(dependencies);
        packages = List.copyOf(packages);
        unresolved = List.copyOf(unresolved);
    }
}
