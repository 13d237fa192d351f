package io.nugetbridge.core.assets;

import io.nugetbridge.core.frameworks.FrameworkReducer;
import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Selects what a project uses from a package for one framework, as NuGet's lock file builder does with the
 * managed-code conventions: the nearest fitting folder by NuGet's nearest-framework rule
 * ({@link FrameworkReducer}), the AssetTargetFallback frameworks only when nothing fits the framework itself;
 * for compile a fitting {@code ref/} folder wins over {@code lib/} whatever their frameworks; for a runtime,
 * {@code runtimes/<rid>/lib/} wins over {@code lib/} (nearest framework first, then nearest runtime), and
 * the nearest runtime's {@code native/} files are added.
 */
public final class AssetSelector {

    private AssetSelector() {}

    /**
     * @param paths     the package's entry paths ({@code lib/net48/Foo.dll} ...)
     * @param framework the project's target framework
     * @param fallback  its AssetTargetFallback, in order
     * @param runtime   the runtime identifier, for a RID-specific selection
     */
    public static SelectedAssets select(Collection<String> paths, NuGetFramework framework, List<NuGetFramework> fallback,
            Optional<String> runtime) {
        List<AssetGroup> groups = PackageLayout.groups(paths);
        Optional<FrameworkReducer.Match<AssetGroup>> compile = nearest(groups, AssetGroup.Kind.REF, framework, fallback)
                .or(() -> nearest(groups, AssetGroup.Kind.LIB, framework, fallback));
        Optional<FrameworkReducer.Match<AssetGroup>> run = runtime.flatMap(rid -> runtimeLib(groups, rid, framework, fallback))
                .or(() -> nearest(groups, AssetGroup.Kind.LIB, framework, fallback));
        List<String> nativeFiles = runtime.flatMap(rid -> nativeGroup(groups, rid)).map(AssetGroup::files).orElse(List.of());
        boolean viaFallback = compile.map(FrameworkReducer.Match::viaFallback).orElse(false)
                || run.map(FrameworkReducer.Match::viaFallback).orElse(false);
        return new SelectedAssets(framework, runtime, files(compile), files(run), nativeFiles,
                compile.map(m -> m.item().framework()), run.map(m -> m.item().framework()), viaFallback);
    }

    private static Optional<FrameworkReducer.Match<AssetGroup>> nearest(List<AssetGroup> groups, AssetGroup.Kind kind,
            NuGetFramework framework, List<NuGetFramework> fallback) {
        List<AssetGroup> ofKind = groups.stream().filter(g -> g.kind() == kind).toList();
        return FrameworkReducer.nearest(framework, fallback, ofKind, AssetGroup::framework);
    }

    /** Among the runtime's fitting folders: the nearest framework, then the nearest runtime. */
    private static Optional<FrameworkReducer.Match<AssetGroup>> runtimeLib(List<AssetGroup> groups, String rid,
            NuGetFramework framework, List<NuGetFramework> fallback) {
        List<String> chain = RuntimeFallbacks.of(rid);
        List<AssetGroup> fitting = groups.stream().filter(g -> g.kind() == AssetGroup.Kind.RUNTIME_LIB)
                .filter(g -> chain.contains(g.runtime().toLowerCase(Locale.ROOT))).toList();
        Optional<FrameworkReducer.Match<AssetGroup>> byFramework = FrameworkReducer.nearest(framework, fallback, fitting,
                AssetGroup::framework);
        return byFramework.map(match -> {
            AssetGroup nearestRuntime = fitting.stream().filter(g -> g.framework().equals(match.item().framework()))
                    .min(Comparator.comparingInt(g -> chain.indexOf(g.runtime().toLowerCase(Locale.ROOT))))
                    .orElseThrow();
            return new FrameworkReducer.Match<>(nearestRuntime, match.framework(), match.viaFallback());
        });
    }

    private static Optional<AssetGroup> nativeGroup(List<AssetGroup> groups, String rid) {
        List<String> chain = RuntimeFallbacks.of(rid);
        return groups.stream().filter(g -> g.kind() == AssetGroup.Kind.NATIVE)
                .filter(g -> chain.contains(g.runtime().toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt(g -> chain.indexOf(g.runtime().toLowerCase(Locale.ROOT))));
    }

    private static List<String> files(Optional<FrameworkReducer.Match<AssetGroup>> match) {
        return match.map(m -> new ArrayList<>(m.item().files())).map(List::copyOf).orElse(List.of());
    }
}
