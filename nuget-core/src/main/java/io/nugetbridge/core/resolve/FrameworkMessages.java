package io.nugetbridge.core.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One framework's messages, each under the {@link RestoreStep} that logs it, before the project's rules for
 * putting frameworks together ({@link ProjectMessages}) and its warning policy are applied. The graph's own
 * findings are kept apart, since which of them are reported depends on the other frameworks.
 */
final class FrameworkMessages {

    private final Map<RestoreStep, List<Diagnostic>> byStep = new EnumMap<>(RestoreStep.class);
    private Optional<Diagnostic> cycle = Optional.empty();
    private Optional<Diagnostic> conflict = Optional.empty();
    private List<Diagnostic> downgrades = List.of();

    void add(RestoreStep step, Diagnostic message) {
        if (step == RestoreStep.GRAPH) {
            throw new IllegalArgumentException("graph findings are set with graphFindings");
        }
        byStep.computeIfAbsent(step, s -> new ArrayList<>()).add(message);
    }

    /**
     * What analysis found in the graph: its first cycle (NU1108), its first version conflict (NU1107), and its
     * downgrades (NU1605, needed only when there is neither).
     */
    void graphFindings(Optional<Diagnostic> firstCycle, Optional<Diagnostic> firstConflict, List<Diagnostic> allDowngrades) {
        this.cycle = firstCycle;
        this.conflict = firstConflict;
        this.downgrades = List.copyOf(allDowngrades);
    }

    List<Diagnostic> of(RestoreStep step) {
        return byStep.getOrDefault(step, List.of());
    }

    Optional<Diagnostic> cycle() {
        return cycle;
    }

    Optional<Diagnostic> conflict() {
        return conflict;
    }

    List<Diagnostic> downgrades() {
        return downgrades;
    }
}
