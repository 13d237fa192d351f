package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The downgrades that stick, found on settled {@link NodeClass classes} as NuGet's analysis finds them on the
 * tree ({@link GraphAnalyzer}): for a potential-downgrade marker under an accepted path, every ancestor's
 * children of the same id are weighed, from the parent up; a child whose range starts at least as high clears
 * the marker, one whose version does not satisfy the marker's range makes it a downgrade to that child; the
 * ancestor highest up with such a child has the last word. The downgrade sticks when that child was accepted.
 *
 * <p>Since the highest ancestor has the last word, the outcome can be worked out top down: each marker's
 * outcome is open until the first ancestor (from the project) that decides it. A class's subtree is searched
 * once per distinct set of open and decided outcomes of the markers below it, so finding out whether and for
 * which ids there are downgrades costs in classes, not paths. Only when they are reported are the downgrades
 * themselves listed, one per marker node (each has its own path in the message), in breadth-first order.
 */
final class DowngradeSearch {

    /** A marker's question: a declaration of the id with this range, farther down than a lower one. */
    private record Marker(String id, VersionRange range) {}

    /** What the ancestors above a marker decided: not yet, cleared, or kept with the child it was weighed against. */
    private record Outcome(boolean cleared, NodeClass against, List<NodeClass> againstPath) {
        static final Outcome CLEARED = new Outcome(true, null, null);

        boolean sticks() {
            return against != null && against.disposition() == Disposition.ACCEPTED;
        }

        /** What the search of a subtree needs to know of it (the path only matters to the message). */
        Seen seen() {
            return new Seen(cleared, sticks(), against == null ? null : lower(against.asked().id()));
        }
    }

    /** An outcome as far as which ids have downgrades below depends on it. */
    private record Seen(boolean cleared, boolean sticks, String againstId) {}

    private record Visit(NodeClass node, List<Seen> outcomes) {}

    private record Pending(NodeClass node, List<NodeClass> path, Map<Marker, Outcome> decided) {}

    private final NodeClass root;
    private final Map<NodeClass, List<Marker>> markersBelow = new IdentityHashMap<>();
    private final Map<Visit, Set<String>> idsBelow = new HashMap<>();

    DowngradeSearch(NodeClass root) {
        this.root = root;
    }

    /** The ids (lower case, as asked by both ends) of every downgrade that sticks. */
    Set<String> ids() {
        return idsBelow(root, Map.of());
    }

    /** Every downgrade that sticks, in the tree's breadth-first order, each with its two paths. */
    List<GraphAnalysis.Downgrade> all() {
        List<GraphAnalysis.Downgrade> found = new ArrayList<>();
        if (ids().isEmpty()) {
            return found;
        }
        Deque<Pending> queue = new ArrayDeque<>();
        queue.add(new Pending(root, List.of(root), Map.of()));
        while (!queue.isEmpty()) {
            Pending at = queue.poll();
            for (WalkVertex.Child child : at.node().vertex().children()) {
                Outcome outcome = child.kind() == Disposition.POTENTIALLY_DOWNGRADED
                        ? at.decided().get(marker(child.dependency())) : null;
                if (outcome != null && outcome.sticks()) {
                    GraphNode from = PathNodes.chain(at.path()).addPlaceholder(child.dependency(),
                            Disposition.POTENTIALLY_DOWNGRADED);
                    found.add(new GraphAnalysis.Downgrade(from, PathNodes.chain(outcome.againstPath())));
                }
            }
            for (NodeClass child : at.node().children()) {
                Map<Marker, Outcome> decided = below(at.node(), at.decided(), markers(child), at.path());
                if (!idsBelow(child, decided).isEmpty()) {
                    List<NodeClass> path = new ArrayList<>(at.path());
                    path.add(child);
                    queue.add(new Pending(child, path, decided));
                }
            }
        }
        return found;
    }

    /** The ids of the downgrades that stick in the subtree of {@code node}, given what its ancestors decided. */
    private Set<String> idsBelow(NodeClass node, Map<Marker, Outcome> decided) {
        List<Marker> markers = markers(node);
        if (markers.isEmpty()) {
            return Set.of();
        }
        List<Seen> outcomes = new ArrayList<>();
        for (Marker marker : markers) {
            Outcome outcome = decided.get(marker);
            outcomes.add(outcome == null ? null : outcome.seen());
        }
        Visit visit = new Visit(node, outcomes);
        Set<String> known = idsBelow.get(visit);
        if (known != null) {
            return known;
        }
        Set<String> ids = new HashSet<>();
        for (WalkVertex.Child child : node.vertex().children()) {
            if (child.kind() == Disposition.POTENTIALLY_DOWNGRADED) {
                Outcome outcome = decided.get(marker(child.dependency()));
                if (outcome != null && outcome.sticks()) {
                    ids.add(lower(child.dependency().id()));
                    ids.add(lower(outcome.against().asked().id()));
                }
            }
        }
        for (NodeClass child : node.children()) {
            ids.addAll(idsBelow(child, below(node, decided, markers(child), null)));
        }
        idsBelow.put(visit, Set.copyOf(ids));
        return ids;
    }

    /**
     * What the ancestors down to {@code node} decided for the markers of a child's subtree: what was decided
     * above stays; else {@code node}'s own children of the marker's id decide, the last that does.
     */
    private static Map<Marker, Outcome> below(NodeClass node, Map<Marker, Outcome> decided, List<Marker> markers,
            List<NodeClass> path) {
        Map<Marker, Outcome> next = new HashMap<>();
        for (Marker marker : markers) {
            Outcome outcome = decided.get(marker);
            if (outcome == null) {
                for (NodeClass side : node.children()) {
                    if (side.asked().id().equalsIgnoreCase(marker.id())) {
                        Outcome weighed = weigh(side, marker, path);
                        outcome = weighed != null ? weighed : outcome;
                    }
                }
            }
            if (outcome != null) {
                next.put(marker, outcome);
            }
        }
        return next;
    }

    /** One child weighed against a marker: cleared, kept, or (null) no say when its version satisfies the range. */
    private static Outcome weigh(NodeClass side, Marker marker, List<NodeClass> path) {
        if (NearerRange.startsAtLeastAt(side.asked().range(), marker.range())) {
            return Outcome.CLEARED;
        }
        NuGetVersion resolved = side.item().version();
        if (resolved == null || !marker.range().satisfies(resolved)) {
            List<NodeClass> againstPath = null;
            if (path != null) {
                againstPath = new ArrayList<>(path);
                againstPath.add(side);
            }
            return new Outcome(false, side, againstPath);
        }
        return null;
    }

    /** The markers under accepted paths in the subtree of {@code node}; none below a node not accepted. */
    private List<Marker> markers(NodeClass node) {
        List<Marker> known = markersBelow.get(node);
        if (known == null) {
            Set<Marker> markers = new LinkedHashSet<>();
            if (node.disposition() == Disposition.ACCEPTED) {
                for (WalkVertex.Child child : node.vertex().children()) {
                    if (child.kind() == Disposition.POTENTIALLY_DOWNGRADED) {
                        markers.add(marker(child.dependency()));
                    }
                }
                node.children().forEach(child -> markers.addAll(markers(child)));
            }
            known = List.copyOf(markers);
            markersBelow.put(node, known);
        }
        return known;
    }

    private static Marker marker(PackageDependency dependency) {
        return new Marker(dependency.id(), dependency.range());
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
