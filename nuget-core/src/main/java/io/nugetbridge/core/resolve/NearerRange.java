package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.FloatBehavior;
import io.nugetbridge.core.version.FloatRange;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;

/**
 * Whether a nearer dependency's range starts at least where a farther one does: NuGet's
 * {@code RemoteDependencyWalker.IsGreaterThanOrEqualTo}, which decides between "eclipsed" (nearest wins,
 * silently) and "potentially downgraded" (NU1605 if it sticks). Floats compare by their fixed part, with
 * the floating part as high as it can go.
 */
final class NearerRange {

    private NearerRange() {}

    static boolean startsAtLeastAt(VersionRange near, VersionRange far) {
        if (!near.hasLowerBound()) {
            return true;
        }
        if (!far.hasLowerBound()) {
            return false;
        }
        if (!near.isFloating() && !far.isFloating()) {
            return near.minVersion().orElseThrow().compareTo(far.minVersion().orElseThrow()) >= 0;
        }
        if (isMajorFloat(near)) {
            return true; // "*" reaches anything
        }
        if (isMajorFloat(far)) {
            return false;
        }
        int numbers = compareNumbers(floor(near), floor(far));
        if (numbers != 0) {
            return numbers > 0;
        }
        String nearRelease = release(near);
        String farRelease = release(far);
        if (nearRelease.isEmpty()) {
            return true;
        }
        if (farRelease.isEmpty()) {
            return false;
        }
        int common = Math.min(nearRelease.length(), farRelease.length());
        return nearRelease.substring(0, common).compareToIgnoreCase(farRelease.substring(0, common)) >= 0;
    }

    private static boolean isMajorFloat(VersionRange range) {
        return range.isFloating() && range.floatRange().orElseThrow().behavior() == FloatBehavior.MAJOR;
    }

    /** The numeric parts of the range's start, floating parts at their highest (NuGet's release-label-free version). */
    private static long[] floor(VersionRange range) {
        NuGetVersion min = range.minVersion().orElseThrow();
        long max = Integer.MAX_VALUE;
        FloatBehavior behavior = range.floatRange().map(FloatRange::behavior).orElse(FloatBehavior.NONE);
        return switch (behavior) {
            case MINOR -> new long[] {min.major(), max, max, max};
            case PATCH -> new long[] {min.major(), min.minor(), max, max};
            case REVISION -> new long[] {min.major(), min.minor(), min.patch(), max};
            default -> new long[] {min.major(), min.minor(), min.patch(), min.revision()};
        };
    }

    /** The prerelease text that matters: a float's fixed prefix, else the minimum's labels. */
    private static String release(VersionRange range) {
        if (range.isFloating()) {
            return range.floatRange().orElseThrow().releasePrefix();
        }
        return range.minVersion().orElseThrow().release();
    }

    private static int compareNumbers(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
