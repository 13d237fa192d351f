package io.nugetbridge.core.spec;

import io.nugetbridge.core.version.MavenVersions;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.List;

/**
 * What a build tool's project says about itself, as plain values: the Maven plugin fills it from the
 * POM, and {@link NuspecFromProject} and {@link PackTokens} turn it into nuspec metadata and
 * {@code $token$} values with NuGet's rules. Every value may be null (or empty) when the project does
 * not say.
 *
 * @param id            the package id (the artifactId unless configured)
 * @param version       the project's version as written: a Maven version, mapped by {@link MavenVersions}
 * @param name          the project's display name
 * @param description   the project's description
 * @param url           the project's home page
 * @param authors       the authors (developers' names), in order
 * @param organization  the organization's name
 * @param inceptionYear the year the project started
 * @param licenses      the licenses, in order
 * @param scmUrl        the browsable source repository URL
 * @param scmConnection the SCM connection ({@code scm:git:https://...})
 * @param tags          space-separated tags
 * @param nugetVersion  a NuGet version given outright (NuGet's {@code -Version}), which replaces the mapped
 *                      {@code version} and is taken as written, never mapped; null when not given
 */
public record ProjectInfo(String id, String version, String name, String description, String url, List<String> authors,
        String organization, String inceptionYear, List<ProjectLicense> licenses, String scmUrl, String scmConnection,
        String tags, String nugetVersion) {

    /** One license of the project: a free-text name and a URL, either possibly null. */
    public record ProjectLicense(String name, String url) {}

    /** A project without a NuGet version given outright. */
    public ProjectInfo(String id, String version, String name, String description, String url, List<String> authors,
            String organization, String inceptionYear, List<ProjectLicense> licenses, String scmUrl, String scmConnection,
            String tags) {
        this(id, version, name, description, url, authors, organization, inceptionYear, licenses, scmUrl, scmConnection,
                tags, null);
    }

    public ProjectInfo {
        authors = authors == null ? List.of() : authors.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
    }

    /**
     * The package's version: the one given outright, as NuGet's {@code pack -Version} takes it (parsed as a
     * NuGet version, never mapped: {@code 1.0.0-Final} stays {@code 1.0.0-Final}), else the project's
     * version by the {@link MavenVersions} rule.
     *
     * @throws IllegalArgumentException with NuGet's NU5010 text when the given version is no NuGet version,
     *                                  or naming the project version the rule cannot map
     */
    public NuGetVersion packageVersion() {
        if (nugetVersion != null && !nugetVersion.isBlank()) {
            return NuGetVersion.tryParse(nugetVersion).orElseThrow(() -> new IllegalArgumentException(
                    // NuGet.CommandLine PackCommand: NuGetVersion.TryParse, else NU5010 with this text
                    "NU5010: Version string specified for package reference '" + nugetVersion + "' is invalid."));
        }
        return MavenVersions.toNuGet(version);
    }

    /** Whether a NuGet version was given outright. */
    public boolean hasNuGetVersion() {
        return nugetVersion != null && !nugetVersion.isBlank();
    }
}
