package io.nugetbridge.core.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a settled walk holds, gathered node by node in breadth-first order (NuGet's flattening of the graph).
 *
 * @param flattened  id (lower case) to the item of the graph: the highest version among the nodes not rejected,
 *                   the first met on a tie, keyed in the order ids were first met
 * @param rejected   the versions of rejected nodes, each once, in the order first met
 * @param unresolved what nodes not rejected asked for and no source had, in the order first met
 * @param edges      every walked edge to a found item, rejected nodes included, each once (for NU1603)
 * @param askedIds   every id (lower case) a node asked for
 */
record GraphContents(Map<String, ResolvedItem> flattened, Map<ResolvedItem.Key, ResolvedItem> rejected,
        Set<UnresolvedDependency> unresolved, List<DependencyMessages.ResolvedEdge> edges, Set<String> askedIds) {

    /**
     * Gathers the contents from the nodes below the project, visited in breadth-first order. Visiting a node again
     * changes nothing, so a walker that shares nodes may hand over only the first visit of each.
     */
    static final class Builder {

        private final GraphContents contents = new GraphContents(new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashSet<>(), new ArrayList<>(), new HashSet<>());
        private final Set<DependencyMessages.ResolvedEdge> seenEdges = new HashSet<>();

        /**
         * @param parent   the item of the node's parent
         * @param asked    what the node asked for
         * @param item     what it resolved to
         * @param rejected whether the node was rejected
         */
        void add(ResolvedItem parent, PackageDependency asked, ResolvedItem item, boolean rejected) {
            contents.askedIds().add(lower(asked.id()));
            boolean missing = item.kind() == ResolvedItem.Kind.UNRESOLVED;
            if (rejected) {
                if (!missing) {
                    contents.rejected().putIfAbsent(item.key(), item);
                }
            } else if (missing) {
                contents.unresolved().add(new UnresolvedDependency(asked.id(), asked.range()));
            } else {
                contents.flattened().merge(lower(item.id()), item,
                        (a, b) -> ResolvedItem.compareVersions(a.version(), b.version()) >= 0 ? a : b);
            }
            if (!missing) {
                DependencyMessages.ResolvedEdge edge = new DependencyMessages.ResolvedEdge(parent, asked.range(), item);
                if (seenEdges.add(edge)) {
                    contents.edges().add(edge);
                }
            }
        }

        /** The contents, the versions that made it into the graph no longer counted as rejected. */
        GraphContents build() {
            contents.flattened().values().forEach(item -> contents.rejected().remove(item.key()));
            return contents;
        }
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
