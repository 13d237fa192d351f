package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of resolving one project.
 *
 * @param projectName the project
 * @param graphs      one graph per target framework, in the request's order
 * @param diagnostics every message, those found for several frameworks merged into one (as NuGet logs them)
 */
public record ResolveResult(String projectName, List<FrameworkGraph> graphs, List<Diagnostic> diagnostics) {

    public ResolveResult {
        graphs = List.copyOf(graphs);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when no message is an error: the packages can be installed. */
    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /**
     * Every package version to install, across frameworks, each once: the graphs' packages and the versions the
     * walk rejected (NuGet installs those too, so that a warm restore asks no source).
     */
    public List<ResolvedPackage> packagesToInstall() {
        Map<String, ResolvedPackage> unique = new LinkedHashMap<>();
        for (FrameworkGraph graph : graphs) {
            for (ResolvedPackage resolved : graph.packages()) {
                unique.putIfAbsent(resolved.id().toLowerCase(Locale.ROOT) + "/" + resolved.version().toNormalizedString(), resolved);
            }
        }
        for (FrameworkGraph graph : graphs) {
            for (ResolvedPackage resolved : graph.rejected()) {
                unique.putIfAbsent(resolved.id().toLowerCase(Locale.ROOT) + "/" + resolved.version().toNormalizedString(), resolved);
            }
        }
        return List.copyOf(unique.values());
    }

    /** The graph of one framework. */
    public Optional<FrameworkGraph> graph(NuGetFramework framework) {
        return graphs.stream().filter(g -> g.framework().equals(framework)).findFirst();
    }
}
