package io.nugetbridge.core.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which warnings a project silences or turns into errors: MSBuild's {@code NoWarn}, {@code WarningsAsErrors}
 * and {@code TreatWarningsAsErrors}, as NuGet applies them to restore messages. Errors are never silenced.
 *
 * @param noWarn                 codes whose warnings are dropped
 * @param warningsAsErrors       codes whose warnings become errors (the .NET SDK puts NU1605 here by default)
 * @param treatWarningsAsErrors  every warning becomes an error (except those in {@code noWarn})
 */
public record DiagnosticPolicy(Set<String> noWarn, Set<String> warningsAsErrors, boolean treatWarningsAsErrors) {

    /** Warnings stay warnings, as NuGet itself reports them outside the .NET SDK. */
    public static final DiagnosticPolicy DEFAULT = new DiagnosticPolicy(Set.of(), Set.of(), false);

    public DiagnosticPolicy {
        noWarn = upper(noWarn);
        warningsAsErrors = upper(warningsAsErrors);
    }

    /** The same policy with downgrades (NU1605) as errors, as the .NET SDK does by default. */
    public DiagnosticPolicy withDowngradesAsErrors() {
        Set<String> codes = new java.util.HashSet<>(warningsAsErrors);
        codes.add(Codes.NU1605);
        return new DiagnosticPolicy(noWarn, codes, treatWarningsAsErrors);
    }

    /** The messages after the policy: silenced warnings dropped, promoted ones as errors, order kept. */
    public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        List<Diagnostic> result = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                result.add(diagnostic);
            } else if (!noWarn.contains(diagnostic.code())) {
                boolean promote = treatWarningsAsErrors || warningsAsErrors.contains(diagnostic.code());
                result.add(promote ? diagnostic.withLevel(Diagnostic.Level.ERROR) : diagnostic);
            }
        }
        return result;
    }

    private static Set<String> upper(Set<String> codes) {
        return codes == null ? Set.of()
                : codes.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }
}
