package io.nugetbridge.maven;

import io.nugetbridge.core.cloud.AwsCodeArtifactApi;
import io.nugetbridge.core.cloud.CloudException;
import io.nugetbridge.core.cloud.CodeArtifactCredentials;
import io.nugetbridge.core.cloud.CodeArtifactRepository;
import io.nugetbridge.core.cloud.CodeArtifactTokens;
import io.nugetbridge.core.cloud.CodingRepository;
import io.nugetbridge.core.config.ConfigException;
import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.feed.FeedFactory;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.http.NuGetHttpException;
import io.nugetbridge.core.publish.PackagePublisher;
import io.nugetbridge.core.publish.PublisherFactory;
import io.nugetbridge.core.publish.PushException;
import io.nugetbridge.core.publish.PushOptions;
import io.nugetbridge.core.publish.PushResult;
import io.nugetbridge.core.publish.PushSource;
import io.nugetbridge.core.publish.PushSourceResolver;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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
 * Pushes packages to a NuGet feed (V3, V2 or a folder), like {@code nuget push}: the project's
 * {@code .nupkg} (what nuget:pack attached) and its {@code .snupkg}, or the files given. Works without a
 * project, so a Jenkins job can run {@code mvn nuget:push -Dnuget.source=... -Dnuget.package=x.nupkg} in
 * any folder. AWS CodeArtifact and Tencent CODING-AR sources are recognised by their URLs, or built from
 * their coordinates; CodeArtifact tokens are fetched with the AWS default credential chain when none is given.
 *
 * <p>Secrets are never mojo parameters, since {@code mvn -X} prints every parameter's value. They come from
 * a settings.xml {@code <server>}, the environment, or these user properties, read by the goal itself:
 * {@code -Dnuget.apiKey} (the {@code X-NuGet-ApiKey}; else {@code NUGET_API_KEY}), {@code -Dnuget.password}
 * (with {@code nuget.username}, ahead of every other credential), {@code -Dnuget.codeArtifact.token} (else
 * {@code CODEARTIFACT_AUTH_TOKEN}).
 */
@Mojo(name = "push", defaultPhase = LifecyclePhase.DEPLOY, requiresProject = false, threadSafe = true)
public class PushMojo extends AbstractMojo {

    private final SettingsDecrypter decrypter;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /**
     * Where to push: a feed URL (a V3 {@code index.json} or a V2 URL), a folder, or the name of a source in
     * nuget.config. Default: nuget.config's {@code defaultPushSource}, or the CodeArtifact or CODING-AR
     * repository given below.
     */
    @Parameter(property = "nuget.source")
    private String source;

    /** Packages to push: paths or globs, relative to the project (or the current folder). Default: the project's .nupkg. */
    @Parameter(property = "nuget.package")
    private List<String> packages;


    /** The settings.xml {@code <server>} holding the credentials; default: the source's name. */
    @Parameter(property = "nuget.serverId")
    private String serverId;

    /** User name for HTTP Basic, ahead of every other source of credentials. */
    @Parameter(property = "nuget.username")
    private String username;


    /** Report a version the feed already has and go on, instead of failing (NuGet's {@code --skip-duplicate}). */
    @Parameter(property = "nuget.skipDuplicate", defaultValue = "false")
    private boolean skipDuplicate;

    /** Push the {@code .snupkg} beside each package to the feed's symbol endpoint, when it has one. */
    @Parameter(property = "nuget.symbols", defaultValue = "true")
    private boolean symbols;

    /** Seconds one push attempt may take, upload included (NuGet's {@code -Timeout}). */
    @Parameter(property = "nuget.timeout", defaultValue = "300")
    private int timeoutSeconds;

    /** Allow plain {@code http://} to a host other than this machine (the feed's traffic is then readable). */
    @Parameter(property = "nuget.allowInsecureConnections", defaultValue = "false")
    private boolean allowInsecureConnections;

