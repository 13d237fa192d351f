package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the analysis of one framework's graph found, in NuGet's words ({@code RestoreCommand.ValidateCyclesAsync},
 * {@code ValidateConflictsAsync}, {@code LogDowngradeWarningsOrErrorsAsync}): its first cycle (NU1108), its first
 * version conflict (NU1107) and its downgrades (NU1605). Which of them are reported depends on the project's other
 * frameworks too ({@link ProjectMessages}). Like NuGet, only the first cycle or conflict is named: each one's fix
 * changes the graph, so a list of all would mostly be noise.
 */
final class GraphMessages {

    private GraphMessages() {}

    static void findings(SettledGraph analysis, String projectName, NuGetFramework framework, FrameworkMessages messages) {
        Optional<Diagnostic> cycle = analysis.firstCycle().map(node -> Diagnostic.error(Codes.NU1108,
                "Cycle detected.\n  " + node.path() + ".", node.asked().id(), framework));
        Optional<Diagnostic> conflict = analysis.firstConflict().map(c -> conflict(c, projectName, framework));
        List<Diagnostic> downgrades = new ArrayList<>();
        if (cycle.isEmpty() && conflict.isEmpty()) {
            analysis.downgrades().forEach(d -> downgrades.add(downgrade(d, framework)));
        }
        messages.graphFindings(cycle, conflict, downgrades);
    }

    private static Diagnostic conflict(GraphAnalysis.Conflict conflict, String projectName, NuGetFramework framework) {
        GraphNode selected = conflict.selected();
        String message = "Version conflict detected for " + selected.asked().id() + ". Install/reference "
                + selected.idAndVersionOrRange() + " directly to project " + projectName + " to resolve this issue."
                + "\n  " + selected.pathWithLastRange() + "\n  " + conflict.conflicting().pathWithLastRange() + ".";
        return Diagnostic.error(Codes.NU1107, message, selected.asked().id(), framework);
    }

    private static Diagnostic downgrade(GraphAnalysis.Downgrade downgrade, NuGetFramework framework) {
        GraphNode from = downgrade.from();
        GraphNode to = downgrade.to();
        NuGetVersion fromVersion = from.asked().range().minVersion().orElse(NuGetVersion.of(0, 0, 0));
        NuGetVersion toVersion = to.item() != null && to.item().version() != null ? to.item().version()
                : to.asked().range().minVersion().orElse(NuGetVersion.of(0, 0, 0));
        String message = "Detected package downgrade: " + from.asked().id() + " from " + fromVersion.toNormalizedString()
                + " to " + toVersion.toNormalizedString()
                + ". Reference the package directly from the project to select a different version."
                + "\n  " + from.pathWithLastRange() + "\n  " + to.pathWithLastRange();
        return Diagnostic.warning(Codes.NU1605, message, from.asked().id(), framework);
    }
}
