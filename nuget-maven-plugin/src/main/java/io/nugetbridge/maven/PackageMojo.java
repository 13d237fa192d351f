package io.nugetbridge.maven;

import io.nugetbridge.core.spec.ProjectInfo;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
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

    /**
     * The NuGet version, taken as written like NuGet's {@code -Version} (a version NuGet refuses fails the
     * build, NU5010); it replaces the nuspec's for pack. Default: the project's version, mapped.
     */
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

    /**
     * The POM's values, with the parameters above in place of the POM's where set.
     *
     * @throws MojoFailureException when the package would have no NuGet version: the one given is not a NuGet
     *                              version, or the project's cannot be mapped; either way naming nuget.version
     */
    protected ProjectInfo projectInfo() throws MojoFailureException {
        ProjectInfo info = PomProjectInfo.of(project, id, version, authors, tags);
        try {
            info.packageVersion();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(info.hasNuGetVersion()
                    ? "The NuGet version given in the parameter version (property nuget.version) is refused as NuGet"
                            + " refuses it: " + e.getMessage() + " Give a NuGet version such as 1.2.0 or 1.2.0-beta.1."
                    : e.getMessage() + " Give the NuGet version in the parameter version (property nuget.version).", e);
        }
        return info;
    }

    /** Whether to skip, saying so in the log. */
    protected boolean skipped(String goal) {
        if (skip) {
            getLog().info("Skipping nuget:" + goal + " (nuget.skip)");
        }
        return skip;
    }
}