    /** One nuget.config to read instead of discovering them (NuGet's {@code -ConfigFile}). */
    @Parameter(property = "nuget.configFile")
    private File configFile;

    /** The folder whose nuget.config files apply; the project's folder by default. */
    @Parameter(property = "nuget.directory", defaultValue = "${project.basedir}")
    private File directory;

    /** CodeArtifact domain; with the owner, region and repository, the source URL is built from them. */
    @Parameter(property = "nuget.codeArtifact.domain")
    private String codeArtifactDomain;

    /** CodeArtifact domain owner: the 12-digit AWS account id. */
    @Parameter(property = "nuget.codeArtifact.domainOwner")
    private String codeArtifactDomainOwner;

    /** CodeArtifact region; default AWS_REGION (or AWS_DEFAULT_REGION). */
    @Parameter(property = "nuget.codeArtifact.region")
    private String codeArtifactRegion;

    /** CodeArtifact repository name. */
    @Parameter(property = "nuget.codeArtifact.repository")
    private String codeArtifactRepository;


    /** Another CodeArtifact API endpoint (a VPC endpoint); default: the region's. */
    @Parameter(property = "nuget.codeArtifact.endpoint")
    private String codeArtifactEndpoint;

    /** How long a fetched CodeArtifact token lasts, in seconds (900 to 43200). */
    @Parameter(property = "nuget.codeArtifact.tokenDuration", defaultValue = "43200")
    private long codeArtifactTokenDuration;

    /** CODING-AR team (the {@code <team>} of {@code <team>-nuget.pkg.coding.net}); with project and repository, builds the URL. */
    @Parameter(property = "nuget.coding.team")
    private String codingTeam;

    /** CODING-AR project. */
    @Parameter(property = "nuget.coding.project")
    private String codingProject;

    /** CODING-AR repository. */
    @Parameter(property = "nuget.coding.repository")
    private String codingRepository;

    @Parameter(property = "nuget.skip", defaultValue = "false")
    private boolean skip;

