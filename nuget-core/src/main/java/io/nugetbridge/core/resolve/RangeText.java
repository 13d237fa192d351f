package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.VersionRange;

/**
 * Ranges the way NuGet's messages print them ({@code VersionRange.PrettyPrint} of the range without its
 * float): {@code (>= 1.0.0)}, {@code (= 2.0.0)}, {@code (>= 1.0.0 && < 2.0.0)}, {@code (<= 3.0.0)}.
 */
final class RangeText {

    private RangeText() {}

    /** {@code (>= 1.0.0)}; empty for a range without bounds. */
    static String pretty(VersionRange range) {
        if (!range.hasLowerBound() && !range.hasUpperBound()) {
            return "";
        }
        if (range.hasLowerBound() && range.hasUpperBound() && range.isMinInclusive() && range.isMaxInclusive()
                && range.minVersion().equals(range.maxVersion())) {
            return "(= " + range.minVersion().orElseThrow().toNormalizedString() + ")";
        }
        StringBuilder text = new StringBuilder("(");
        range.minVersion().ifPresent(min ->
                text.append(range.isMinInclusive() ? ">= " : "> ").append(min.toNormalizedString()));
        range.maxVersion().ifPresent(max -> {
            if (range.hasLowerBound()) {
                text.append(" && ");
            }
            text.append(range.isMaxInclusive() ? "<= " : "< ").append(max.toNormalizedString());
        });
        return text.append(')').toString();
    }

    /** {@code Id (>= 1.0.0)}, or the bare id for a range without bounds (NuGet's {@code FormatDependency}). */
    static String withId(String id, VersionRange range) {
        String pretty = pretty(range);
        return pretty.isEmpty() ? id : id + " " + pretty;
    }
}
