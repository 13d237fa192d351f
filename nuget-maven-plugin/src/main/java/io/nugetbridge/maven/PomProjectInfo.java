package io.nugetbridge.maven;

import io.nugetbridge.core.spec.ProjectInfo;
import io.nugetbridge.core.spec.ProjectInfo.ProjectLicense;
import java.util.List;
import java.util.Objects;
import org.apache.maven.model.Developer;
import org.apache.maven.project.MavenProject;

/**
 * The POM's values as nuget-core's {@link ProjectInfo}: only reading, no NuGet rule. The {@code id},
 * {@code authors} and {@code tags} parameters, where set, replace what the POM says; the {@code version}
 * parameter is a NuGet version given outright, which core takes as written instead of mapping the POM's.
 */
final class PomProjectInfo {

    private PomProjectInfo() {}

    static ProjectInfo of(MavenProject project, String id, String version, String authors, String tags) {
        List<String> developers = authors != null && !authors.isBlank()
                ? List.of(authors.split(","))
                : project.getDevelopers().stream().map(PomProjectInfo::name).filter(Objects::nonNull).toList();
        List<ProjectLicense> licenses = project.getLicenses().stream()
                .map(l -> new ProjectLicense(l.getName(), l.getUrl())).toList();
        return new ProjectInfo(
                id != null && !id.isBlank() ? id : project.getArtifactId(),
                project.getVersion(),
                project.getModel().getName(), // not getName(), which falls back to the artifactId
                project.getDescription(),
                project.getUrl(),
                developers,
                project.getOrganization() == null ? null : project.getOrganization().getName(),
                project.getInceptionYear(),
                licenses,
                project.getScm() == null ? null : project.getScm().getUrl(),
                project.getScm() == null ? null : project.getScm().getConnection(),
                tags,
                version);
    }

    private static String name(Developer developer) {
        return developer.getName() != null && !developer.getName().isBlank() ? developer.getName() : developer.getId();
    }
}