    @Inject
    public PushMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping nuget:push (nuget.skip)");
            return;
        }
        Path base = baseFolder();
        List<Path> files = PackageSelection.select(packages, project, base);
        if (files.isEmpty()) {
            throw new MojoFailureException("Nothing to push: the project has no .nupkg (run nuget:pack in the same"
                    + " build) and nuget.package names none.");
        }
        Map<String, String> environment = MavenEnvironment.variables(session);
        try {
            NuGetConfig config = NuGetConfig.load(ConfigLocations.standard(base, MavenEnvironment.userHome(session),
                    environment).withExplicitFile(Optional.ofNullable(configFile).map(File::toPath)), environment);
            AwsCodeArtifactApi aws = CodeArtifactApiSettings.api(codeArtifactEndpoint, codeArtifactTokenDuration);
            Optional<CodeArtifactRepository> codeArtifact = codeArtifactRepository(environment);
            Optional<String> requested = nonBlank(source).or(() -> codeArtifact.map(r -> aws.sourceUrl(r).toString()))
                    .or(this::codingSource);
            PushSource target = new PushSourceResolver(config).resolve(requested, "nuget.source", base);
            HttpSettings settings = config.config().applyTo(HttpSettings.defaults());
            Optional<io.nugetbridge.core.http.HttpProxy> proxy = MavenProxies.active(session.getSettings(), decrypter);
            if (proxy.isPresent()) {
                settings = settings.withProxy(proxy);
            }
            push(files, target, config, environment, settings, aws, codeArtifact);
        } catch (ConfigException | PushException | CloudException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (NuGetHttpException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private void push(List<Path> files, PushSource target, NuGetConfig config, Map<String, String> environment,
            HttpSettings settings, AwsCodeArtifactApi aws, Optional<CodeArtifactRepository> codeArtifact)
            throws MojoExecutionException {
        try (NuGetHttpClient http = new NuGetHttpClient(settings)) {
            Endpoint endpoint = new PushCredentials(environment, config,
                    new MavenServerCredentials(session.getSettings(), decrypter),
                    new CodeArtifactCredentials(environment, CodeArtifactTokens.shared(aws)))
                    .endpointFor(target, new PushCredentials.Explicit(nonBlank(username),
                            SecretProperties.read(session, SecretProperties.PASSWORD),
                            SecretProperties.read(session, SecretProperties.API_KEY), nonBlank(serverId),
                            SecretProperties.read(session, SecretProperties.CODEARTIFACT_TOKEN), allowInsecureConnections),
                            codeArtifact);
            getLog().debug("Pushing to " + target.location() + " (" + target.how() + ") as " + endpoint);
            PackagePublisher publisher = new PublisherFactory(http, new FeedFactory(http).serviceIndexes())
                    .open(target.location(), target.protocolVersion(), endpoint);
            PushOptions options = PushOptions.defaults().withSkipDuplicate(skipDuplicate).withSymbols(symbols)
                    .withTimeout(Duration.ofSeconds(timeoutSeconds)).withProgress(new UploadProgressLog(getLog()));
            for (Path file : files) {
                report(publisher.push(file, options), target);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not close the HTTP client: " + e.getMessage(), e);
        }
    }

    private void report(PushResult result, PushSource target) {
        if (result.outcome() == PushResult.Outcome.ALREADY_EXISTS) {
            getLog().warn(result.file() + " is already on " + target.name() + "; skipped (nuget.skipDuplicate)");
        } else {
            getLog().info("Pushed " + result.file() + " to " + target.name() + (result.status() > 0
                    ? " (" + result.status() + ")" : " (" + result.target() + ")"));
        }
        result.symbols().ifPresent(s -> getLog().info((s.outcome() == PushResult.Outcome.PUSHED ? "Pushed symbols "
                : "Symbols already there: ") + s.file() + " to " + s.target()));
    }

    /** The CodeArtifact repository given by its parts, when it is. */
    private Optional<CodeArtifactRepository> codeArtifactRepository(Map<String, String> environment)
            throws MojoFailureException {
        if (nonBlank(source).isPresent()
                || (nonBlank(codeArtifactDomain).isEmpty() && nonBlank(codeArtifactRepository).isEmpty())) {
            return Optional.empty();
        }
        String region = nonBlank(codeArtifactRegion).or(() -> nonBlank(environment.get("AWS_REGION")))
                .or(() -> nonBlank(environment.get("AWS_DEFAULT_REGION"))).orElseThrow(() ->
                        new MojoFailureException("Set nuget.codeArtifact.region (or AWS_REGION) for the CodeArtifact repository"));
        try {
            return Optional.of(new CodeArtifactRepository(require(codeArtifactDomain, "nuget.codeArtifact.domain"),
                    require(codeArtifactDomainOwner, "nuget.codeArtifact.domainOwner"), region,
                    require(codeArtifactRepository, "nuget.codeArtifact.repository")));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** The CODING-AR repository's URL, when given by its parts. */
    private Optional<String> codingSource() {
        if (nonBlank(codingTeam).isEmpty() && nonBlank(codingRepository).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CodingRepository(codingTeam, codingProject, codingRepository).sourceUrl().toString());
        } catch (IllegalArgumentException e) {
            throw new PushException(e.getMessage() + ": set nuget.coding.team, nuget.coding.project and"
                    + " nuget.coding.repository together.");
        }
    }

    private static String require(String value, String property) throws MojoFailureException {
        return nonBlank(value).orElseThrow(() -> new MojoFailureException("Set " + property
                + " too: the repository is built from all of its parts."));
    }

    private Path baseFolder() {
        if (directory != null) {
            return directory.toPath();
        }
        return Path.of(Optional.ofNullable(session.getExecutionRootDirectory()).orElse(System.getProperty("user.dir")));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
