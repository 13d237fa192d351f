package io.nugetbridge.core.version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A NuGet package version: 1 to 4 numeric parts, optional prerelease labels, optional build metadata.
 *
 * <p>Parsing, normalization and ordering follow NuGet.Versioning ({@code NuGetVersion.TryParse},
 * {@code ToNormalizedString}, {@code VersionComparer.Default}), see section 4 of nuget-reference.md.
 * Equality and ordering ignore build metadata and the case of labels, as NuGet's do.
 */
public final class NuGetVersion implements Comparable<NuGetVersion> {

    private final int major;
    private final int minor;
    private final int patch;
    private final int revision;
    private final List<String> releaseLabels;
    private final String metadata;
    private final String original;

    NuGetVersion(int major, int minor, int patch, int revision, List<String> releaseLabels, String metadata,
            String original) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.revision = revision;
        this.releaseLabels = List.copyOf(releaseLabels);
        this.metadata = metadata;
        this.original = original;
    }

    /** A version from its numeric parts, without labels. */
    public static NuGetVersion of(int major, int minor, int patch) {
        return new NuGetVersion(major, minor, patch, 0, Collections.emptyList(), null, major + "." + minor + "." + patch);
    }

    /** NuGet's lenient parse, used for package and dependency versions. */
    public static NuGetVersion parse(String value) {
        return VersionParser.parse(value, false);
    }

    /** NuGet's lenient parse, or empty where the string is not a version. */
    public static Optional<NuGetVersion> tryParse(String value) {
        try {
            return Optional.of(parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A strict SemVer 2.0.0 parse: exactly three parts, no leading zeros (NuGet uses it for service index versions). */
    public static NuGetVersion parseStrict(String value) {
        return VersionParser.parse(value, true);
    }

    /** The strict parse, or empty where the string is not a strict SemVer 2.0.0 version. */
    public static Optional<NuGetVersion> tryParseStrict(String value) {
        try {
            return Optional.of(parseStrict(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public int major() {
        return major;
    }

    public int minor() {
        return minor;
    }

    public int patch() {
        return patch;
    }

    public int revision() {
        return revision;
    }

    /** The prerelease labels as written (original case); empty for a release version. */
    public List<String> releaseLabels() {
        return releaseLabels;
    }

    /** The prerelease part as written, labels joined by dots; empty for a release version. */
    public String release() {
        return String.join(".", releaseLabels);
    }

    /** Build metadata (after {@code +}), if any. */
    public Optional<String> metadata() {
        return Optional.ofNullable(metadata);
    }

    public boolean hasMetadata() {
        return metadata != null;
    }

    public boolean isPrerelease() {
        return !releaseLabels.isEmpty();
    }

    /** SemVer 2.0.0-specific: more than one prerelease label, or build metadata (NuGet's {@code IsSemVer2}). */
    public boolean isSemVer2() {
        return releaseLabels.size() > 1 || metadata != null;
    }

    /** The string as it was parsed, trimmed: what packages.config folder names use. */
    public String originalString() {
        return original;
    }

    /** {@code Major.Minor.Patch[.Revision][-labels]}: revision only when above zero, metadata dropped. */
    public String toNormalizedString() {
        StringBuilder text = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
        if (revision > 0) {
            text.append('.').append(revision);
        }
        if (isPrerelease()) {
            text.append('-').append(release());
        }
        return text.toString();
    }

    /** The normalized string plus {@code +metadata}: what NuGet writes in a packed nuspec. */
    public String toFullString() {
        return metadata == null ? toNormalizedString() : toNormalizedString() + "+" + metadata;
    }

    /** The normalized string in lower case: the form in feed URLs and folder names. */
    public String toPathString() {
        return toNormalizedString().toLowerCase(Locale.ROOT);
    }

    /** The same version without its prerelease labels and metadata. */
    public NuGetVersion withoutRelease() {
        String text = major + "." + minor + "." + patch + (revision > 0 ? "." + revision : "");
        return new NuGetVersion(major, minor, patch, revision, Collections.emptyList(), null, text);
    }

    /** Whether the numeric parts (not the labels) equal those of {@code other}. */
    boolean sameNumbers(NuGetVersion other) {
        return major == other.major && minor == other.minor && patch == other.patch && revision == other.revision;
    }

    @Override
    public int compareTo(NuGetVersion other) {
        int result = Integer.compare(major, other.major);
        if (result == 0) {
            result = Integer.compare(minor, other.minor);
        }
        if (result == 0) {
            result = Integer.compare(patch, other.patch);
        }
        if (result == 0) {
            result = Integer.compare(revision, other.revision);
        }
        if (result != 0) {
            return result;
        }
        // A release sorts above every prerelease of the same numbers.
        if (isPrerelease() != other.isPrerelease()) {
            return isPrerelease() ? -1 : 1;
        }
        return compareLabels(releaseLabels, other.releaseLabels);
    }

    private static int compareLabels(List<String> left, List<String> right) {
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            int result = compareLabel(left.get(i), right.get(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int compareLabel(String left, String right) {
        Optional<Integer> leftNumber = asInt(left);
        Optional<Integer> rightNumber = asInt(right);
        if (leftNumber.isPresent() && rightNumber.isPresent()) {
            return Integer.compare(leftNumber.get(), rightNumber.get());
        }
        if (leftNumber.isPresent() != rightNumber.isPresent()) {
            return leftNumber.isPresent() ? -1 : 1;
        }
        return OrdinalIgnoreCase.compare(left, right);
    }

    /** Like .NET's {@code int.TryParse} on a label: digits that fit an int. */
    private static Optional<Integer> asInt(String label) {
        if (label.isEmpty() || label.length() > 10 || !label.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long value = Long.parseLong(label);
        return value <= Integer.MAX_VALUE ? Optional.of((int) value) : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NuGetVersion && compareTo((NuGetVersion) other) == 0;
    }

    @Override
    public int hashCode() {
        List<String> lower = new ArrayList<>(releaseLabels.size());
        for (String label : releaseLabels) {
            lower.add(label.toUpperCase(Locale.ROOT));
        }
        return Objects.hash(major, minor, patch, revision, lower);
    }

    /** The full string (normalized plus metadata). */
    @Override
    public String toString() {
        return toFullString();
    }
}
