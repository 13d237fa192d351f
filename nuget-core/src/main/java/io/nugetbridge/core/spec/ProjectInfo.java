package io.nugetbridge.core.spec;

import java.util.List;

/**
 * What a build tool's project says about itself, as plain values: the Maven plugin fills it from the
 * POM, and {@link NuspecFromProject} and {@link PackTokens} turn it into nuspec metadata and
 * {@code $token$} values with NuGet's rules. Every value may be null (or empty) when the project does
 * not say.
 *
 * @param id            the package id (the artifactId unless configured)
 * @param version       the project's version as written (a Maven version, mapped by
 *                      {@link io.nugetbridge.core.version.MavenVersions}), or a NuGet version given outright
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
 */
public record ProjectInfo(String id, String version, String name, String description, String url, List<String> authors,
        String organization, String inceptionYear, List<ProjectLicense> licenses, String scmUrl, String scmConnection,
        String tags) {

    /** One license of the project: a free-text name and a URL, either possibly null. */
    public record ProjectLicense(String name, String url) {}

    public ProjectInfo {
        authors = authors == null ? List.of() : authors.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
    }
}
