package io.nugetbridge.core.resolve;

import java.util.List;

/**
 * One path of the tree as {@link GraphNode}s, made from the shared nodes along it: the messages that name a node
 * with its path ({@link GraphMessages}) then read it as they read the tree walker's nodes.
 */
final class PathNodes {

    private PathNodes() {}

    /** The nodes from the project down the classes' path; returns the last (the project's when alone). */
    static GraphNode chain(List<NodeClass> path) {
        return chainOf(path.stream().map(NodeClass::vertex).toList());
    }

    /** As {@link #chain}, from the walk's vertices. */
    static GraphNode chainOf(List<WalkVertex> path) {
        WalkVertex top = path.get(0);
        GraphNode node = GraphNode.root(top.asked(), top.item());
        for (WalkVertex step : path.subList(1, path.size())) {
            node = node.addChild(step.asked());
            node.resolve(step.item());
        }
        return node;
    }
}
