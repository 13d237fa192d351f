package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis in NuGet's words ({@code RestoreCommand.ValidateRestoreGraphsAsync}): a cycle is reported
 * (NU1108) and nothing else; else a version conflict (NU1107) and nothing else; else every downgrade
 * (NU1605). Like NuGet, only the first cycle or conflict is named: each one's fix changes the graph, so a
 * list of all would mostly be noise.
 */
final class GraphMessages {

    private GraphMessages() {}

    static List<Diagnostic> messages(SettledGraph analysis, String projectName, NuGetFramework framework) {
        if (analysis.firstCycle().isPresent()) {
            GraphNode cycle = analysis.firstCycle().get();
            return List.of(Diagnostic.error(Codes.NU1108, "Cycle detected.\n  " + cycle.path() + ".",
                    cycle.asked().id(), framework));
        }
        if (analysis.firstConflict().isPresent()) {
            GraphAnalysis.Conflict conflict = analysis.firstConflict().get();
            GraphNode selected = conflict.selected();
            String message = "Version conflict detected for " + selected.asked().id() + ". Install/reference "
                    + selected.idAndVersionOrRange() + " directly to project " + projectName + " to resolve this issue."
                    + "\n  " + selected.pathWithLastRange() + "\n  " + conflict.conflicting().pathWithLastRange() + ".";
            return List.of(Diagnostic.error(Codes.NU1107, message, selected.asked().id(), framework));
        }
        List<Diagnostic> downgrades = new ArrayList<>();
        for (GraphAnalysis.Downgrade downgrade : analysis.downgrades()) {
            GraphNode from = downgrade.from();
            GraphNode to = downgrade.to();
            NuGetVersion fromVersion = from.asked().range().minVersion().orElse(NuGetVersion.of(0, 0, 0));
            NuGetVersion toVersion = to.item() != null && to.item().version() != null ? to.item().version()
                    : to.asked().range().minVersion().orElse(NuGetVersion.of(0, 0, 0));
            String message = "Detected package downgrade: " + from.asked().id() + " from " + fromVersion.toNormalizedString()
                    + " to " + toVersion.toNormalizedString()
                    + ". Reference the package directly from the project to select a different version."
                    + "\n  " + from.pathWithLastRange() + "\n  " + to.pathWithLastRange();
            downgrades.add(Diagnostic.warning(Codes.NU1605, message, from.asked().id(), framework));
        }
        return downgrades;
    }
}
