package io.nugetbridge.core.frameworks;

import java.util.Optional;

/**
 * The version of a target framework: up to four numeric parts, like .NET's {@code System.Version}.
 * Missing parts are zero, so {@code 4.5} and {@code 4.5.0.0} are the same version.
 */
public record FrameworkVersion(int major, int minor, int build, int revision) implements Comparable<FrameworkVersion> {

    public static final FrameworkVersion EMPTY = new FrameworkVersion(0, 0, 0, 0);
    /** The upper end of "all later versions" in compatibility mappings. */
    public static final FrameworkVersion MAX =
            new FrameworkVersion(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    public FrameworkVersion {
        if (major < 0 || minor < 0 || build < 0 || revision < 0) {
            throw new IllegalArgumentException("Framework version parts cannot be negative");
        }
    }

    public static FrameworkVersion of(int major, int minor) {
        return new FrameworkVersion(major, minor, 0, 0);
    }

    public static FrameworkVersion of(int major, int minor, int build) {
        return new FrameworkVersion(major, minor, build, 0);
    }

    /**
     * Reads a version as NuGet reads one in a folder name: with dots it is a dotted version
     * ({@code 10.0}, {@code 4.5.1}); without dots every digit is one part ({@code 472} = 4.7.2,
     * {@code 10} = 1.0), at most four.
     */
    public static Optional<FrameworkVersion> parseShort(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (text.indexOf('.') >= 0) {
            return parseDotted(text);
        }
        if (text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int[] parts = new int[4];
        for (int i = 0; i < text.length(); i++) {
            parts[i] = text.charAt(i) - '0';
        }
        return Optional.of(new FrameworkVersion(parts[0], parts[1], parts[2], parts[3]));
    }

    /** A dotted version with one to four parts ({@code 5} is read as 5.0, as NuGet appends ".0"). */
    public static Optional<FrameworkVersion> parseDotted(String text) {
        if (text == null || text.isEmpty() || text.startsWith(".") || text.endsWith(".")) {
            return Optional.empty();
        }
        String[] pieces = text.split("\\.", -1);
        if (pieces.length > 4) {
            return Optional.empty();
        }
        int[] parts = new int[4];
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (piece.isEmpty() || piece.length() > 9 || !piece.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            parts[i] = Integer.parseInt(piece);
        }
        return Optional.of(new FrameworkVersion(parts[0], parts[1], parts[2], parts[3]));
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** {@code 4.7.2}, {@code 8.0}, {@code 10.0.19041}: at least two parts, trailing zero parts dropped. */
    public String toDottedString() {
        StringBuilder text = new StringBuilder().append(major).append('.').append(minor);
        if (build > 0 || revision > 0) {
            text.append('.').append(build);
        }
        if (revision > 0) {
            text.append('.').append(revision);
        }
        return text.toString();
    }

    /** True when a part has two or more digits: such a version needs dots in a short folder name. */
    public boolean anyPartAbove9() {
        return major > 9 || minor > 9 || build > 9 || revision > 9;
    }

    @Override
    public int compareTo(FrameworkVersion other) {
        int result = Integer.compare(major, other.major);
        if (result == 0) {
            result = Integer.compare(minor, other.minor);
        }
        if (result == 0) {
            result = Integer.compare(build, other.build);
        }
        if (result == 0) {
            result = Integer.compare(revision, other.revision);
        }
        return result;
    }

    public boolean isAtMost(FrameworkVersion other) {
        return compareTo(other) <= 0;
    }

    @Override
    public String toString() {
        return toDottedString();
    }
}
