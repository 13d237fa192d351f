package io.nugetbridge.core.spec;

import io.nugetbridge.core.version.VersionRange;
import java.util.List;

/**
 * One {@code <dependency id version include exclude>}.
 *
 * @param id          the package id as written
 * @param versionText the {@code version} attribute as written (trimmed), or null when absent; kept raw
 *                    because authoring nuspecs hold ranges such as {@code [$PackageVersion$]}
 * @param include     asset types of {@code include} ({@code all}, {@code compile}, {@code build} …), empty
 *                    when absent
 * @param exclude     asset types of {@code exclude}, empty when absent (a consumer then applies NuGet's
 *                    default {@code build,analyzers})
 */
public record Dependency(String id, String versionText, List<String> include, List<String> exclude) {

    public Dependency {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A dependency needs an id");
        }
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** A dependency with only an id and a version (or none). */
    public static Dependency of(String id, String versionText) {
        return new Dependency(id, versionText, List.of(), List.of());
    }

    /**
     * The version range as restore reads it, which is NuGet's {@code NuspecReader.GetDependencyGroups()} without
     * its strict version check: {@code VersionRange.TryParse}, floats allowed; text that is not a range leaves the
     * range unset, and NuGet's {@code PackageDependency} takes an unset range as every version, as if no version
     * were written. Restore then warns NU1602 (no inclusive lower bound) instead of failing on a package its
     * owner published broken.
     */
    public VersionRange rangeOrAll() {
        if (versionText == null || versionText.isBlank()) {
            return VersionRange.ALL;
        }
        return VersionRange.tryParse(versionText).orElse(VersionRange.ALL);
    }

    /**
     * The version range, parsed the way nuspec dependencies are: no floating versions. No version (or a
     * blank one) means every version.
     *
     * @throws IllegalArgumentException naming this dependency and its text when the text is not a range
     */
    public VersionRange range() {
        if (versionText == null || versionText.isBlank()) {
            return VersionRange.ALL;
        }
        try {
            return VersionRange.parseExact(versionText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Dependency '" + id + "' has version '" + versionText
                    + "', which is not a valid version range: " + e.getMessage(), e);
        }
    }
}
