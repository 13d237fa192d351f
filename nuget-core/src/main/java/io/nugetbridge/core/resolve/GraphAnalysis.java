package io.nugetbridge.core.resolve;

import java.util.List;

/**
 * What the analysis of one framework's tree found (NuGet's {@code AnalyzeResult}).
 *
 * @param cycles     the cycle markers, in the order the walk met them
 * @param downgrades nearer declarations that won with a lower version than a farther one asked for
 * @param conflicts  accepted versions that a remaining dependency's range does not take
 */
record GraphAnalysis(List<GraphNode> cycles, List<Downgrade> downgrades, List<Conflict> conflicts) {

    /** {@code from} (the farther, higher request) lost to {@code to} (the nearer, lower one). */
    record Downgrade(GraphNode from, GraphNode to) {}

    /** {@code selected} is the accepted node of the id; {@code conflicting}'s range does not take its version. */
    record Conflict(GraphNode selected, GraphNode conflicting) {}
}
