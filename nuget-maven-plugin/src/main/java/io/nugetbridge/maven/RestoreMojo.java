package io.nugetbridge.maven;

import io.nugetbridge.core.cache.CacheException;
import io.nugetbridge.core.cloud.AwsCodeArtifactApi;
import io.nugetbridge.core.cloud.CodeArtifactCredentials;
import io.nugetbridge.core.cloud.CodeArtifactTokens;
import io.nugetbridge.core.config.ConfigException;
import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.CredentialChain;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.config.PackageSource;
import io.nugetbridge.core.feed.FeedException;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpException;
import io.nugetbridge.core.lockfile.LockFileException;
import io.nugetbridge.core.packaging.PackageException;
import io.nugetbridge.core.project.LockFileSettings;
import io.nugetbridge.core.project.PackagesConfigReader;
import io.nugetbridge.core.project.ProjectFileReader;
import io.nugetbridge.core.resolve.DiagnosticPolicy;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.ResolveException;
import io.nugetbridge.core.restore.ExactUnit;
import io.nugetbridge.core.restore.ReferenceUnit;
import io.nugetbridge.core.restore.RestoreException;
import io.nugetbridge.core.restore.RestoreReport;
import io.nugetbridge.core.restore.RestoreSession;
import io.nugetbridge.core.restore.RestoreUnit;
import io.nugetbridge.core.signing.SignatureException;
import io.nugetbridge.core.spec.NuspecException;
import io.nugetbridge.core.xml.XmlFileException;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Restores NuGet packages into {@code target/nuget/} by NuGet's own rules, with no .NET tool: the SDK-style project
 * files of the project folder (or those given), its {@code packages.config}, the packages listed in
 * {@code <packageReferences>} and the project's {@code nupkg} dependencies, from the sources of nuget.config, the
 * project's {@code nuget+} repositories and {@code <sources>}. Each package is extracted to
 * {@code packages/<Id>.<Version>/}, the assets each target framework uses are gathered into
 * {@code <tfm>/compile/}, {@code <tfm>/runtime/} and {@code <tfm>/native/}, and a summary of each input goes to
 * {@code summary/<input>.json}. Runs in {@code generate-resources}, so the resources plugin and every later step
 * can use the files. Offline ({@code -o}) only local folders are read.
 */
