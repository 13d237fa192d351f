package io.nugetbridge.core.restore;

import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.resolve.FrameworkGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the restore of one unit came to.
 *
 * @param name        the unit's name
 * @param diagnostics its messages with NuGet's codes, errors included
 * @param graphs      a PackageReference unit's graph per framework (empty for packages.config)
 * @param summary     the summary JSON written (not when the unit failed)
 * @param lockFile    the packages.lock.json written, when it was (in use, not locked, changed)
 */
public record UnitOutcome(String name, List<Diagnostic> diagnostics, List<FrameworkGraph> graphs, Optional<Path> summary,
        Optional<Path> lockFile) {

    public UnitOutcome {
        diagnostics = List.copyOf(diagnostics);
        graphs = List.copyOf(graphs);
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
