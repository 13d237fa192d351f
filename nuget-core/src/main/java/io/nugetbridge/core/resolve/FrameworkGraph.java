package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.List;
import java.util.Optional;

/**
 * The outcome for one target framework.
 *
 * @param framework    the framework
 * @param dependencies the project's own dependencies for it, as requested
 * @param packages     every package of the resolved graph, one version per id, ordered by id
 * @param rejected     versions the walk resolved that lost to others (cousins and what they brought): not part
 *                     of the graph and not for the build, but NuGet installs them too, so that the next restore
 *                     finds every version it looks up in the global packages folder and asks no source
 * @param unresolved   what no source could satisfy
 * @param diagnostics  what restore says about this framework (after the project's warning policy)
 */
public record FrameworkGraph(NuGetFramework framework, List<PackageDependency> dependencies,
        List<ResolvedPackage> packages, List<ResolvedPackage> rejected, List<UnresolvedDependency> unresolved,
        List<Diagnostic> diagnostics) {

    public FrameworkGraph {
        dependencies = List.copyOf(dependencies);
        packages = List.copyOf(packages);
        rejected = List.copyOf(rejected);
        unresolved = List.copyOf(unresolved);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The resolved package of an id (any case). */
    public Optional<ResolvedPackage> find(String id) {
        return packages.stream().filter(p -> p.id().equalsIgnoreCase(id)).findFirst();
    }

    /** Whether this framework restored without errors. */
    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
