package io.nugetbridge.core.version;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A NuGet version range: {@code 1.0} (at least), {@code [1.0]} (exactly), {@code [1.0,2.0)},
 * {@code (,1.0]}, or a floating minimum such as {@code 1.*} or {@code [1.0.0-*, 2.0.0)}.
 *
 * <p>Parsing, {@link #satisfies} and {@link #findBestMatch} follow NuGet's {@code VersionRange}; see
 * section 4 of nuget-reference.md.
 */
public final class VersionRange {

    /** All versions: what a nuspec dependency without a version attribute means. */
    public static final VersionRange ALL = new VersionRange(null, false, null, false, null, "(, )");

    private final NuGetVersion minVersion;
    private final boolean minInclusive;
    private final NuGetVersion maxVersion;
    private final boolean maxInclusive;
    private final FloatRange floatRange;
    private final String original;

    VersionRange(NuGetVersion minVersion, boolean minInclusive, NuGetVersion maxVersion, boolean maxInclusive,
            FloatRange floatRange, String original) {
        this.minVersion = minVersion;
        this.minInclusive = minVersion != null && minInclusive;
        this.maxVersion = maxVersion;
        this.maxInclusive = maxVersion != null && maxInclusive;
        this.floatRange = floatRange;
        this.original = original;
    }

    /** Parses a range, floats allowed; throws with a message that quotes the text and says what is wrong. */
    public static VersionRange parse(String value) {
        return VersionRangeParser.parse(value, true);
    }

    /** Parses a range where floats are not allowed (nuspec dependencies). */
    public static VersionRange parseExact(String value) {
        return VersionRangeParser.parse(value, false);
    }

    public static Optional<VersionRange> tryParse(String value) {
        try {
            return Optional.of(parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The range {@code >= version}: what a plain version means in a dependency. */
    public static VersionRange atLeast(NuGetVersion version) {
        return new VersionRange(version, true, null, false, null, version.toNormalizedString());
    }

    /** The range {@code [version]}. */
    public static VersionRange exactly(NuGetVersion version) {
        return new VersionRange(version, true, version, true, null, "[" + version.toNormalizedString() + "]");
    }

    public Optional<NuGetVersion> minVersion() {
        return Optional.ofNullable(minVersion);
    }

    public Optional<NuGetVersion> maxVersion() {
        return Optional.ofNullable(maxVersion);
    }

    public boolean hasLowerBound() {
        return minVersion != null;
    }

    public boolean hasUpperBound() {
        return maxVersion != null;
    }

    public boolean isMinInclusive() {
        return minInclusive;
    }

    public boolean isMaxInclusive() {
        return maxInclusive;
    }

    public boolean isFloating() {
        return floatRange != null && floatRange.behavior() != FloatBehavior.NONE;
    }

    public Optional<FloatRange> floatRange() {
        return Optional.ofNullable(floatRange);
    }

    /** The text the range was parsed from, trimmed. */
    public String originalString() {
        return original;
    }

    /** Whether a prerelease version may be chosen: a prerelease bound, or a float that includes prereleases. */
    public boolean hasPrereleaseBounds() {
        return (minVersion != null && minVersion.isPrerelease())
                || (maxVersion != null && maxVersion.isPrerelease())
                || (floatRange != null && floatRange.includesPrerelease());
    }

    /** Whether {@code version} lies between the bounds (a float's pattern is not checked here, as in NuGet). */
    public boolean satisfies(NuGetVersion version) {
        if (minVersion != null) {
            int c = version.compareTo(minVersion);
            if (c < 0 || (c == 0 && !minInclusive)) {
                return false;
            }
        }
        if (maxVersion != null) {
            int c = version.compareTo(maxVersion);
            return c < 0 || (c == 0 && maxInclusive);
        }
        return true;
    }

    /**
     * The version NuGet would choose among {@code candidates}: the lowest that satisfies the range, or
     * for a float the highest inside its pattern (else the lowest above it, else the highest below).
     * Prerelease candidates are considered only where {@link #hasPrereleaseBounds()}.
     */
    public Optional<NuGetVersion> findBestMatch(Collection<NuGetVersion> candidates) {
        boolean prereleaseAllowed = hasPrereleaseBounds();
        NuGetVersion best = null;
        for (NuGetVersion candidate : candidates) {
            if (candidate == null || !satisfies(candidate) || (candidate.isPrerelease() && !prereleaseAllowed)) {
                continue;
            }
            if (best == null || isBetter(best, candidate)) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code considering} beats {@code current}; both satisfy the range. */
    private boolean isBetter(NuGetVersion current, NuGetVersion considering) {
        if (!isFloating()) {
            return considering.compareTo(current) < 0;
        }
        boolean currentInside = floatRange.satisfies(current);
        boolean consideringInside = floatRange.satisfies(considering);
        if (currentInside != consideringInside) {
            return consideringInside;
        }
        if (currentInside) {
            return considering.compareTo(current) > 0;
        }
        NuGetVersion floor = floatRange.minVersion();
        boolean currentBelow = current.compareTo(floor) < 0;
        boolean consideringBelow = considering.compareTo(floor) < 0;
        if (currentBelow != consideringBelow) {
            return currentBelow;
        }
        // Both above the pattern: the lowest; both below it: the highest.
        return currentBelow ? considering.compareTo(current) > 0 : considering.compareTo(current) < 0;
    }

    /** NuGet's normalized form: {@code [1.0.0, )}, {@code [1.0.0, 2.0.0)}, {@code (, )}. */
    public String toNormalizedString() {
        StringBuilder text = new StringBuilder();
        text.append(minInclusive ? '[' : '(');
        if (minVersion != null) {
            text.append(isFloating() ? floatRange.toString() : minVersion.toNormalizedString());
        }
        text.append(", ");
        if (maxVersion != null) {
            text.append(maxVersion.toNormalizedString());
        }
        text.append(maxInclusive ? ']' : ')');
        return text.toString();
    }

    /**
     * The form NuGet's pack writes in a nuspec dependency ({@code ToLegacyShortString}): {@code 1.0.0} for
     * "at least", {@code [1.0.0]} for "exactly", else the normalized form.
     */
    public String toNuspecString() {
        if (minVersion != null && minInclusive && maxVersion == null) {
            return isFloating() ? floatRange.toString() : minVersion.toNormalizedString();
        }
        if (minVersion != null && maxVersion != null && minInclusive && maxInclusive && minVersion.equals(maxVersion)) {
            return "[" + minVersion.toNormalizedString() + "]";
        }
        return toNormalizedString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VersionRange r
                && Objects.equals(r.minVersion, minVersion) && r.minInclusive == minInclusive
                && Objects.equals(r.maxVersion, maxVersion) && r.maxInclusive == maxInclusive
                && Objects.equals(r.floatRange == null || r.floatRange.behavior() == FloatBehavior.NONE ? null : r.floatRange,
                        isFloating() ? floatRange : null);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minVersion, minInclusive, maxVersion, maxInclusive, isFloating() ? floatRange : null);
    }

    @Override
    public String toString() {
        return toNormalizedString();
    }
}
