package io.nugetbridge.maven;

import io.nugetbridge.core.spec.Nuspec;
import io.nugetbridge.core.spec.NuspecFromProject;
import io.nugetbridge.core.spec.NuspecWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes a {@code .nuspec} filled from the POM, as {@code nuget spec} does, for {@code nuget:pack} to pack:
 * id (the artifactId), version (mapped from the Maven version, {@code 1.2-SNAPSHOT} becoming
 * {@code 1.2.0-SNAPSHOT}), authors ({@code <developers>}), description, title, SPDX license
 * ({@code <licenses>}), project URL, repository ({@code <scm>}), copyright ({@code <organization>},
 * {@code <inceptionYear>}) and tags. An existing file is never replaced unless {@code force} is set.
 *
 * <p>The values are written as they are now: to have a committed nuspec follow the POM, replace them
 * with tokens ({@code $version$}, {@code $description$} ...), which {@code nuget:pack} fills.
 */
@Mojo(name = "spec", threadSafe = true)
public class SpecMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The nuspec to write. */
    @Parameter(property = "nuget.nuspec", defaultValue = "${project.basedir}/src/main/nuget/${project.artifactId}.nuspec")
    private File nuspec;

    /** Replace the nuspec if it exists. */
    @Parameter(property = "nuget.force", defaultValue = "false")
    private boolean force;

    /** The package id. Default: the artifactId. */
    @Parameter(property = "nuget.id")
    private String id;

    /** The NuGet version. Default: the project's version, mapped. */
    @Parameter(property = "nuget.version")
    private String version;

    /** The authors, comma-separated. Default: the developers' names, else the organization. */
    @Parameter(property = "nuget.authors")
    private String authors;

    /** Space-separated tags. */
    @Parameter(property = "nuget.tags")
    private String tags;

    /** Skip this goal. */
    @Parameter(property = "nuget.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping nuget:spec (nuget.skip)");
            return;
        }
        if (nuspec.exists() && !force) {
            throw new MojoFailureException(nuspec + " exists; nuget:spec does not replace it unless told to"
                    + " (parameter force, property nuget.force)");
        }
        NuspecFromProject.Result result;
        try {
            result = NuspecFromProject.metadata(PomProjectInfo.of(project, id, version, authors, tags));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        result.warnings().forEach(getLog()::warn);
        try {
            Files.createDirectories(nuspec.toPath().toAbsolutePath().getParent());
            File temporary = new File(nuspec.getParentFile(), "." + nuspec.getName() + ".partial");
            NuspecWriter.write(Nuspec.of(result.metadata()), temporary.toPath());
            Files.move(temporary.toPath(), nuspec.toPath(), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new MojoExecutionException("Cannot write " + nuspec + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote " + nuspec + " for " + result.metadata().id() + " " + result.metadata().versionText());
    }
}
