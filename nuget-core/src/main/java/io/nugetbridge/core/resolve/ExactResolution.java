package io.nugetbridge.core.resolve;

import java.util.List;

/**
 * The outcome of finding exact versions.
 *
 * @param found       the packages found, in the order asked
 * @param diagnostics why the others were not (NU1101, NU1102, NU1301)
 */
public record ExactResolution(List<LocatedPackage> found, List<Diagnostic> diagnostics) {

    public ExactResolution {
        found = List.copyOf(found);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
