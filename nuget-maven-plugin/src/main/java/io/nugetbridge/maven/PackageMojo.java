package io.nugetbridge.maven;

import io.nugetbridge.core.spec.ProjectInfo;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code nuget:spec} and {@code nuget:pack} share: the project, the parameters that replace the
 * POM's values for the package, and the skip switch.
 */
abstract class PackageMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The package id. Default: the artifactId. */
    @Parameter(property = "nuget.id")
    protected String id;

    /** The NuGet version, replacing the nuspec's for pack (NuGet's {@code -Version}). Default: the project's version, mapped. */
    @Parameter(property = "nuget.version")
    protected String version;

    /** The authors, comma-separated. Default: the developers' names, else the organization. */
    @Parameter(property = "nuget.authors")
    protected String authors;

    /** Space-separated tags, for a nuspec made from the POM. */
    @Parameter(property = "nuget.tags")
    protected String tags;

    /** Skip this goal. */
    @Parameter(property = "nuget.skip", defaultValue = "false")
    protected boolean skip;

    /** The POM's values, with the parameters above in place of the POM's where set. */
    protected ProjectInfo projectInfo() {
        return PomProjectInfo.of(project, id, version, authors, tags);
    }

    /** Whether to skip, saying so in the log. */
    protected boolean skipped(String goal) {
        if (skip) {
            getLog().info("Skipping nuget:" + goal + " (nuget.skip)");
        }
        return skip;
    }
}
