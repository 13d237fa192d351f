package io.nugetbridge.core.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        // One lookup per edge: the closures below visit every edge once per direct dependency.
        Map<String, ResolvedPackage> byId = new HashMap<>();
        graph.packages().forEach(p -> byId.putIfAbsent(p.id().toLowerCase(Locale.ROOT), p));
        for (PackageDependency direct : graph.dependencies()) {
            text.append("\n  ");
            find(byId, direct.id()).ifPresentOrElse(resolved -> {
                text.append(resolved).append(" (requested ").append(direct.range().toNormalizedString()).append(')');
                int brought = closure(byId, resolved, new HashSet<>()) - 1;
                if (brought > 0) {
                    text.append(" +").append(brought);
                }
                if (verbose) {
                    children(byId, resolved.dependencies(), 2, shown, text);
                }
            }, () -> text.append(direct).append(" (unresolved)"));
        }
        return text.toString();
    }

    private static Optional<ResolvedPackage> find(Map<String, ResolvedPackage> byId, String id) {
        return Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
    }

    private static void children(Map<String, ResolvedPackage> byId, List<PackageDependency> dependencies, int depth,
            Set<String> shown, StringBuilder text) {
        for (PackageDependency dependency : dependencies) {
            find(byId, dependency.id()).ifPresent(child -> {
                text.append('\n').append("  ".repeat(depth)).append(child);
                if (!shown.add(child.id().toLowerCase(Locale.ROOT))) {
                    text.append(child.dependencies().isEmpty() ? "" : " (*)");
                } else {
                    children(byId, child.dependencies(), depth + 1, shown, text);
                }
            });
        }
    }

    /** The number of packages reachable from {@code from}, itself included. */
    private static int closure(Map<String, ResolvedPackage> byId, ResolvedPackage from, Set<String> seen) {
        if (!seen.add(from.id().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        int count = 1;
        for (PackageDependency dependency : from.dependencies()) {
            count += find(byId, dependency.id()).map(child -> closure(byId, child, seen)).orElse(0);
        }
        return count;
    }
}
