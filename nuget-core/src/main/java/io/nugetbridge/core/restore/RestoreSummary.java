package io.nugetbridge.core.restore;

import io.nugetbridge.core.assets.AssetSelector;
import io.nugetbridge.core.assets.PackageContents;
import io.nugetbridge.core.assets.SelectedAssets;
import io.nugetbridge.core.assets.SupportedFrameworks;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.resolve.FallbackMessage;
import io.nugetbridge.core.resolve.FrameworkGraph;
import io.nugetbridge.core.resolve.ResolveRequest;
import io.nugetbridge.core.resolve.ResolveResult;
import io.nugetbridge.core.resolve.ResolvedPackage;
import io.nugetbridge.core.resolve.TargetFrameworkRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a restore did, for people and for later build steps: per framework the graph, the chosen versions and
 * the files to use from each package; and every diagnostic. {@link RestoreSummaryJson} writes it.
 *
 * @param project     the project's name
 * @param succeeded   whether no diagnostic is an error
 * @param frameworks  one per target framework, in the project's order
 * @param diagnostics every message: the resolution's, then NU1202 for packages that do not fit a framework, then
 *                    NU1701 for packages whose assets fitted only through AssetTargetFallback
 */
public record RestoreSummary(String project, boolean succeeded, List<FrameworkSummary> frameworks, List<Diagnostic> diagnostics) {

    public RestoreSummary {
        frameworks = List.copyOf(frameworks);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Selects the assets of every resolved package (files from {@code files}, for {@code runtime} when given) and
     * puts the summary together. As NuGet's restore does for the framework's graph and, with a runtime, for the
     * framework and runtime graph too: a package that has {@code lib/} or {@code ref/} files yet none for the graph
     * is NU1202, an error (NuGet's CompatibilityChecker); a package whose assets came from a fallback framework gets
     * NU1701 once, for the first framework in NuGet's order ({@link FallbackMessage#NUGET_ORDER}, LockFileBuilder).
     * A failed resolution is summarized the same way (NuGet builds its assets file for it too), except that no
     * package is NU1202 when a package is unresolved in any framework.
     */
    public static RestoreSummary of(ResolveRequest request, ResolveResult result, PackageFiles files, Optional<String> runtime) {
        List<FrameworkSummary> frameworks = new ArrayList<>();
        List<Diagnostic> incompatible = new ArrayList<>();
        List<FallbackUse> fallbackUses = new ArrayList<>();
        for (int i = 0; i < result.graphs().size(); i++) {
            FrameworkGraph graph = result.graphs().get(i);
            TargetFrameworkRequest target = request.frameworks().get(i);
            List<PackageSummary> packages = new ArrayList<>();
            for (ResolvedPackage resolved : graph.packages()) {
                PackageContents contents = PackageContents.of(resolved.id(), files.of(resolved.id(), resolved.version()));
                SelectedAssets assets = AssetSelector.select(contents, graph.framework(), target.assetTargetFallback(),
                        Optional.empty());
                if (!assets.compatible() || assets.viaFallback()) {
                    // Only when the files give nothing for the framework itself can the nuspec's framework assemblies
                    // and references change the outcome, so only then is it read.
                    contents = files.contents(resolved.id(), resolved.version());
                    assets = AssetSelector.select(contents, graph.framework(), target.assetTargetFallback(), Optional.empty());
                }
                checkCompatible(resolved, assets, contents, Optional.empty(), incompatible);
                if (runtime.isPresent()) {
                    SelectedAssets forRuntime = AssetSelector.select(contents, graph.framework(),
                            target.assetTargetFallback(), runtime);
                    checkCompatible(resolved, forRuntime, contents, runtime, incompatible);
                    if (forRuntime.viaFallback() && !assets.viaFallback()) {
                        fallbackUses.add(new FallbackUse(resolved, target));
                    }
                    assets = forRuntime;
                }
                if (assets.viaFallback()) {
                    fallbackUses.add(new FallbackUse(resolved, target));
                }
                packages.add(new PackageSummary(resolved, assets));
            }
            frameworks.add(new FrameworkSummary(graph.framework(), graph.dependencies(), packages, graph.unresolved()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        // NuGet checks compatibility only when every graph resolved every package (RestoreCommand
        // VerifyCompatibilityAsync: graphs.All(g => !g.Unresolved.Any())); NU1701 comes from building the assets
        // file (LockFileBuilder), which it does for a failed restore too.
        if (result.graphs().stream().allMatch(graph -> graph.unresolved().isEmpty())) {
            diagnostics.addAll(request.policy().apply(incompatible));
        }
        diagnostics.addAll(request.policy().apply(fallbackWarnings(fallbackUses)));
        List<Diagnostic> merged = Diagnostic.merge(diagnostics);
        return new RestoreSummary(result.projectName(), merged.stream().noneMatch(Diagnostic::isError), frameworks, merged);
    }

    private static void checkCompatible(ResolvedPackage resolved, SelectedAssets assets, PackageContents contents,
            Optional<String> runtime, List<Diagnostic> incompatible) {
        if (!assets.compatible()) {
            incompatible.add(IncompatiblePackageMessage.of(resolved.id(), resolved.version(), assets.framework(), runtime,
                    SupportedFrameworks.of(contents.paths())));
        }
    }

    private record FallbackUse(ResolvedPackage resolved, TargetFrameworkRequest target) {}

    /** One NU1701 per package version, for the first of its frameworks in the order NuGet's lock file builder visits them. */
    private static List<Diagnostic> fallbackWarnings(List<FallbackUse> uses) {
        Set<String> warned = new HashSet<>();
        List<Diagnostic> warnings = new ArrayList<>();
        uses.stream().sorted(Comparator.comparing(use -> use.target().framework(), FallbackMessage.NUGET_ORDER))
                .forEach(use -> {
                    String key = use.resolved().id().toLowerCase(Locale.ROOT) + "/" + use.resolved().version().toNormalizedString();
                    if (warned.add(key)) {
                        warnings.add(FallbackMessage.of(use.resolved().id(), use.resolved().version(), use.target()));
                    }
                });
        return warnings;
    }
}
