package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.NuGetVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles one framework's tree the way NuGet's {@code GraphOperations.Analyze} does: first cycles and
 * nearest-wins downgrades are collected and their markers pruned, then cousins are settled (see
 * {@link CousinResolver}), and only the downgrades whose winner was accepted below an accepted path remain.
 */
final class GraphAnalyzer {

    private GraphAnalyzer() {}

    static GraphAnalysis analyze(GraphNode root) {
        List<GraphNode> cycles = new ArrayList<>();
        Map<GraphNode, GraphNode> downgrades = new LinkedHashMap<>();
        root.forEach(node -> checkCycleAndNearestWins(node, cycles, downgrades));
        List<GraphAnalysis.Conflict> conflicts = CousinResolver.resolve(root);
        List<GraphAnalysis.Downgrade> relevant = new ArrayList<>();
        downgrades.forEach((from, to) -> {
            if (to.disposition() == Disposition.ACCEPTED && allAncestorsAccepted(from)) {
                relevant.add(new GraphAnalysis.Downgrade(from, to));
            }
        });
        return new GraphAnalysis(List.copyOf(cycles), List.copyOf(relevant), conflicts);
    }

    private static void checkCycleAndNearestWins(GraphNode node, List<GraphNode> cycles, Map<GraphNode, GraphNode> downgrades) {
        if (node.disposition() == Disposition.CYCLE) {
            cycles.add(node);
            node.detach();
            return;
        }
        if (node.disposition() != Disposition.POTENTIALLY_DOWNGRADED) {
            return;
        }
        for (GraphNode ancestor = node.parent(); ancestor != null; ancestor = ancestor.parent()) {
            for (GraphNode side : ancestor.children()) {
                if (side == node || !side.asked().id().equalsIgnoreCase(node.asked().id())) {
                    continue;
                }
                if (NearerRange.startsAtLeastAt(side.asked().range(), node.asked().range())) {
                    downgrades.remove(node);
                    continue;
                }
                // No downgrade after all when the nearer request was bumped into this range (its minimum missing).
                NuGetVersion resolved = side.item() == null ? null : side.item().version();
                if (resolved == null || !node.asked().range().satisfies(resolved)) {
                    downgrades.put(node, side);
                }
            }
        }
        node.detach();
    }

    private static boolean allAncestorsAccepted(GraphNode node) {
        for (GraphNode ancestor = node.parent(); ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor.disposition() != Disposition.ACCEPTED) {
                return false;
            }
        }
        return true;
    }
}
