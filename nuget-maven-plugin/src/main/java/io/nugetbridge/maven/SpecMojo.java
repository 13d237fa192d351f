package io.nugetbridge.maven;

import io.nugetbridge.core.spec.Nuspec;
import io.nugetbridge.core.spec.NuspecFromProject;
import io.nugetbridge.core.spec.NuspecWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a {@code .nuspec} filled from the POM, as {@code nuget spec} does, for {@code nuget:pack} to pack:
 * id (the artifactId), version ({@code nuget.version} as given, else mapped from the Maven version,
 * {@code 1.2-SNAPSHOT} becoming {@code 1.2.0-SNAPSHOT}), authors ({@code <developers>}), description, title, SPDX license
 * ({@code <licenses>}), project URL, repository ({@code <scm>}), copyright ({@code <organization>},
 * {@code <inceptionYear>}) and tags. An existing file is never replaced unless {@code force} is set.
 *
 * <p>The values are written as they are now: to have a committed nuspec follow the POM, replace them
 * with tokens ({@code $version$}, {@code $description$} ...), which {@code nuget:pack} fills.
 */
@Mojo(name = "spec", threadSafe = true)
public class SpecMojo extends PackageMojo {

    /** The nuspec to write. */
    @Parameter(property = "nuget.nuspec", defaultValue = "${project.basedir}/src/main/nuget/${project.artifactId}.nuspec")
    private File nuspec;

    /** Replace the nuspec if it exists. */
    @Parameter(property = "nuget.force", defaultValue = "false")
    private boolean force;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("spec")) {
            return;
        }
        if (nuspec.exists() && !force) {
            throw new MojoFailureException(nuspec + " exists; nuget:spec does not replace it unless told to"
                    + " (parameter force, property nuget.force)");
        }
        NuspecFromProject.Result result;
        try {
            result = NuspecFromProject.metadata(projectInfo());
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