@Mojo(name = "restore", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class RestoreMojo extends AbstractMojo {

    private final SettingsDecrypter decrypter;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Packages to restore beside the project files': each an {@code <id>} and a {@code <version>} (version, range or float). */
    @Parameter
    private List<PackageReference> packageReferences;

    /**
     * Target frameworks for {@code <packageReferences>}, the {@code nupkg} dependencies and packages.config assets
     * ({@code net8.0,netstandard2.0}). Project files use their own TargetFramework(s).
     */
    @Parameter(property = "nuget.frameworks")
    private List<String> frameworks;

    /** SDK-style project files to restore; default: every {@code .csproj}, {@code .fsproj} and {@code .vbproj} in the project folder. */
    @Parameter(property = "nuget.projectFiles")
    private List<File> projectFiles;

    /** packages.config files to restore; default: {@code packages.config} in the project folder, when there is one. */
    @Parameter(property = "nuget.packagesConfigs")
    private List<File> packagesConfigs;

    /** More sources (feed URLs or folders), added to nuget.config's and the project's {@code nuget+} repositories. */
    @Parameter(property = "nuget.sources")
    private List<String> sources;

    /** Where the restore writes: {@code packages/}, the framework folders and {@code summary/}. */
    @Parameter(property = "nuget.outputDirectory", defaultValue = "${project.build.directory}/nuget")
    private File outputDirectory;

    /** A runtime identifier ({@code linux-x64}, {@code win-x64}): its {@code runtimes/<rid>/} assets, native ones included. */
    @Parameter(property = "nuget.runtime")
    private String runtime;

    /** Fail when a graph differs from its packages.lock.json (NuGet's RestoreLockedMode), for every input. */
    @Parameter(property = "nuget.locked", defaultValue = "false")
    private boolean lockedMode;

    /** Write packages.lock.json for {@code <packageReferences>} and {@code nupkg} dependencies (RestorePackagesWithLockFile). */
    @Parameter(property = "nuget.lockFile", defaultValue = "false")
    private boolean lockFile;

    /** That lock file; one already there is used, as NuGet does. */
    @Parameter(property = "nuget.lockFilePath", defaultValue = "${project.basedir}/packages.lock.json")
    private File lockFilePath;

    /** NuGet warning codes to drop (NoWarn), for every input. */
    @Parameter(property = "nuget.noWarn")
    private List<String> noWarn;

    /** NuGet warning codes to make errors (WarningsAsErrors), e.g. NU1605 as the .NET SDK does; for every input. */
    @Parameter(property = "nuget.warningsAsErrors")
    private List<String> warningsAsErrors;

    /** Every NuGet warning an error (TreatWarningsAsErrors). */
    @Parameter(property = "nuget.treatWarningsAsErrors", defaultValue = "false")
    private boolean treatWarningsAsErrors;

    /** One nuget.config to read instead of discovering them (NuGet's {@code -ConfigFile}). */
    @Parameter(property = "nuget.configFile")
    private File configFile;

    /**
     * Another CodeArtifact API endpoint (a VPC endpoint) for fetching tokens of CodeArtifact sources; default: the
     * region's. A CodeArtifact source (recognised by its URL) gets user {@code aws} and a token:
     * {@code CODEARTIFACT_AUTH_TOKEN}, else its credentials in settings.xml or nuget.config, else one fetched with
     * the AWS default credential chain when the source is first asked.
     */
    @Parameter(property = "nuget.codeArtifact.endpoint")
    private String codeArtifactEndpoint;

    /** How long a fetched CodeArtifact token lasts, in seconds (900 to 43200). */
    @Parameter(property = "nuget.codeArtifact.tokenDuration", defaultValue = "43200")
    private long codeArtifactTokenDuration;

    /** The whole dependency tree in the log, not only the direct packages. */
    @Parameter(property = "nuget.verbose", defaultValue = "false")
    private boolean verbose;

    @Parameter(property = "nuget.skip", defaultValue = "false")
    private boolean skip;

    @Inject
    public RestoreMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping nuget:restore (nuget.skip)");
            return;
        }
        long start = System.nanoTime();
        Path basedir = project.getBasedir().toPath();
        Map<String, String> environment = MavenEnvironment.variables(session);
        try {
            List<RestoreUnit> units = units(basedir);
            if (units.isEmpty()) {
                getLog().info("Nothing to restore: no project file, packages.config, <packageReferences> or nupkg dependency");
                return;
            }
            NuGetConfig config = NuGetConfig.load(ConfigLocations.standard(basedir, MavenEnvironment.userHome(session),
                    environment).withExplicitFile(Optional.ofNullable(configFile).map(File::toPath)), environment);
            warnOfPushOnlyCredentials();
            AwsCodeArtifactApi aws = CodeArtifactApiSettings.api(codeArtifactEndpoint, codeArtifactTokenDuration);
            CredentialChain credentials = CredentialChain.standard(environment, config,
                    Optional.of(new MavenServerCredentials(session.getSettings(), decrypter)))
                    .withCloudFeeds(environment, new CodeArtifactCredentials(environment, CodeArtifactTokens.shared(aws)));
            HttpSettings http = HttpSettings.defaults().withProxy(MavenProxies.active(session.getSettings(), decrypter));
            Path output = outputDirectory.toPath();
            RestoreReport report;
            try (RestoreSession restore = RestoreSession.open(config, addedSources(basedir), credentials, http,
                    session.isOffline(), MavenEnvironment.userHome(session), new MavenNuGetLog(getLog()))) {
                report = restore.run(units, output, Optional.ofNullable(runtime).filter(r -> !r.isBlank()));
            }
            new RestoreReportLog(getLog(), verbose).write(report, output, Duration.ofNanos(System.nanoTime() - start));
            if (!report.succeeded()) {
                throw new MojoFailureException(RestoreReportLog.failure(report, session.isOffline()));
            }
        } catch (ConfigException | XmlFileException | RestoreException | CacheException | LockFileException
                | SignatureException | ResolveException | FeedException | PackageException | NuspecException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (NuGetHttpException | UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private List<RestoreUnit> units(Path basedir) throws MojoFailureException {
        DiagnosticPolicy policy = new DiagnosticPolicy(codes(noWarn), codes(warningsAsErrors), treatWarningsAsErrors);
        List<RestoreUnit> units = new ArrayList<>();
        for (Path file : RestoreInputs.projectFiles(projectFiles, basedir)) {
            ReferenceUnit unit = ReferenceUnit.of(ProjectFileReader.read(file)).withPolicy(policy);
            units.add(lockedMode ? unit.locked() : unit);
        }
        List<PackageDependency> listed = new ArrayList<>(RestoreInputs.references(packageReferences));
        listed.addAll(RestoreInputs.nupkgDependencies(project, getLog()));
        if (!listed.isEmpty()) {
            Path lock = lockFilePath.toPath();
            LockFileSettings settings = new LockFileSettings(lockFile || Files.isRegularFile(lock), false, lock);
            ReferenceUnit unit;
            try {
                unit = ReferenceUnit.of(project.getArtifactId(), list(frameworks), listed, policy, settings);
            } catch (RestoreException e) {
                throw new MojoFailureException(e.getMessage() + " Set <frameworks> (nuget.frameworks) for nuget:restore.", e);
            }
            units.add(lockedMode ? unit.locked() : unit);
        }
        for (Path file : RestoreInputs.packagesConfigs(packagesConfigs, basedir)) {
            String name = basedir.relativize(file).toString().replace('\\', '/');
            units.add(ExactUnit.of(name, PackagesConfigReader.read(file), list(frameworks)));
        }
        return units;
    }

    /** The project's {@code nuget+} repositories, then {@code <sources>} (folders relative to the project). */
    private List<PackageSource> addedSources(Path basedir) {
        List<PackageSource> added = new ArrayList<>(MavenRepositorySources.of(project));
        for (String given : list(sources)) {
            String location = given.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*") ? MavenRepositorySources.location(given)
                    : basedir.resolve(given).normalize().toString();
            // Named by the location as it may be shown: a user:password@ or token in the URL never reaches a message.
            added.add(PackageSource.given(PackageSource.given(location, location, false).displayLocation(), location, false));
        }
        return added;
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    private static LinkedHashSet<String> codes(List<String> values) {
        return new LinkedHashSet<>(list(values));
    }

    /**
     * {@code nuget.username}/{@code nuget.password} are nuget:push's: a restore asks several sources, and one
     * password given on the command line must not be sent to all of them. Said rather than ignored in silence.
     */
    private void warnOfPushOnlyCredentials() {
        boolean username = SecretProperties.read(session, "nuget.username").isPresent();
        boolean password = SecretProperties.read(session, SecretProperties.PASSWORD).isPresent();
        if (username || password) {
            getLog().warn("nuget.username and nuget.password are read by nuget:push only, not by nuget:restore (a"
                    + " restore asks several sources, and one password must not go to all of them); give restore"
                    + " credentials per source: a settings.xml <server> whose id is the source's name, the"
                    + " NuGetPackageSourceCredentials_<name> variable, or packageSourceCredentials in nuget.config");
        }
    }
}
