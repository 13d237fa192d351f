package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One restore message with NuGet's code ({@code NU1101}, {@code NU1605} ...) and, as far as NuGet has one,
 * NuGet's wording, so that a user can look it up in NuGet's documentation.
 *
 * @param code       NuGet's code
 * @param level      error or warning (after {@link DiagnosticPolicy} is applied)
 * @param message    the text; further lines (paths through the graph, sources) start with two spaces
 * @param packageId  the package the message is about, when there is one
 * @param frameworks the target frameworks it was found for (one message for several, as NuGet merges them)
 */
public record Diagnostic(String code, Level level, String message, Optional<String> packageId,
        List<NuGetFramework> frameworks) {

    /** How bad a message is. */
    public enum Level { WARNING, ERROR }

    public Diagnostic {
        frameworks = List.copyOf(frameworks);
    }

    public static Diagnostic error(String code, String message, String packageId, NuGetFramework framework) {
        return new Diagnostic(code, Level.ERROR, message, Optional.ofNullable(packageId), frameworksOf(framework));
    }

    public static Diagnostic warning(String code, String message, String packageId, NuGetFramework framework) {
        return new Diagnostic(code, Level.WARNING, message, Optional.ofNullable(packageId), frameworksOf(framework));
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    public Diagnostic withLevel(Level newLevel) {
        return new Diagnostic(code, newLevel, message, packageId, frameworks);
    }

    /**
     * Messages with the same code and text become one with all their frameworks, in first-seen order: what
     * NuGet's {@code MergeOnTargetGraph} does, so a project with three frameworks does not say a thing three times.
     */
    public static List<Diagnostic> merge(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> byText = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            byText.computeIfAbsent(diagnostic.code + "\n" + diagnostic.message, k -> new ArrayList<>()).add(diagnostic);
        }
        List<Diagnostic> merged = new ArrayList<>();
        for (List<Diagnostic> same : byText.values()) {
            Diagnostic first = same.get(0);
            LinkedHashSet<NuGetFramework> frameworks = new LinkedHashSet<>();
            Level level = Level.WARNING;
            for (Diagnostic diagnostic : same) {
                frameworks.addAll(diagnostic.frameworks);
                level = diagnostic.isError() ? Level.ERROR : level;
            }
            merged.add(new Diagnostic(first.code, level, first.message, first.packageId, List.copyOf(frameworks)));
        }
        return merged;
    }

    private static List<NuGetFramework> frameworksOf(NuGetFramework framework) {
        return framework == null ? List.of() : List.of(framework);
    }

    /** As a build log shows it: {@code error NU1101: Unable to find package ... [net8.0, net48]}. */
    @Override
    public String toString() {
        String where = frameworks.isEmpty() ? ""
                : " [" + frameworks.stream().map(NuGetFramework::shortFolderName).collect(Collectors.joining(", ")) + "]";
        return (isError() ? "error " : "warning ") + code + ": " + message + where;
    }
}
