package io.nugetbridge.core.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One node of the walk (NuGet's {@code GraphNode}): the dependency that was asked for, what it resolved to,
 * its children, and its disposition. Mutable, and only used inside the resolver: the walk builds it, the
 * analysis marks and prunes it.
 */
final class GraphNode {

    private final PackageDependency asked;
    private final GraphNode parent;
    private final List<GraphNode> children = new ArrayList<>();
    private ResolvedItem item;
    private Disposition disposition;

    private GraphNode(PackageDependency asked, GraphNode parent, ResolvedItem item, Disposition disposition) {
        this.asked = asked;
        this.parent = parent;
        this.item = item;
        this.disposition = disposition;
    }

    static GraphNode root(PackageDependency project, ResolvedItem item) {
        return new GraphNode(project, null, item, Disposition.ACCEPTABLE);
    }

    /** A child to be resolved and walked. */
    GraphNode addChild(PackageDependency dependency) {
        GraphNode child = new GraphNode(dependency, this, null, Disposition.ACCEPTABLE);
        children.add(child);
        return child;
    }

    /** A child kept only to be looked at later: a potential downgrade or a cycle. */
    GraphNode addPlaceholder(PackageDependency dependency, Disposition why) {
        GraphNode placeholder = new GraphNode(dependency, this, null, why);
        children.add(placeholder);
        return placeholder;
    }

    PackageDependency asked() {
        return asked;
    }

    GraphNode parent() {
        return parent;
    }

    List<GraphNode> children() {
        return children;
    }

    ResolvedItem item() {
        return item;
    }

    void resolve(ResolvedItem resolved) {
        this.item = resolved;
    }

    Disposition disposition() {
        return disposition;
    }

    void mark(Disposition newDisposition) {
        this.disposition = newDisposition;
    }

    void detach() {
        parent.children.remove(this);
    }

    /** The id, as the resolved package spells it when there is one. */
    String id() {
        return item != null ? item.id() : asked.id();
    }

    /** {@code A (>= 1.0.0)}; a project prints its name only (NuGet's {@code GetIdAndRange}). */
    String idAndRange() {
        return isProject() ? id() : RangeText.withId(id(), asked.range());
    }

    /** {@code A 1.0.0}, or the range when there is no version (NuGet's {@code GetIdAndVersionOrRange}). */
    String idAndVersionOrRange() {
        if (isProject()) {
            return id();
        }
        return item != null && item.version() != null ? id() + " " + item.version().toNormalizedString() : idAndRange();
    }

    /** {@code Project -> A 1.0.0 -> B 2.0.0}. */
    String path() {
        return path(false);
    }

    /** {@code Project -> A 1.0.0 -> B (>= 2.0.0)}: versions for the ancestors, the range for this node. */
    String pathWithLastRange() {
        return path(true);
    }

    private String path(boolean lastRange) {
        Deque<String> parts = new ArrayDeque<>();
        for (GraphNode node = this; node != null; node = node.parent) {
            parts.push(lastRange && node == this ? node.idAndRange() : node.idAndVersionOrRange());
        }
        return String.join(" -> ", parts);
    }

    private boolean isProject() {
        return item != null && item.kind() == ResolvedItem.Kind.PROJECT;
    }

    /** Visits the tree breadth-first, as NuGet's {@code ForEach}. */
    void forEach(Consumer<GraphNode> visitor) {
        forEach(Boolean.TRUE, (node, state) -> {
            visitor.accept(node);
            return state;
        });
    }

    /** Breadth-first with a state handed from each node to its children. */
    <S> void forEach(S initial, BiFunction<GraphNode, S, S> visitor) {
        Deque<Visit<S>> queue = new ArrayDeque<>();
        queue.add(new Visit<>(this, initial));
        while (!queue.isEmpty()) {
            Visit<S> work = queue.poll();
            S state = visitor.apply(work.node(), work.state());
            // No copy: a visitor only ever detaches the node it visits, from a parent whose children are queued already.
            for (GraphNode child : work.node().children) {
                queue.add(new Visit<>(child, state));
            }
        }
    }

    private record Visit<S>(GraphNode node, S state) {}
}
