package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.FrameworkReducer;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Walks the dependencies of one target framework into a tree, NuGet's {@code RemoteDependencyWalker}:
 * each dependency is looked up and walked, unless an ancestor <em>is</em> that id (a cycle, kept as a
 * marker) or an ancestor declares it too (nearest wins: eclipsed, or kept as a potential downgrade when the
 * nearer declaration starts lower). Lookups run in parallel; children keep their nuspec order, so the
 * tree, and everything decided from it, is the same whatever the timing.
 */
final class DependencyWalker {

    private enum Verdict { ACCEPTABLE, ECLIPSED, POTENTIALLY_DOWNGRADED, CYCLE }

    /** The path from the root to a node: the parent's item and the dependency that led down. */
    private record Edge(Edge outer, ResolvedItem item, PackageDependency dependency) {}

    private record ItemRequest(String id, VersionRange range) {}

    private final LibraryMatcher matcher;
    private final SourceQueries queries;
    private final TargetFrameworkRequest target;
    private final Map<ItemRequest, CompletableFuture<ResolvedItem>> items = new ConcurrentHashMap<>();

    DependencyWalker(LibraryMatcher matcher, SourceQueries queries, TargetFrameworkRequest target) {
        this.matcher = matcher;
        this.queries = queries;
        this.target = target;
    }

    /** The tree below the project, every node resolved. */
    CompletableFuture<GraphNode> walk(String projectName) {
        ResolvedItem project = ResolvedItem.project(projectName, target.dependencies());
        GraphNode root = GraphNode.root(new PackageDependency(projectName, VersionRange.ALL), project);
        return expand(root, null).thenApply(done -> root);
    }

    private CompletableFuture<Void> expand(GraphNode node, Edge outer) {
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (PackageDependency dependency : node.item().dependencies()) {
            // A package depending on its own id (or a project on a package of its name) is a cycle at once.
            Verdict verdict = node.asked().id().equalsIgnoreCase(dependency.id()) ? Verdict.CYCLE : judge(outer, dependency);
            switch (verdict) {
                case ACCEPTABLE -> {
                    GraphNode child = node.addChild(dependency);
                    Edge edge = new Edge(outer, node.item(), dependency);
                    pending.add(item(dependency).thenCompose(resolved -> {
                        child.resolve(resolved);
                        return expand(child, edge);
                    }));
                }
                case POTENTIALLY_DOWNGRADED -> node.addPlaceholder(dependency, Disposition.POTENTIALLY_DOWNGRADED);
                case CYCLE -> node.addPlaceholder(dependency, Disposition.CYCLE);
                case ECLIPSED -> { }
            }
        }
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new));
    }

    /** Walks up from the parent: an ancestor that is the id is a cycle; one that also declares it eclipses it. */
    private static Verdict judge(Edge outer, PackageDependency dependency) {
        for (Edge edge = outer; edge != null; edge = edge.outer()) {
            if (edge.item().id().equalsIgnoreCase(dependency.id())) {
                return Verdict.CYCLE;
            }
            for (PackageDependency sibling : edge.item().dependencies()) {
                if (sibling != edge.dependency() && sibling.id().equalsIgnoreCase(dependency.id())) {
                    return NearerRange.startsAtLeastAt(sibling.range(), dependency.range())
                            ? Verdict.ECLIPSED : Verdict.POTENTIALLY_DOWNGRADED;
                }
            }
        }
        return Verdict.ACCEPTABLE;
    }

    /** What a dependency resolves to, looked up once per id and range in this framework. */
    private CompletableFuture<ResolvedItem> item(PackageDependency dependency) {
        ItemRequest request = new ItemRequest(dependency.id().toLowerCase(Locale.ROOT), dependency.range());
        return items.computeIfAbsent(request, r -> matcher.find(dependency.id(), lockedRange(dependency))
                .thenCompose(match -> match.isEmpty()
                        ? CompletableFuture.completedFuture(ResolvedItem.unresolved(dependency))
                        : queries.info(match.get().source(), dependency.id(), match.get().version())
                                .thenApply(info -> info.map(i -> packageItem(i, match.get().source()))
                                        .orElseGet(() -> ResolvedItem.unresolved(dependency)))));
    }

    /**
     * With a valid lock file, a dependency whose range takes the locked version asks for exactly that version
     * (NuGet passes the lock file's libraries to the walk in the same way).
     */
    private VersionRange lockedRange(PackageDependency dependency) {
        NuGetVersion locked = target.lockedVersions().get(dependency.id().toLowerCase(Locale.ROOT));
        return locked != null && dependency.range().satisfies(locked) ? VersionRange.exactly(locked) : dependency.range();
    }

    private ResolvedItem packageItem(PackageInfo info, PackageSource source) {
        Optional<FrameworkReducer.Match<DependencyGroup>> group = FrameworkReducer.nearest(target.framework(),
                target.assetTargetFallback(), info.dependencyGroups(), DependencyWalker::frameworkOf);
        List<PackageDependency> dependencies = new ArrayList<>();
        group.ifPresent(g -> g.item().dependencies().forEach(d -> dependencies.add(dependency(d, info, source))));
        return new ResolvedItem(info.id(), info.version(), ResolvedItem.Kind.PACKAGE, source, dependencies,
                group.map(FrameworkReducer.Match::viaFallback).orElse(false));
    }

    private static NuGetFramework frameworkOf(DependencyGroup group) {
        return group.isFallback() ? NuGetFramework.ANY : NuGetFramework.parse(group.targetFramework());
    }

    private static PackageDependency dependency(Dependency declared, PackageInfo info, PackageSource source) {
        try {
            return new PackageDependency(declared.id(), declared.range());
        } catch (IllegalArgumentException e) {
            throw new ResolveException("The package " + info.id() + " " + info.version().toNormalizedString()
                    + " from source " + source.name() + " is broken: " + e.getMessage()
                    + ". Ask its owner for a fixed version, or reference another version of it.", e);
        }
    }
}
