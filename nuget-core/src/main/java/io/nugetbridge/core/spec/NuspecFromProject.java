package io.nugetbridge.core.spec;

import io.nugetbridge.core.version.MavenVersions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A nuspec's metadata filled from a project ({@code nuget:spec}, and {@code nuget:pack} without a nuspec):
 * id, version (given outright, else by the {@link MavenVersions} rule), authors (the developers, else the organization),
 * description (else the name), title, SPDX license expression from the licenses (those it cannot
 * name go in as {@code licenseUrl}, with a warning), project URL, repository from the SCM, copyright
 * from the organization and inception year, tags.
 */
public final class NuspecFromProject {

    /** The metadata, and what could not be carried over exactly. */
    public record Result(NuspecMetadata metadata, List<String> warnings) {

        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private NuspecFromProject() {}

    /**
     * @throws IllegalArgumentException naming the POM element to add, when the project has no id,
     *                                  version, authors or description NuGet could use
     */
    public static Result metadata(ProjectInfo project) {
        List<String> warnings = new ArrayList<>();
        if (isBlank(project.id())) {
            throw new IllegalArgumentException("The project has no id for the package; set the artifactId or the id");
        }
        String authors = !project.authors().isEmpty() ? String.join(", ", project.authors())
                : isBlank(project.organization()) ? null : project.organization().strip();
        if (authors == null) {
            throw new IllegalArgumentException("The project names no authors; add <developers> (with <name>) or"
                    + " <organization> to the POM, or set the authors");
        }
        String description = !isBlank(project.description()) ? project.description().strip()
                : isBlank(project.name()) ? null : project.name().strip();
        if (description == null) {
            throw new IllegalArgumentException("The project has no description; add <description> to the POM");
        }
        NuspecMetadataBuilder metadata = NuspecMetadata.builder()
                .id(project.id().strip())
                .versionText(project.packageVersion().toFullString())
                .title(isBlank(project.name()) || project.name().strip().equals(project.id()) ? null : project.name().strip())
                .authorsText(authors)
                .description(description)
                .projectUrl(blankToNull(project.url()))
                .copyright(copyright(project))
                .tagsText(blankToNull(project.tags()))
                .repository(repository(project));
        license(project, metadata, warnings);
        return new Result(metadata.build(), warnings);
    }

    private static void license(ProjectInfo project, NuspecMetadataBuilder metadata, List<String> warnings) {
        List<String> ids = new ArrayList<>();
        for (ProjectInfo.ProjectLicense license : project.licenses()) {
            Optional<String> id = SpdxLicenses.identify(license.name(), license.url());
            if (id.isPresent()) {
                ids.add(id.get());
            } else {
                warnings.add("License '" + license.name() + "' (" + license.url() + ") has no SPDX id known here; it goes"
                        + " in as <licenseUrl>, which nuget.org no longer accepts. Name it by its SPDX id in the POM.");
                if (!isBlank(license.url())) {
                    metadata.licenseUrl(license.url().strip());
                }
                return;
            }
        }
        if (!ids.isEmpty()) {
            // Several POM licenses mean the user may choose one (dual licensing), as SPDX's OR says.
            metadata.license(License.expression(String.join(" OR ", ids.stream().distinct().toList())));
        }
    }

    private static Repository repository(ProjectInfo project) {
        String connection = blankToNull(project.scmConnection());
        String type = null;
        String url = blankToNull(project.scmUrl());
        if (connection != null && connection.startsWith("scm:")) {
            int colon = connection.indexOf(':', 4);
            if (colon > 4) {
                type = connection.substring(4, colon).toLowerCase(Locale.ROOT);
                String target = connection.substring(colon + 1);
                if (target.startsWith("https://") || target.startsWith("http://")) {
                    url = target; // a clone URL is what NuGet's <repository> wants
                }
            }
        }
        return url == null ? null : new Repository(type, url, null, null);
    }

    /** {@code Copyright © <inceptionYear> <organization>}, or null without an organization. */
    static String copyright(ProjectInfo project) {
        if (isBlank(project.organization())) {
            return null;
        }
        return "Copyright © " + (isBlank(project.inceptionYear()) ? "" : project.inceptionYear().strip() + " ")
                + project.organization().strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
