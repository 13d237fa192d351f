package io.nugetbridge.core.resolve;

import java.util.List;

/**
 * A node of the walk as a graph: it stands for every node of NuGet's tree whose subtree comes out the same,
 * which is every node that asked for the same id and range under ancestors that answer the same to every
 * question its subtree asks them (see {@link GraphWalker}). Its children keep the nuspec's order and hold the
 * walked dependencies, the potential downgrades and the cycles; eclipsed dependencies are left out, as the tree
 * leaves them out.
 */
final class WalkVertex {

    /**
     * One dependency of the vertex as the walk judged it.
     *
     * @param dependency the declaration
     * @param kind       {@link Disposition#ACCEPTABLE} for a walked dependency, else
     *                   {@link Disposition#POTENTIALLY_DOWNGRADED} or {@link Disposition#CYCLE} for a marker
     * @param vertex     the walked dependency's vertex; null for a marker
     */
    record Child(PackageDependency dependency, Disposition kind, WalkVertex vertex) {}

    private final PackageDependency asked;
    private final ResolvedItem item;
    private final List<Child> children;
    private final List<WalkVertex> walked;

    WalkVertex(PackageDependency asked, ResolvedItem item, List<Child> children) {
        this.asked = asked;
        this.item = item;
        this.children = List.copyOf(children);
        this.walked = this.children.stream().filter(c -> c.vertex() != null).map(Child::vertex).toList();
    }

    PackageDependency asked() {
        return asked;
    }

    ResolvedItem item() {
        return item;
    }

    /** Every child, markers included, in order. */
    List<Child> children() {
        return children;
    }

    /** The walked children only, in order: the tree's children once its markers are pruned. */
    List<WalkVertex> walked() {
        return walked;
    }
}
