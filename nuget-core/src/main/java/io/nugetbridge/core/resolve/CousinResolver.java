package io.nugetbridge.core.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Settles cousins, NuGet's {@code TryResolveConflicts}: pass after pass, everything below a rejected node is
 * rejected, what lies below a disputed id (several versions still in the running) waits, and every other
 * node is accepted when it has the highest version of its id, else rejected; until no node waits. Then every
 * remaining dependency whose range does not take the accepted version of its id is a conflict (NU1107).
 */
final class CousinResolver {

    private enum WalkState { WALKING, REJECTED, AMBIGUOUS }

    /** NuGet gives up after this many passes; real graphs settle in a handful. */
    private static final int PATIENCE = 1000;

    private CousinResolver() {}

    static List<GraphAnalysis.Conflict> resolve(GraphNode root) {
        Map<String, GraphNode> accepted = new HashMap<>();
        boolean waiting = true;
        for (int pass = 1; waiting && pass < PATIENCE; pass++) {
            Tracker tracker = new Tracker();
            root.forEach(true, (node, alive) -> {
                if (!alive || node.disposition() == Disposition.REJECTED) {
                    node.mark(Disposition.REJECTED);
                    return false;
                }
                tracker.track(node.item());
                return true;
            });
            root.forEach(WalkState.WALKING, (node, state) -> {
                if (node.disposition() == Disposition.REJECTED) {
                    return WalkState.REJECTED;
                }
                if (state == WalkState.WALKING && tracker.isDisputed(node.item())) {
                    return WalkState.AMBIGUOUS;
                }
                if (state == WalkState.AMBIGUOUS) {
                    tracker.markAmbiguous(node.item());
                }
                return state;
            });
            root.forEach(true, (node, alive) -> {
                if (!alive || node.disposition() == Disposition.REJECTED || tracker.isAmbiguous(node.item())) {
                    return false;
                }
                if (node.disposition() == Disposition.ACCEPTABLE) {
                    if (tracker.isBestVersion(node.item())) {
                        node.mark(Disposition.ACCEPTED);
                        accepted.put(key(node), node);
                    } else {
                        node.mark(Disposition.REJECTED);
                    }
                }
                return node.disposition() == Disposition.ACCEPTED;
            });
            boolean[] stillWaiting = {false};
            root.forEach(node -> stillWaiting[0] |= node.disposition() == Disposition.ACCEPTABLE);
            waiting = stillWaiting[0];
        }
        return conflicts(root, accepted);
    }

    private static List<GraphAnalysis.Conflict> conflicts(GraphNode root, Map<String, GraphNode> accepted) {
        List<GraphAnalysis.Conflict> conflicts = new ArrayList<>();
        root.forEach(node -> {
            if (node.disposition() != Disposition.ACCEPTED) {
                return;
            }
            for (GraphNode child : node.children()) {
                GraphNode selected = accepted.get(key(child));
                if (selected != null && selected != child && selected.item().isPackage()
                        && selected.item().version() != null
                        && !child.asked().range().satisfies(selected.item().version())) {
                    conflicts.add(new GraphAnalysis.Conflict(selected, child));
                }
            }
        });
        return List.copyOf(conflicts);
    }

    private static String key(GraphNode node) {
        return node.asked().id().toLowerCase(Locale.ROOT);
    }
}
