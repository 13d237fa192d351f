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
 * Selects what a project uses from a package for one framework, as NuGet's lock file builder does
 * (NuGet.Commands/RestoreCommand/Utility/LockFileUtils.cs, {@code CreateLockFileTargetLibrary}):
 * <ol>
 * <li>The whole selection is made for the project's framework; only when it finds no asset at all (see
 * {@link Selection#hasCompatibleAssets()}) is it made again for each AssetTargetFallback framework in turn, and the
 * first that finds one is taken (NU1701). Fallback is for the package as a whole, never per kind of asset.</li>
 * <li>Within one framework, the nearest fitting folder by NuGet's nearest-framework rule ({@link FrameworkReducer});
 * for compile a fitting {@code ref/} folder wins over {@code lib/} whatever their frameworks; for a runtime,
 * {@code runtimes/<rid>/lib/} wins over {@code lib/} (nearest framework first, then nearest runtime), and the
 * nearest runtime's {@code native/} files are added.</li>
 * <li>Content files, framework assemblies and framework references are matched with the project's framework only,
 * never with a fallback, as NuGet does.</li>
 * </ol>
 * Whether the package is compatible at all (NU1202) follows NuGet's CompatibilityChecker: it is when the selection
 * found an asset, or when the package has no {@code ref/} or {@code lib/} file at all.
 */
public final class AssetSelector {

    private AssetSelector() {}

    /**
     * @param paths     the package's entry paths ({@code lib/net48/Foo.dll} ...)
     * @param framework the project's target framework
     * @param fallback  its AssetTargetFallback, in order
     * @param runtime   the runtime identifier, for a RID-specific selection
     * @see #select(PackageContents, NuGetFramework, List, Optional) the same with the package's id, without which
     *      a {@code build/} file named after the package is not recognized
     */
    public static SelectedAssets select(Collection<String> paths, NuGetFramework framework, List<NuGetFramework> fallback,
            Optional<String> runtime) {
        return select(PackageContents.of("", paths), framework, fallback, runtime);
    }

    /**
     * @param contents  the package's id, entry paths and nuspec framework assemblies and references
     * @param framework the project's target framework
     * @param fallback  its AssetTargetFallback, in order
     * @param runtime   the runtime identifier, for a RID-specific selection
     */
    public static SelectedAssets select(PackageContents contents, NuGetFramework framework, List<NuGetFramework> fallback,
            Optional<String> runtime) {
        List<AssetGroup> groups = PackageLayout.groups(contents.paths());
        boolean projectOnlyAssets = hasProjectOnlyAssets(groups, contents, framework);
        Selection chosen = null;
        boolean viaFallback = false;
        List<NuGetFramework> criteria = new ArrayList<>();
        criteria.add(framework);
        criteria.addAll(fallback);
        for (int i = 0; i < criteria.size(); i++) {
            Selection selection = Selection.of(groups, contents.id(), criteria.get(i), runtime);
            if (chosen == null) {
                chosen = selection; // without any asset anywhere, what the project's own framework found (nothing)
            }
            if (projectOnlyAssets || selection.hasCompatibleAssets()) {
                chosen = selection;
                viaFallback = i > 0;
                break;
            }
        }
        boolean compatible = projectOnlyAssets || chosen.hasCompatibleAssets() || !hasAssemblyFolders(contents.paths());
        return new SelectedAssets(framework, runtime, files(chosen.compile), files(chosen.runtime), chosen.nativeFiles,
                chosen.compile.map(AssetGroup::framework), chosen.runtime.map(AssetGroup::framework), viaFallback, compatible);
    }

    /**
     * Content files (nearest per code language), framework assemblies (not for package-based frameworks such as
     * .NET Core and .NET Standard) and framework references that fit the project's own framework: each counts as an
     * asset, whatever the libraries do.
     */
    private static boolean hasProjectOnlyAssets(List<AssetGroup> groups, PackageContents contents, NuGetFramework framework) {
        List<AssetGroup> content = ofKind(groups, AssetGroup.Kind.CONTENT_FILES);
        for (String language : content.stream().map(AssetGroup::runtime).distinct().toList()) {
            List<AssetGroup> ofLanguage = content.stream().filter(g -> g.runtime().equals(language)).toList();
            if (FrameworkReducer.nearest(framework, ofLanguage, AssetGroup::framework).filter(g -> !g.items().isEmpty()).isPresent()) {
                return true;
            }
        }
        if (!framework.isPackageBased() && FrameworkReducer.nearest(framework, contents.frameworkAssemblyGroups()).isPresent()) {
            return true;
        }
        return FrameworkReducer.nearest(framework, contents.frameworkReferenceGroups()).isPresent();
    }

    /** NuGet's test for a package that means to provide assemblies: any path under {@code ref/} or {@code lib/}. */
    private static boolean hasAssemblyFolders(List<String> paths) {
        return paths.stream().map(p -> p.replace('\\', '/').toLowerCase(Locale.ROOT))
                .anyMatch(p -> p.startsWith("ref/") || p.startsWith("lib/"));
    }

    private static List<AssetGroup> ofKind(List<AssetGroup> groups, AssetGroup.Kind kind) {
        return groups.stream().filter(g -> g.kind() == kind).toList();
    }

    private static List<String> files(Optional<AssetGroup> group) {
        return group.map(AssetGroup::files).orElse(List.of());
    }

    /** What one framework (the project's, or one fallback) selects from the package's folders. */
    private record Selection(Optional<AssetGroup> compile, Optional<AssetGroup> runtime, List<String> nativeFiles,
            boolean otherAssets) {

        static Selection of(List<AssetGroup> groups, String id, NuGetFramework framework, Optional<String> rid) {
            Optional<AssetGroup> compile = nearest(groups, AssetGroup.Kind.REF, framework)
                    .or(() -> nearest(groups, AssetGroup.Kind.LIB, framework));
            Optional<AssetGroup> run = rid.flatMap(r -> runtimeLib(groups, r, framework))
                    .or(() -> nearest(groups, AssetGroup.Kind.LIB, framework));
            List<String> nativeFiles = rid.flatMap(r -> nativeGroup(groups, r)).map(AssetGroup::files).orElse(List.of());
            boolean resources = nearest(groups, AssetGroup.Kind.RESOURCE, framework).filter(g -> !g.items().isEmpty()).isPresent();
            boolean build = nearest(groups, AssetGroup.Kind.BUILD, framework).filter(g -> !g.buildItemsOf(id).isEmpty()).isPresent()
                    || nearest(groups, AssetGroup.Kind.BUILD_TRANSITIVE, framework).filter(g -> !g.buildItemsOf(id).isEmpty()).isPresent()
                    || ofKind(groups, AssetGroup.Kind.BUILD_MULTI_TARGETING).stream().anyMatch(g -> !g.buildItemsOf(id).isEmpty());
            return new Selection(compile, run, nativeFiles, resources || build);
        }

        /**
         * NuGet's {@code HasCompatibleAssets} for what this framework selected: a compile or runtime item
         * ({@code _._} counts), a satellite assembly, or a build file.
         */
        boolean hasCompatibleAssets() {
            return compile.filter(g -> !g.items().isEmpty()).isPresent() || runtime.filter(g -> !g.items().isEmpty()).isPresent()
                    || otherAssets;
        }

        private static Optional<AssetGroup> nearest(List<AssetGroup> groups, AssetGroup.Kind kind, NuGetFramework framework) {
            return FrameworkReducer.nearest(framework, ofKind(groups, kind), AssetGroup::framework);
        }

        /** Among the runtime's fitting folders: the nearest framework, then the nearest runtime. */
        private static Optional<AssetGroup> runtimeLib(List<AssetGroup> groups, String rid, NuGetFramework framework) {
            List<String> chain = RuntimeFallbacks.of(rid);
            List<AssetGroup> fitting = ofKind(groups, AssetGroup.Kind.RUNTIME_LIB).stream()
                    .filter(g -> chain.contains(g.runtime().toLowerCase(Locale.ROOT))).toList();
            return FrameworkReducer.nearest(framework, fitting, AssetGroup::framework)
                    .map(match -> fitting.stream().filter(g -> g.framework().equals(match.framework()))
                            .min(Comparator.comparingInt(g -> chain.indexOf(g.runtime().toLowerCase(Locale.ROOT))))
                            .orElseThrow());
        }

        private static Optional<AssetGroup> nativeGroup(List<AssetGroup> groups, String rid) {
            List<String> chain = RuntimeFallbacks.of(rid);
            return ofKind(groups, AssetGroup.Kind.NATIVE).stream()
                    .filter(g -> chain.contains(g.runtime().toLowerCase(Locale.ROOT)))
                    .min(Comparator.comparingInt(g -> chain.indexOf(g.runtime().toLowerCase(Locale.ROOT))));
        }
    }
}
