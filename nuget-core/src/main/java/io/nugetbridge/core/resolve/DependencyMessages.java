package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.OrdinalIgnoreCase;
import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Warnings about versions that are not what a range asked for, NuGet's {@code UnexpectedDependencyMessages}
 * in its order, each id warned about once by the most specific one: NU1604 (a project dependency without an
 * inclusive lower bound), NU1603 and NU1602 (a range's start does not exist or is not inclusive; skipped with a
 * lock file, which fixes the versions anyway), NU1601 (a project dependency ended up higher), NU1608 (above a
 * dependency's upper bound, unless the id has a version conflict or a cycle: a downgrade does not count).
 */
final class DependencyMessages {

    /** One walked edge: who asked, with which range, for what it resolved to (NuGet's {@code ResolvedDependencyKey}). */
    record ResolvedEdge(ResolvedItem parent, VersionRange range, ResolvedItem child) {}

    private DependencyMessages() {}

    /**
     * Adds the messages to {@code messages}, each under its step.
     *
     * @param idsWithErrors ids (lower case) with a version conflict or a cycle, whose NU1608 would say it again
     *                      (NuGet's {@code IndexedRestoreTargetGraph.HasErrors}; a downgrade is not one of them)
     */
    static void messages(List<PackageDependency> projectDependencies, List<ResolvedEdge> edges,
            Map<String, ResolvedItem> flattened, Set<String> idsWithErrors, boolean lockFileEnabled, NuGetFramework framework,
            FrameworkMessages messages) {
        Set<String> warned = new HashSet<>();
        projectDependencies.stream()
                .filter(d -> lacksInclusiveLowerBound(d.range()))
                .sorted(Comparator.comparing(PackageDependency::id, OrdinalIgnoreCase.ORDER))
                .forEach(d -> {
                    messages.add(RestoreStep.PROJECT_RANGES, Diagnostic.warning(Codes.NU1604, "Project dependency " + d + " does not contain an inclusive"
                            + " lower bound. Include a lower bound in the dependency version to ensure consistent restore results.",
                            d.id(), framework));
                    warned.add(lower(d.id()));
                });
        if (!lockFileEnabled) {
            List<ResolvedEdge> missed = new ArrayList<>(new LinkedHashSet<>(edges).stream()
                    .filter(e -> !warned.contains(lower(e.child().id())) && missesExactMatch(e)).toList());
            missed.sort(Comparator.comparing((ResolvedEdge e) -> e.child().id(), OrdinalIgnoreCase.ORDER)
                    .thenComparing(e -> e.child().version())
                    .thenComparing(e -> e.parent().id(), OrdinalIgnoreCase.ORDER));
            for (ResolvedEdge edge : missed) {
                messages.add(RestoreStep.MISSING_MINIMUMS, missingLowerBound(edge, framework));
            }
            missed.forEach(e -> warned.add(lower(e.child().id())));
        }
        for (PackageDependency dependency : projectDependencies) {
            VersionRange range = dependency.range();
            ResolvedItem match = flattened.get(lower(dependency.id()));
            if (!warned.contains(lower(dependency.id())) && !range.isFloating() && range.isMinInclusive() && match != null
                    && match.version().compareTo(range.minVersion().orElseThrow()) > 0) {
                messages.add(RestoreStep.BUMPED_UP, Diagnostic.warning(Codes.NU1601, "Dependency specified was " + dependency.id() + " "
                        + RangeText.pretty(range) + " but ended up with " + match.id() + " "
                        + match.version().toNormalizedString() + ".", match.id(), framework));
            }
        }
        for (ResolvedItem parent : flattened.values()) {
            for (PackageDependency dependency : parent.dependencies()) {
                ResolvedItem match = flattened.get(lower(dependency.id()));
                if (match != null && aboveUpperBound(match.version(), dependency.range())
                        && !idsWithErrors.contains(lower(dependency.id()))) {
                    messages.add(RestoreStep.ABOVE_UPPER_BOUNDS, Diagnostic.warning(Codes.NU1608, "Detected package version outside of dependency constraint: "
                            + identity(parent) + " requires " + dependency + " but version " + identity(match)
                            + " was resolved.", dependency.id(), framework));
                }
            }
        }
    }

    private static Diagnostic missingLowerBound(ResolvedEdge edge, NuGetFramework framework) {
        String dependency = RangeText.withId(edge.child().id(), edge.range());
        if (lacksInclusiveLowerBound(edge.range())) {
            return Diagnostic.warning(Codes.NU1602, identity(edge.parent()) + " does not provide an inclusive lower bound for"
                    + " dependency " + dependency + ". An approximate best match of " + identity(edge.child())
                    + " was resolved.", edge.child().id(), framework);
        }
        return Diagnostic.warning(Codes.NU1603, identity(edge.parent()) + " depends on " + dependency + " but "
                + edge.child().id() + " " + edge.range().minVersion().orElseThrow().toNormalizedString()
                + " was not found. An approximate best match of " + identity(edge.child()) + " was resolved.",
                edge.child().id(), framework);
    }

    /** A non-floating range whose start is not the resolved version (NuGet's {@code DependencyRangeHasMissingExactMatch}). */
    private static boolean missesExactMatch(ResolvedEdge edge) {
        return !edge.range().isFloating() && edge.child().isPackage()
                && (!edge.range().isMinInclusive() || !edge.range().minVersion().orElseThrow().equals(edge.child().version()));
    }

    static boolean lacksInclusiveLowerBound(VersionRange range) {
        return !range.isFloating() && (!range.hasLowerBound() || !range.isMinInclusive());
    }

    private static boolean aboveUpperBound(NuGetVersion actual, VersionRange range) {
        return range.maxVersion().map(max -> {
            int c = actual.compareTo(max);
            return range.isMaxInclusive() ? c > 0 : c >= 0;
        }).orElse(false);
    }

    /** {@code A 1.0.0}, or the project's name (NuGet's {@code FormatIdentity}). */
    private static String identity(ResolvedItem item) {
        return item.isPackage() ? item.id() + " " + item.version().toNormalizedString() : item.id();
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
