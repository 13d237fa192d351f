package io.nugetbridge.core.version;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A floating version (PackageReference only): {@code *}, {@code 1.*}, {@code 1.0.*}, {@code 1.0.0.*},
 * {@code 1.0.0-*}, {@code 1.0.0-beta*}, {@code *-*}, {@code 1.*-*}, {@code 1.0.*-*}, {@code 1.0.0.*-*}.
 *
 * <p>Its minimum version is the lowest version the pattern admits; which versions it admits is
 * {@link #satisfies}. The rules are those of NuGet's {@code FloatRange}.
 */
public final class FloatRange {

    /** {@code 1.*}, {@code 1.0.*}, {@code 1.0.0.*}, each optionally followed by {@code -<prefix>*}. */
    private static final Pattern NUMBER_FLOAT = Pattern.compile("((?:\\d+\\.){1,3})\\*(?:-([0-9A-Za-z.-]*)\\*)?");
    /** {@code 1.0.0-*} or {@code 1.0.0-beta*} (the prerelease part floats). */
    private static final Pattern PRERELEASE_FLOAT = Pattern.compile("(\\d+(?:\\.\\d+){0,3})-([0-9A-Za-z.-]*)\\*");
    /** {@code *-beta*} (anything, with a prerelease prefix). */
    private static final Pattern MAJOR_PRERELEASE_FLOAT = Pattern.compile("\\*-([0-9A-Za-z.-]+)\\*");

    private final FloatBehavior behavior;
    private final NuGetVersion minVersion;
    private final String releasePrefix;

    private FloatRange(FloatBehavior behavior, NuGetVersion minVersion, String releasePrefix) {
        this.behavior = behavior;
        this.minVersion = minVersion;
        this.releasePrefix = releasePrefix;
    }

    /** Parses a float; a plain version gives {@link FloatBehavior#NONE}. */
    public static FloatRange parse(String value) {
        return tryParse(value).orElseThrow(() -> new IllegalArgumentException(
                "'" + value + "' is not a valid floating version (examples: *, 1.*, 1.0.*, 1.0.0-*, 1.0.0-beta*, *-*, 1.*-*)"));
    }

    public static Optional<FloatRange> tryParse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.trim();
        if (text.equals("*")) {
            return Optional.of(new FloatRange(FloatBehavior.MAJOR, NuGetVersion.of(0, 0, 0), ""));
        }
        if (text.equals("*-*")) {
            return Optional.of(new FloatRange(FloatBehavior.ABSOLUTE_LATEST, NuGetVersion.parse("0.0.0-0"), ""));
        }
        Matcher major = MAJOR_PRERELEASE_FLOAT.matcher(text);
        if (major.matches()) {
            return withMin(FloatBehavior.PRERELEASE_MAJOR, "0.0.0", major.group(1));
        }
        Matcher number = NUMBER_FLOAT.matcher(text);
        if (number.matches()) {
            String fixed = number.group(1).substring(0, number.group(1).length() - 1);
            int parts = fixed.split("\\.").length;
            boolean prerelease = number.group(2) != null;
            FloatBehavior behavior = switch (parts) {
                case 1 -> prerelease ? FloatBehavior.PRERELEASE_MINOR : FloatBehavior.MINOR;
                case 2 -> prerelease ? FloatBehavior.PRERELEASE_PATCH : FloatBehavior.PATCH;
                default -> prerelease ? FloatBehavior.PRERELEASE_REVISION : FloatBehavior.REVISION;
            };
            return prerelease ? withMin(behavior, fixed, number.group(2)) : withMin(behavior, fixed, null);
        }
        Matcher release = PRERELEASE_FLOAT.matcher(text);
        if (release.matches()) {
            return withMin(FloatBehavior.PRERELEASE, release.group(1), release.group(2));
        }
        if (text.contains("*")) {
            return Optional.empty();
        }
        return NuGetVersion.tryParse(text).map(v -> new FloatRange(FloatBehavior.NONE, v, ""));
    }

    /** The float's minimum: the fixed numbers, with the prerelease prefix (or {@code 0}) where prereleases float. */
    private static Optional<FloatRange> withMin(FloatBehavior behavior, String numbers, String prefix) {
        String min = numbers;
        if (prefix != null) {
            String label = prefix.isEmpty() || prefix.endsWith(".") ? prefix + "0" : prefix;
            min = numbers + "-" + label;
        }
        return NuGetVersion.tryParse(min).map(v -> new FloatRange(behavior, v, prefix == null ? "" : prefix));
    }

    public FloatBehavior behavior() {
        return behavior;
    }

    public NuGetVersion minVersion() {
        return minVersion;
    }

    /** The prerelease prefix that floats ({@code beta} for {@code 1.0.0-beta*}); empty where none. */
    public String releasePrefix() {
        return releasePrefix;
    }

    /** Whether the float may choose a prerelease version. */
    public boolean includesPrerelease() {
        return switch (behavior) {
            case PRERELEASE, PRERELEASE_REVISION, PRERELEASE_PATCH, PRERELEASE_MINOR, PRERELEASE_MAJOR, ABSOLUTE_LATEST -> true;
            case NONE -> minVersion.isPrerelease();
            default -> false;
        };
    }

    /** Whether {@code version} lies inside the float's pattern. */
    public boolean satisfies(NuGetVersion version) {
        return switch (behavior) {
            case ABSOLUTE_LATEST -> true;
            case MAJOR -> !version.isPrerelease();
            case PRERELEASE_MAJOR -> releaseMatches(version);
            case NONE -> minVersion.equals(version);
            case PRERELEASE -> version.sameNumbers(minVersion) && releaseMatches(version);
            case REVISION -> sameUpTo(version, 3) && !version.isPrerelease();
            case PATCH -> sameUpTo(version, 2) && !version.isPrerelease();
            case MINOR -> sameUpTo(version, 1) && !version.isPrerelease();
            case PRERELEASE_REVISION -> sameUpTo(version, 3) && releaseMatches(version);
            case PRERELEASE_PATCH -> sameUpTo(version, 2) && releaseMatches(version);
            case PRERELEASE_MINOR -> sameUpTo(version, 1) && releaseMatches(version);
        };
    }

    /** A stable version always matches; a prerelease one when it starts with the prefix (case-insensitive). */
    private boolean releaseMatches(NuGetVersion version) {
        return !version.isPrerelease()
                || version.release().toLowerCase(Locale.ROOT).startsWith(releasePrefix.toLowerCase(Locale.ROOT));
    }

    private boolean sameUpTo(NuGetVersion version, int parts) {
        return version.major() == minVersion.major()
                && (parts < 2 || version.minor() == minVersion.minor())
                && (parts < 3 || version.patch() == minVersion.patch());
    }

    /** The float as NuGet writes it. */
    @Override
    public String toString() {
        String prefix = releasePrefix + "*";
        return switch (behavior) {
            case NONE -> minVersion.toNormalizedString();
            case MAJOR -> "*";
            case ABSOLUTE_LATEST -> "*-*";
            case PRERELEASE_MAJOR -> "*-" + prefix;
            case PRERELEASE -> minVersion.withoutRelease().toNormalizedString() + "-" + prefix;
            case MINOR -> minVersion.major() + ".*";
            case PATCH -> minVersion.major() + "." + minVersion.minor() + ".*";
            case REVISION -> minVersion.major() + "." + minVersion.minor() + "." + minVersion.patch() + ".*";
            case PRERELEASE_MINOR -> minVersion.major() + ".*-" + prefix;
            case PRERELEASE_PATCH -> minVersion.major() + "." + minVersion.minor() + ".*-" + prefix;
            case PRERELEASE_REVISION -> minVersion.major() + "." + minVersion.minor() + "." + minVersion.patch() + ".*-" + prefix;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FloatRange f && f.behavior == behavior && f.minVersion.equals(minVersion)
                && f.releasePrefix.equalsIgnoreCase(releasePrefix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(behavior, minVersion, releasePrefix.toLowerCase(Locale.ROOT));
    }
}
