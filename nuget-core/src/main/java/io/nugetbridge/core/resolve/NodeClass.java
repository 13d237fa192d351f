package io.nugetbridge.core.resolve;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of nodes of NuGet's tree that are alike in everything conflict resolution has decided so far: the same
 * {@link WalkVertex} and the same dispositions all the way down. Conflict resolution decides a node from its own
 * item and from what was decided above it, so alike nodes stay alike or split into classes that are, and the
 * tree is settled class by class ({@link CousinPasses}). Immutable; only the walked children are kept, the
 * markers having been taken out before conflict resolution as in NuGet.
 *
 * @param vertex         the walk's vertex
 * @param disposition    ACCEPTABLE, ACCEPTED or REJECTED
 * @param acceptedInPass the pass that accepted it (NuGet's accepted node of an id is the last one accepted), else 0
 * @param children       the classes of its walked children, in order
 */
record NodeClass(WalkVertex vertex, Disposition disposition, int acceptedInPass, List<NodeClass> children) {

    NodeClass {
        children = List.copyOf(children);
    }

    /** The classes of a fresh walk: one per vertex, all acceptable. */
    static NodeClass unsettled(WalkVertex root) {
        return unsettled(root, new IdentityHashMap<>());
    }

    private static NodeClass unsettled(WalkVertex vertex, Map<WalkVertex, NodeClass> made) {
        NodeClass known = made.get(vertex);
        if (known == null) {
            known = new NodeClass(vertex, Disposition.ACCEPTABLE, 0,
                    vertex.walked().stream().map(child -> unsettled(child, made)).toList());
            made.put(vertex, known);
        }
        return known;
    }

    ResolvedItem item() {
        return vertex.item();
    }

    PackageDependency asked() {
        return vertex.asked();
    }

    // Classes are told apart by identity: two equal ones are merged when made (see CousinPasses), and comparing
    // whole subgraphs by value at every hash lookup would cost what sharing saves.
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
