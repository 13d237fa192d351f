package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.OrdinalIgnoreCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A project's messages from its frameworks' ones, as NuGet's restore logs them: step by step ({@link RestoreStep}),
 * each step for every framework in the project's order; and for the graph step NuGet's
 * {@code RestoreCommand.ValidateRestoreGraphsAsync}: the first cycle of any framework (NU1108) and nothing more;
 * else the first version conflict of any framework (NU1107, named for that framework alone) and nothing more;
 * else every framework's downgrades (NU1605). A cycle or conflict makes the graph's other findings moot: its fix
 * changes the graph.
 */
final class ProjectMessages {

    /** Per framework, per step, what is reported after the policy. */
    private final List<Map<RestoreStep, List<Diagnostic>>> reported = new ArrayList<>();

    /**
     * @param frameworks each framework's messages, in the project's order
     * @param policy     the project's warning policy, applied to every message
     */
    ProjectMessages(List<FrameworkMessages> frameworks, DiagnosticPolicy policy) {
        for (FrameworkMessages framework : frameworks) {
            Map<RestoreStep, List<Diagnostic>> steps = new EnumMap<>(RestoreStep.class);
            for (RestoreStep step : RestoreStep.values()) {
                steps.put(step, step == RestoreStep.GRAPH ? new ArrayList<>() : policy.apply(framework.of(step)));
            }
            reported.add(steps);
        }
        List<List<Diagnostic>> graphFindings = graphFindings(frameworks);
        for (int i = 0; i < frameworks.size(); i++) {
            reported.get(i).put(RestoreStep.GRAPH, policy.apply(graphFindings.get(i)));
        }
    }

    private static List<List<Diagnostic>> graphFindings(List<FrameworkMessages> frameworks) {
        List<List<Diagnostic>> findings = new ArrayList<>();
        frameworks.forEach(f -> findings.add(new ArrayList<>()));
        for (int i = 0; i < frameworks.size(); i++) {
            if (frameworks.get(i).cycle().isPresent()) {
                findings.get(i).add(frameworks.get(i).cycle().get());
                return findings;
            }
        }
        for (int i = 0; i < frameworks.size(); i++) {
            if (frameworks.get(i).conflict().isPresent()) {
                findings.get(i).add(frameworks.get(i).conflict().get());
                return findings;
            }
        }
        for (int i = 0; i < frameworks.size(); i++) {
            findings.get(i).addAll(frameworks.get(i).downgrades());
        }
        return findings;
    }

    /** What is reported for the framework at {@code index}, in NuGet's order, after the policy. */
    List<Diagnostic> forFramework(int index) {
        List<Diagnostic> messages = new ArrayList<>();
        reported.get(index).values().forEach(messages::addAll);
        return messages;
    }

    /** Every message of the project in NuGet's order, those of several frameworks merged into one. */
    List<Diagnostic> all() {
        List<Diagnostic> all = new ArrayList<>();
        for (RestoreStep step : RestoreStep.values()) {
            List<Diagnostic> ofStep = new ArrayList<>();
            reported.forEach(steps -> ofStep.addAll(steps.get(step)));
            if (step == RestoreStep.PROJECT_RANGES) {
                // NuGet checks the project's dependencies of all frameworks at once, ordered by id
                // (UnexpectedDependencyMessages.GetProjectDependenciesMissingLowerBounds).
                ofStep.sort(Comparator.comparing((Diagnostic d) -> d.packageId().orElse(""), OrdinalIgnoreCase.ORDER));
            }
            all.addAll(ofStep);
        }
        return Diagnostic.merge(all);
    }
}
