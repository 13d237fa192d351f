package io.nugetbridge.core.resolve;

/**
 * The steps of NuGet's restore that log messages about a project's graphs, in the order NuGet takes them. Each
 * step covers every framework before the next begins, so a project's messages come step by step, not framework
 * by framework ({@link ProjectMessages}).
 *
 * <p>From NuGet's {@code ProjectRestoreCommand.TryRestoreAsync} (the walk, then
 * {@code UnexpectedDependencyMessages.LogAsync}, then {@code ResolutionSucceeded}) and
 * {@code RestoreCommand.ExecuteAsync} (then {@code BuildAssetsFile}, then {@code ValidateRestoreGraphsAsync}).
 * NU1701, which NuGet logs while it builds the assets file, comes from asset selection (RestoreSummary).
 */
enum RestoreStep {
    /** NU1301, logged while the graphs are walked. */
    SOURCE_FAILURES,
    /** NU1604: a project dependency without an inclusive lower bound. */
    PROJECT_RANGES,
    /** NU1602 and NU1603: a range's start missing or not inclusive. */
    MISSING_MINIMUMS,
    /** NU1601: a project dependency resolved higher than it asked. */
    BUMPED_UP,
    /** NU1608: a version above a dependency's upper bound. */
    ABOVE_UPPER_BOUNDS,
    /** NU1106: disputes conflict resolution gave up on. */
    UNSATISFIABLE,
    /** NU1100 to NU1103: what no source could satisfy. */
    UNRESOLVED,
    /** NU1108, NU1107 or NU1605, under the rule of {@link ProjectMessages}. */
    GRAPH
}
