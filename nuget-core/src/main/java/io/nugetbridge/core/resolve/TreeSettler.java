package io.nugetbridge.core.resolve;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Settles a walked tree ({@link DependencyWalker}) with NuGet's analysis ({@link GraphAnalyzer}) and gathers it. */
final class TreeSettler {

    private TreeSettler() {}

    static SettledGraph settle(GraphNode root) {
        GraphAnalysis analysis = GraphAnalyzer.analyze(root);
        GraphContents.Builder contents = new GraphContents.Builder();
        root.forEach(node -> {
            if (node != root) {
                contents.add(node.parent().item(), node.asked(), node.item(), node.disposition() == Disposition.REJECTED);
            }
        });
        Set<String> idsInError = new HashSet<>();
        analysis.conflicts().forEach(c -> {
            idsInError.add(lower(c.selected().asked().id()));
            idsInError.add(lower(c.conflicting().asked().id()));
        });
        analysis.cycles().forEach(c -> idsInError.add(lower(c.asked().id())));
        UnsettledRequests unsettled = new UnsettledRequests();
        root.forEach(node -> {
            if (node.disposition() == Disposition.ACCEPTABLE) {
                unsettled.add(node == root ? node.item() : node.parent().item(), node.asked());
            }
        });
        return new SettledGraph(analysis.cycles().stream().findFirst(), analysis.conflicts().stream().findFirst(),
                analysis.downgrades(), idsInError, unsettled.build(), contents.build());
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
