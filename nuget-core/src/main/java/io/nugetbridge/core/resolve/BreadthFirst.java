package io.nugetbridge.core.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The shared nodes of a graph in the order their first occurrences have in the breadth-first order of the tree
 * the graph stands for (the order NuGet visits its tree in), each with the path to that first occurrence.
 *
 * <p>Why a plain breadth-first search of the graph gives it: nodes that share a graph node have the same
 * children, so the children of a shared node's first occurrence come before those of its other occurrences,
 * and the first occurrence of anything is a child of some node's first occurrence. Visiting each node's
 * children in order, in the order nodes are first reached, therefore meets the tree's first occurrence of every
 * node, every edge and every value on them in the tree's order, which is all that first-seen-wins gathering needs.
 *
 * @param <T> the node type, compared by identity
 */
final class BreadthFirst<T> {

    private final List<T> order = new ArrayList<>();
    private final Map<T, T> firstParent = new IdentityHashMap<>();

    private BreadthFirst() {}

    static <T> BreadthFirst<T> of(T root, Function<T, List<T>> children) {
        BreadthFirst<T> search = new BreadthFirst<>();
        Map<T, Boolean> seen = new IdentityHashMap<>();
        Deque<T> queue = new ArrayDeque<>();
        seen.put(root, Boolean.TRUE);
        queue.add(root);
        while (!queue.isEmpty()) {
            T node = queue.poll();
            search.order.add(node);
            for (T child : children.apply(node)) {
                if (seen.put(child, Boolean.TRUE) == null) {
                    search.firstParent.put(child, node);
                    queue.add(child);
                }
            }
        }
        return search;
    }

    /** Every node once, in the order of first occurrence. */
    List<T> order() {
        return order;
    }

    /** The nodes from the root down to {@code node}'s first occurrence. */
    List<T> pathTo(T node) {
        List<T> path = new ArrayList<>();
        for (T step = node; step != null; step = firstParent.get(step)) {
            path.add(step);
        }
        Collections.reverse(path);
        return path;
    }
}
