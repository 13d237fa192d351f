package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Walks the dependencies of one target framework into a tree, NuGet's {@code RemoteDependencyWalker}:
 * each dependency is looked up and walked, unless an ancestor <em>is</em> that id (a cycle, kept as a
 * marker) or an ancestor declares it too (nearest wins: eclipsed, or kept as a potential downgrade when the
 * nearer declaration starts lower). Lookups run in parallel; children keep their nuspec order, so the
 * tree, and everything decided from it, is the same whatever the timing.
 *
 * <p>The tree has one node per path from the project, so it grows with the number of paths, not packages:
 * {@link GraphWalker} builds the same walk as a graph of shared nodes and is what restore uses. This walker
 * stays as the reference the graph walker is tested against, since it follows NuGet's code step by step.
 */
final class DependencyWalker {

    private enum Verdict { ACCEPTABLE, ECLIPSED, POTENTIALLY_DOWNGRADED, CYCLE }

    /** The path from the root to a node: the parent's item and the dependency that led down. */
    private record Edge(Edge outer, ResolvedItem item, PackageDependency dependency) {}

    private final FrameworkItems items;

    DependencyWalker(FrameworkItems items) {
        this.items = items;
    }

    /** The tree below the project, every node resolved. */
    CompletableFuture<GraphNode> walk(String projectName) {
        ResolvedItem project = ResolvedItem.project(projectName, items.target().dependencies());
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
                    pending.add(items.item(dependency).thenCompose(resolved -> {
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
}
