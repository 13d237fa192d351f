package io.nugetbridge.core.resolve;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * NuGet's conflict resolution ({@code TryResolveConflicts}, as {@link CousinResolver} runs it on the tree), run
 * on {@link NodeClass classes} of alike nodes: the same passes and the same steps, each step visiting a class
 * once for each thing that can differ between its nodes (whether what is above is alive, or ambiguous). A class
 * whose nodes come out differently is split, and classes that come out alike are merged again, so the work stays
 * with the number of classes, not of nodes.
 */
final class CousinPasses {

    private enum WalkState { WALKING, AMBIGUOUS }

    /** As in {@link CousinResolver}: NuGet gives up after this many passes. */
    private static final int PATIENCE = 1000;

    private record Key(WalkVertex vertex, Disposition disposition, int acceptedInPass, List<NodeClass> children) {

        // The vertex and the children by identity (see NodeClass).
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key k) || k.vertex != vertex || k.disposition != disposition
                    || k.acceptedInPass != acceptedInPass || k.children.size() != children.size()) {
                return false;
            }
            for (int i = 0; i < children.size(); i++) {
                if (k.children.get(i) != children.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = System.identityHashCode(vertex) * 31 + disposition.hashCode() * 7 + acceptedInPass;
            for (NodeClass child : children) {
                hash = hash * 31 + System.identityHashCode(child);
            }
            return hash;
        }
    }

    private final Map<Key, NodeClass> made = new HashMap<>();

    private CousinPasses() {}

    /** The root's class once every node is accepted or rejected (or NuGet's patience runs out). */
    static NodeClass settle(NodeClass root) {
        return new CousinPasses().run(root);
    }

    private NodeClass run(NodeClass start) {
        NodeClass root = start;
        boolean waiting = true;
        for (int pass = 1; waiting && pass < PATIENCE; pass++) {
            Tracker tracker = new Tracker();
            root = rejectBelowRejected(root, tracker, new IdentityHashMap<>(), new IdentityHashMap<>());
            markAmbiguous(root, WalkState.WALKING, tracker, new IdentityHashMap<>());
            root = decide(root, tracker, pass, new IdentityHashMap<>());
            waiting = anyAcceptable(root, new IdentityHashMap<>());
        }
        return root;
    }

    /** Step one: everything below a rejected node is rejected; every other node's item is tracked. */
    private NodeClass rejectBelowRejected(NodeClass node, Tracker tracker, Map<NodeClass, NodeClass> kept,
            Map<NodeClass, NodeClass> rejected) {
        if (node.disposition() == Disposition.REJECTED) {
            return rejectAll(node, rejected);
        }
        NodeClass known = kept.get(node);
        if (known == null) {
            tracker.track(node.item());
            known = make(node, node.disposition(), node.acceptedInPass(),
                    child -> rejectBelowRejected(child, tracker, kept, rejected));
            kept.put(node, known);
        }
        return known;
    }

    private NodeClass rejectAll(NodeClass node, Map<NodeClass, NodeClass> rejected) {
        NodeClass known = rejected.get(node);
        if (known == null) {
            known = make(node, Disposition.REJECTED, 0, child -> rejectAll(child, rejected));
            rejected.put(node, known);
        }
        return known;
    }

    /** Step two: the ids of the nodes below a disputed one (several versions of its id still in the running) wait. */
    private static void markAmbiguous(NodeClass node, WalkState state, Tracker tracker, Map<NodeClass, Set<WalkState>> seen) {
        if (node.disposition() == Disposition.REJECTED || !seen.computeIfAbsent(node, n -> EnumSet.noneOf(WalkState.class)).add(state)) {
            return;
        }
        WalkState below = state;
        if (state == WalkState.WALKING && tracker.isDisputed(node.item())) {
            below = WalkState.AMBIGUOUS;
        } else if (state == WalkState.AMBIGUOUS) {
            tracker.markAmbiguous(node.item());
        }
        for (NodeClass child : node.children()) {
            markAmbiguous(child, below, tracker, seen);
        }
    }

    /**
     * Step three, from the top while nodes are accepted: an acceptable node whose id is not ambiguous is accepted
     * when it has the highest version of its id, else rejected; below a node that is not accepted (or ambiguous)
     * nothing is decided in this pass.
     */
    private NodeClass decide(NodeClass node, Tracker tracker, int pass, Map<NodeClass, NodeClass> decided) {
        if (node.disposition() == Disposition.REJECTED || tracker.isAmbiguous(node.item())) {
            return node;
        }
        NodeClass known = decided.get(node);
        if (known == null) {
            Disposition disposition = node.disposition();
            int acceptedInPass = node.acceptedInPass();
            if (disposition == Disposition.ACCEPTABLE) {
                boolean best = tracker.isBestVersion(node.item());
                disposition = best ? Disposition.ACCEPTED : Disposition.REJECTED;
                acceptedInPass = best ? pass : 0;
            }
            known = disposition == Disposition.ACCEPTED
                    ? make(node, disposition, acceptedInPass, child -> decide(child, tracker, pass, decided))
                    : make(node, disposition, acceptedInPass, child -> child);
            decided.put(node, known);
        }
        return known;
    }

    private static boolean anyAcceptable(NodeClass node, Map<NodeClass, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) != null) {
            return false;
        }
        if (node.disposition() == Disposition.ACCEPTABLE) {
            return true;
        }
        for (NodeClass child : node.children()) {
            if (anyAcceptable(child, seen)) {
                return true;
            }
        }
        return false;
    }

    /** The class of {@code node}'s nodes with these dispositions: the one instance of every alike class. */
    private NodeClass make(NodeClass node, Disposition disposition, int acceptedInPass, Function<NodeClass, NodeClass> child) {
        List<NodeClass> children = node.children().stream().map(child).toList();
        Key key = new Key(node.vertex(), disposition, acceptedInPass, children);
        return made.computeIfAbsent(key, k -> k.equals(new Key(node.vertex(), node.disposition(), node.acceptedInPass(),
                node.children())) ? node : new NodeClass(k.vertex(), k.disposition(), k.acceptedInPass(), k.children()));
    }
}
