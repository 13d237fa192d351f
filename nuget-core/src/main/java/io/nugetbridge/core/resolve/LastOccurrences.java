package io.nugetbridge.core.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The occurrences of shared nodes in the tree a graph stands for, latest first in the tree's breadth-first
 * order, each with its path: what "the last one visited wins" needs (NuGet's accepted node of an id is the last
 * it accepted).
 *
 * <p>The tree is taken level by level. On one level, the last occurrence of a node is the child of the latest
 * occurrence of one of its parents on the level above, at the highest index, since children follow their
 * parents' order. So each level is ordered by last occurrence from the level above, in time linear in the
 * number of (node, depth) pairs rather than of tree nodes.
 *
 * @param <T> the node type, compared by identity
 */
final class LastOccurrences<T> {

    /** One level of the tree: its distinct nodes, latest last occurrence first, each with its parent there. */
    private record Level<T>(List<T> latestFirst, Map<T, T> parents) {}

    private final List<Level<T>> levels = new ArrayList<>();

    private LastOccurrences() {}

    static <T> LastOccurrences<T> of(T root, Function<T, List<T>> children) {
        LastOccurrences<T> occurrences = new LastOccurrences<>();
        Level<T> level = new Level<>(List.of(root), new IdentityHashMap<>());
        while (!level.latestFirst().isEmpty()) {
            occurrences.levels.add(level);
            List<T> next = new ArrayList<>();
            Map<T, T> parents = new IdentityHashMap<>();
            for (T parent : level.latestFirst()) {
                List<T> own = children.apply(parent);
                for (int i = own.size() - 1; i >= 0; i--) {
                    if (!parents.containsKey(own.get(i))) {
                        parents.put(own.get(i), parent);
                        next.add(own.get(i));
                    }
                }
            }
            level = new Level<>(next, parents);
        }
        return occurrences;
    }

    /** Visits every node's last occurrence on every level, deepest level first, latest first on a level. */
    void latestFirst(Visitor<T> visitor) {
        for (int depth = levels.size() - 1; depth >= 0; depth--) {
            for (T node : levels.get(depth).latestFirst()) {
                visitor.visit(node, depth);
            }
        }
    }

    /** The nodes from the root down to the last occurrence of {@code node} on level {@code depth}. */
    List<T> pathTo(T node, int depth) {
        List<T> path = new ArrayList<>();
        T step = node;
        for (int d = depth; d >= 0; d--) {
            path.add(step);
            step = levels.get(d).parents().get(step);
        }
        Collections.reverse(path);
        return path;
    }

    /** What {@link #latestFirst} calls for each occurrence. */
    @FunctionalInterface
    interface Visitor<T> {
        void visit(T node, int depth);
    }
}
