package io.nugetbridge.core.resolve;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One framework's walk once NuGet's analysis has settled it, whichever walker built it: what the messages name
 * and what the graph holds. The nodes named carry their whole path from the project, for the messages.
 *
 * @param firstCycle    the first cycle marker in breadth-first order (NU1108 names only the first)
 * @param firstConflict the first version conflict in breadth-first order (NU1107 names only the first)
 * @param downgrades    the downgrades that stuck, in breadth-first order; needed only when there is neither a cycle
 *                      nor a conflict (only then are they reported), and a walker may leave them out otherwise
 * @param idsInError    the ids (lower case) of every cycle and version conflict, whose NU1608 would say it again
 *                      (NuGet's {@code IndexedRestoreTargetGraph}: downgrades are not among them)
 * @param unsettled     the requests conflict resolution left unsettled (NU1106), by id in breadth-first order
 * @param contents      the graph's packages, rejected versions, unresolved requests and edges
 */
record SettledGraph(Optional<GraphNode> firstCycle, Optional<GraphAnalysis.Conflict> firstConflict,
        List<GraphAnalysis.Downgrade> downgrades, Set<String> idsInError, List<UnsettledRequests.Unsettled> unsettled,
        GraphContents contents) {

    SettledGraph {
        downgrades = List.copyOf(downgrades);
        idsInError = Set.copyOf(idsInError);
        unsettled = List.copyOf(unsettled);
    }
}
