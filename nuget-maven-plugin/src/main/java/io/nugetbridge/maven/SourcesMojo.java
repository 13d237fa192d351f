package io.nugetbridge.maven;

import io.nugetbridge.core.config.ConfigException;
import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.CredentialChain;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.config.SourcesReport;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Lists the NuGet sources in force for a folder, like {@code dotnet nuget list source}: the nuget.config
 * files read, each source's URL or path, protocol, state and declaring file, where its credentials come
 * from (the environment, a settings.xml {@code <server>} with the source's name, or nuget.config; never
 * their values), and the package source mapping. Runs with or without a project.
 */
@Mojo(name = "sources", requiresProject = false, threadSafe = true)
public class SourcesMojo extends AbstractMojo {

    private final SettingsDecrypter decrypter;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * The folder whose nuget.config files (it and its parents) apply; the project's base directory by
     * default, or the folder Maven runs in when there is no project.
     */
    @Parameter(property = "nuget.directory", defaultValue = "${project.basedir}")
    private File directory;

    /** One nuget.config to read instead of discovering them (NuGet's {@code -ConfigFile}). */
    @Parameter(property = "nuget.configFile")
    private File configFile;

    @Parameter(property = "nuget.skip", defaultValue = "false")
    private boolean skip;

    @Inject
    public SourcesMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping nuget:sources (nuget.skip)");
            return;
        }
        Map<String, String> environment = MavenEnvironment.variables(session);
        Path home = MavenEnvironment.userHome(session);
        ConfigLocations locations = ConfigLocations.standard(folder(), home, environment)
                .withExplicitFile(Optional.ofNullable(configFile).map(File::toPath));
        try {
            NuGetConfig config = NuGetConfig.load(locations, environment);
            CredentialChain credentials = CredentialChain.standard(environment, config,
                    Optional.of(new MavenServerCredentials(session.getSettings(), decrypter)));
            SourcesReport.lines(config, credentials).forEach(getLog()::info);
        } catch (ConfigException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** Without a pom, {@code ${project.basedir}} is empty: Maven's own base directory stands in. */
    private Path folder() {
        if (directory != null) {
            return directory.toPath();
        }
        return Path.of(Optional.ofNullable(session.getExecutionRootDirectory()).orElse(System.getProperty("user.dir")));
    }
}
