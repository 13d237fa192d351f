package io.nugetbridge.core.restore;

import io.nugetbridge.core.assets.AssetSelector;
import io.nugetbridge.core.assets.SelectedAssets;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.resolve.FallbackMessage;
import io.nugetbridge.core.resolve.FrameworkGraph;
import io.nugetbridge.core.resolve.ResolveRequest;
import io.nugetbridge.core.resolve.ResolveResult;
import io.nugetbridge.core.resolve.ResolvedPackage;
import io.nugetbridge.core.resolve.TargetFrameworkRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a restore did, for people and for later build steps: per framework the graph, the chosen versions and
 * the files to use from each package; and every diagnostic. {@link RestoreSummaryJson} writes it.
 *
 * @param project     the project's name
 * @param succeeded   whether no diagnostic is an error
 * @param frameworks  one per target framework, in the project's order
 * @param diagnostics every message, NU1701 for packages whose assets fitted only through AssetTargetFallback included
 */
public record RestoreSummary(String project, boolean succeeded, List<FrameworkSummary> frameworks, List<Diagnostic> diagnostics) {

    public RestoreSummary {
        frameworks = List.copyOf(frameworks);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Selects the assets of every resolved package (files from {@code files}, for {@code runtime} when given) and
     * puts the summary together.
     */
    public static RestoreSummary of(ResolveRequest request, ResolveResult result, PackageFiles files, Optional<String> runtime) {
        List<FrameworkSummary> frameworks = new ArrayList<>();
        List<Diagnostic> fallbacks = new ArrayList<>();
        for (int i = 0; i < result.graphs().size(); i++) {
            FrameworkGraph graph = result.graphs().get(i);
            TargetFrameworkRequest target = request.frameworks().get(i);
            List<PackageSummary> packages = new ArrayList<>();
            for (ResolvedPackage resolved : graph.packages()) {
                SelectedAssets assets = AssetSelector.select(files.of(resolved.id(), resolved.version()), graph.framework(),
                        target.assetTargetFallback(), runtime);
                if (assets.viaFallback() && !resolved.viaFallback()) {
                    fallbacks.add(FallbackMessage.of(resolved.id(), resolved.version(), target));
                }
                packages.add(new PackageSummary(resolved, assets));
            }
            frameworks.add(new FrameworkSummary(graph.framework(), graph.dependencies(), packages, graph.unresolved()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.addAll(request.policy().apply(fallbacks));
        List<Diagnostic> merged = Diagnostic.merge(diagnostics);
        return new RestoreSummary(result.projectName(), merged.stream().noneMatch(Diagnostic::isError), frameworks, merged);
    }
}
