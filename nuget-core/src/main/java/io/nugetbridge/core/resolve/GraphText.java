package io.nugetbridge.core.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A framework's graph as a short text for the build log: each direct dependency with the version chosen and
 * how many packages it brings; with {@code verbose}, the whole tree, a subtree already shown marked {@code (*)}.
 *
 * <pre>
 * net8.0: 3 packages
 *   Serilog 3.1.1 (requested [3.1.1, 4.0.0)) +1
 *     System.Memory 4.5.5
 * </pre>
 */
public final class GraphText {

    private GraphText() {}

    public static String render(FrameworkGraph graph, boolean verbose) {
        StringBuilder text = new StringBuilder(graph.framework().shortFolderName()).append(": ")
                .append(graph.packages().size()).append(graph.packages().size() == 1 ? " package" : " packages");
        Set<String> shown = new HashSet<>();
        for (PackageDependency direct : graph.dependencies()) {
            text.append("\n  ");
            graph.find(direct.id()).ifPresentOrElse(resolved -> {
                text.append(resolved).append(" (requested ").append(direct.range().toNormalizedString()).append(')');
                int brought = closure(graph, resolved, new HashSet<>()) - 1;
                if (brought > 0) {
                    text.append(" +").append(brought);
                }
                if (verbose) {
                    children(graph, resolved.dependencies(), 2, shown, text);
                }
            }, () -> text.append(direct).append(" (unresolved)"));
        }
        return text.toString();
    }

    private static void children(FrameworkGraph graph, List<PackageDependency> dependencies, int depth, Set<String> shown,
            StringBuilder text) {
        for (PackageDependency dependency : dependencies) {
            graph.find(dependency.id()).ifPresent(child -> {
                text.append('\n').append("  ".repeat(depth)).append(child);
                if (!shown.add(child.id().toLowerCase(Locale.ROOT))) {
                    text.append(child.dependencies().isEmpty() ? "" : " (*)");
                } else {
                    children(graph, child.dependencies(), depth + 1, shown, text);
                }
            });
        }
    }

    /** The number of packages reachable from {@code from}, itself included. */
    private static int closure(FrameworkGraph graph, ResolvedPackage from, Set<String> seen) {
        if (!seen.add(from.id().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        int count = 1;
        for (PackageDependency dependency : from.dependencies()) {
            count += graph.find(dependency.id()).map(child -> closure(graph, child, seen)).orElse(0);
        }
        return count;
    }
}
