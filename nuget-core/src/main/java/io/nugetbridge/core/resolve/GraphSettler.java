package io.nugetbridge.core.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settles a walk built by {@link GraphWalker} with NuGet's analysis and gathers it, coming to what
 * {@link TreeSettler} comes to for the same walk as a tree: cycles first (the first in breadth-first order),
 * then conflict resolution ({@link CousinPasses}), the version conflicts left (the first in breadth-first order),
 * the downgrades that stick ({@link DowngradeSearch}), and the requests left unsettled when resolution gave up.
 * Where NuGet keeps "the last node visited" or "the first", the orders of the tree's occurrences are worked out on the shared nodes ({@link BreadthFirst},
 * {@link LastOccurrences}), and the nodes a message names are rebuilt with their paths ({@link PathNodes}).
 */
final class GraphSettler {

    /** At most this many nodes of the tree are queued to list the requests left unsettled (NU1106). */
    static final int MAX_UNSETTLED_NODES = 1_000_000;

    private GraphSettler() {}

    static SettledGraph settle(WalkVertex root) {
        Set<String> idsInError = new HashSet<>();
        Optional<GraphNode> cycle = cycles(root, idsInError);
        NodeClass settled = CousinPasses.settle(NodeClass.unsettled(root));
        BreadthFirst<NodeClass> order = BreadthFirst.of(settled, NodeClass::children);
        Map<String, List<NodeClass>> accepted = acceptedPaths(settled, order);
        Optional<GraphAnalysis.Conflict> conflict = Optional.empty();
        for (NodeClass parent : order.order()) {
            if (parent.disposition() != Disposition.ACCEPTED) {
                continue;
            }
            for (NodeClass child : parent.children()) {
                List<NodeClass> selectedPath = accepted.get(lower(child.asked().id()));
                if (selectedPath == null) {
                    continue;
                }
                NodeClass selected = selectedPath.get(selectedPath.size() - 1);
                // A node is never in conflict with itself: its own version satisfies its range.
                if (selected.item().isPackage() && selected.item().version() != null
                        && !child.asked().range().satisfies(selected.item().version())) {
                    idsInError.add(lower(selected.asked().id()));
                    idsInError.add(lower(child.asked().id()));
                    if (conflict.isEmpty()) {
                        List<NodeClass> childPath = new ArrayList<>(order.pathTo(parent));
                        childPath.add(child);
                        conflict = Optional.of(new GraphAnalysis.Conflict(PathNodes.chain(selectedPath), PathNodes.chain(childPath)));
                    }
                }
            }
        }
        List<GraphAnalysis.Downgrade> reported = cycle.isEmpty() && conflict.isEmpty()
                ? new DowngradeSearch(settled).all() : List.of();
        return new SettledGraph(cycle, conflict, reported, idsInError, unsettled(settled), contents(order));
    }

    /**
     * The first cycle marker of the walk in breadth-first order, with its path; the ids (lower case) of every cycle
     * marker go to {@code ids}.
     */
    private static Optional<GraphNode> cycles(WalkVertex root, Set<String> ids) {
        BreadthFirst<WalkVertex> walk = BreadthFirst.of(root, WalkVertex::walked);
        Optional<GraphNode> first = Optional.empty();
        for (WalkVertex vertex : walk.order()) {
            for (WalkVertex.Child child : vertex.children()) {
                if (child.kind() == Disposition.CYCLE) {
                    ids.add(lower(child.dependency().id()));
                    if (first.isEmpty()) {
                        first = Optional.of(PathNodes.chainOf(walk.pathTo(vertex)).addPlaceholder(child.dependency(), Disposition.CYCLE));
                    }
                }
            }
        }
        return first;
    }

    /**
     * The requests left acceptable when conflict resolution gave up, one per node of the tree in breadth-first
     * order as the tree walker collects them: only the paths that lead to such a node are followed, and no more
     * than {@link #MAX_UNSETTLED_NODES} nodes are queued, since their number may grow with the paths of the graph
     * (the message then lists those met first).
     */
    private static List<UnsettledRequests.Unsettled> unsettled(NodeClass root) {
        Map<NodeClass, Boolean> leads = new IdentityHashMap<>();
        UnsettledRequests requests = new UnsettledRequests();
        if (!leadsToAcceptable(root, leads)) {
            return requests.build();
        }
        record Visit(NodeClass node, ResolvedItem parent) {}
        Deque<Visit> queue = new ArrayDeque<>();
        queue.add(new Visit(root, null));
        int queued = 1;
        while (!queue.isEmpty()) {
            Visit visit = queue.poll();
            if (visit.node().disposition() == Disposition.ACCEPTABLE) {
                requests.add(visit.parent() == null ? visit.node().item() : visit.parent(), visit.node().asked());
            }
            for (NodeClass child : visit.node().children()) {
                if (queued < MAX_UNSETTLED_NODES && leadsToAcceptable(child, leads)) {
                    queue.add(new Visit(child, visit.node().item()));
                    queued++;
                }
            }
        }
        return requests.build();
    }

    private static boolean leadsToAcceptable(NodeClass node, Map<NodeClass, Boolean> known) {
        Boolean leads = known.get(node);
        if (leads == null) {
            known.put(node, Boolean.FALSE);
            leads = node.disposition() == Disposition.ACCEPTABLE;
            for (NodeClass child : node.children()) {
                leads |= leadsToAcceptable(child, known);
            }
            known.put(node, leads);
        }
        return leads;
    }

    /**
     * Per id (lower case), the path of the node NuGet keeps as the id's accepted one: the last accepted in
     * breadth-first order during the last pass that accepted any node of the id.
     */
    private static Map<String, List<NodeClass>> acceptedPaths(NodeClass root, BreadthFirst<NodeClass> order) {
        Map<String, Integer> lastPass = new HashMap<>();
        for (NodeClass node : order.order()) {
            if (node.disposition() == Disposition.ACCEPTED) {
                lastPass.merge(lower(node.asked().id()), node.acceptedInPass(), Math::max);
            }
        }
        LastOccurrences<NodeClass> occurrences = LastOccurrences.of(root, NodeClass::children);
        Map<String, List<NodeClass>> paths = new HashMap<>();
        occurrences.latestFirst((node, depth) -> {
            String id = lower(node.asked().id());
            if (node.disposition() == Disposition.ACCEPTED && !paths.containsKey(id) && node.acceptedInPass() == lastPass.get(id)) {
                paths.put(id, occurrences.pathTo(node, depth));
            }
        });
        return paths;
    }

    /** Every node's contents, from the first occurrence of each parent class (see {@link BreadthFirst}). */
    private static GraphContents contents(BreadthFirst<NodeClass> order) {
        GraphContents.Builder contents = new GraphContents.Builder();
        for (NodeClass parent : order.order()) {
            for (NodeClass child : parent.children()) {
                contents.add(parent.item(), child.asked(), child.item(), child.disposition() == Disposition.REJECTED);
            }
        }
        return contents.build();
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
