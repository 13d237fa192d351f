package io.nugetbridge.wagon;

import io.nugetbridge.core.cache.GlobalPackagesFolder;
import io.nugetbridge.core.cloud.AwsCodeArtifactApi;
import io.nugetbridge.core.cloud.CodeArtifactCredentials;
import io.nugetbridge.core.cloud.CodeArtifactTokenSource;
import io.nugetbridge.core.cloud.CodeArtifactTokens;
import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.config.SourceEndpoints;
import io.nugetbridge.core.feed.FeedFactory;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpProxy;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.publish.PublisherFactory;
import io.nugetbridge.core.repository.MavenRepositoryView;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * What every wagon instance of one Maven run shares: the nuget.config read once, one HTTP client (and so one
 * connection pool and service-index cache) per distinct HTTP setup, one view per feed (so version lists and
 * generated POMs are fetched and made once), the global packages folder and the CodeArtifact tokens.
 *
 * <p>Maven looks a wagon up anew for every transfer and runs several at once (Resolver's
 * {@code WagonTransporter} pools them), so the wagon itself is per-lookup and holds none of this. A Plexus
 * singleton component (META-INF/plexus/components.xml) injected into each. Thread-safe.
 */
public class WagonServices {

    private final Map<String, String> environment;
    private final Path home;
    private final Path workingFolder;
    private final NuGetLog log;
    private final Function<Optional<URI>, CodeArtifactTokenSource> codeArtifactApis;
    private final Map<Optional<URI>, CodeArtifactCredentials> codeArtifact = new ConcurrentHashMap<>();
    private final Map<Path, NuGetConfig> configs = new ConcurrentHashMap<>();
    private final Map<HttpSettings, FeedFactory> factories = new ConcurrentHashMap<>();
    private final Map<ViewKey, MavenRepositoryView> views = new ConcurrentHashMap<>();
    private final Map<Path, GlobalPackagesFolder> packageFolders = new ConcurrentHashMap<>();
    private final Map<String, String> spellings = new ConcurrentHashMap<>();

    /** The one Plexus makes: this process's environment, home, and the folder Maven builds in. */
    public WagonServices() {
        this(System.getenv(), Path.of(System.getProperty("user.home")), buildFolder(),
                new Slf4jNuGetLog(org.slf4j.LoggerFactory.getLogger("io.nugetbridge.wagon")),
                endpoint -> new AwsCodeArtifactApi(endpoint, AwsCodeArtifactApi.DEFAULT_DURATION));
    }

    /** @param codeArtifactApis where CodeArtifact tokens come from, for the region's endpoint (empty) or another */
    WagonServices(Map<String, String> environment, Path home, Path workingFolder, NuGetLog log,
            Function<Optional<URI>, CodeArtifactTokenSource> codeArtifactApis) {
        this.environment = Map.copyOf(environment);
        this.home = home;
        this.workingFolder = workingFolder;
        this.log = log;
        this.codeArtifactApis = codeArtifactApis;
    }

    NuGetLog log() {
        return log;
    }

    /**
     * Everything one repository needs, built on first use, not at connect time: Maven connects a wagon for
     * every lookup, Java artifacts included, which must be answered without a network call.
     */
    FeedConnection connect(FeedLocation location, WagonSettings settings, Optional<Credentials> credentials,
            Optional<String> apiKey, Optional<HttpProxy> mavenProxy) {
        location.requireSecureOrAllowed(settings);
        NuGetConfig config = config();
        // Tokens are cached per repository whichever endpoint issued them (CodeArtifactTokens.shared).
        CodeArtifactCredentials tokens = codeArtifact.computeIfAbsent(settings.codeArtifactEndpoint(),
                endpoint -> new CodeArtifactCredentials(environment, CodeArtifactTokens.shared(codeArtifactApis.apply(endpoint))));
        Endpoint endpoint = new SourceEndpoints(environment, config, tokens)
                .resolve(location.repositoryId(), location.location(), credentials, apiKey,
                        settings.allowInsecureConnections())
                .withHeaders(settings.httpHeaders());
        FeedFactory feeds = factories.computeIfAbsent(httpSettings(location, settings, config, mavenProxy),
                http -> new FeedFactory(new NuGetHttpClient(http)));
        GlobalPackagesFolder packages = packagesFolder(settings);
        Path packagesRoot = packages.root();
        MavenRepositoryView view = views.computeIfAbsent(
                new ViewKey(location.location(), endpoint, feeds, settings.targetFramework(), packagesRoot),
                key -> {
                    MavenRepositoryView made = new MavenRepositoryView(feeds.open(location.location(), Optional.empty(),
                            endpoint), packages, settings.targetFramework(), WagonServices::mavenOrder, Clock.systemUTC());
                    made.useSpellings(spellings);
                    return made;
                });
        PublisherFactory publishers = new PublisherFactory(feeds.http(), feeds.serviceIndexes());
        return new FeedConnection(location, settings, view, packages,
                () -> publishers.open(location.location(), Optional.empty(), endpoint));
    }

    /** The global packages folder a repository with these settings uses; no network, no HTTP client. */
    GlobalPackagesFolder packagesFolder(WagonSettings settings) {
        NuGetConfig config = config();
        Path packagesRoot = settings.globalPackagesFolder().map(p -> p.toAbsolutePath().normalize())
                .orElseGet(() -> config.globalPackagesFolder(home));
        return packageFolders.computeIfAbsent(packagesRoot,
                root -> new GlobalPackagesFolder(root, config.fallbackPackageFolders(), log));
    }

    private NuGetConfig config() {
        return configs.computeIfAbsent(workingFolder,
                folder -> NuGetConfig.load(ConfigLocations.standard(folder, home, environment), environment));
    }

    /**
     * Every POM made from now on, by every view, names these packages as given (lower-case id to the package's own
     * spelling): what NuGet's resolution in the build found, so that one package is one Maven artifact.
     */
    void useSpellings(Map<String, String> byLowerCaseId) {
        spellings.putAll(byLowerCaseId);
        views.values().forEach(view -> view.useSpellings(byLowerCaseId));
    }

    /** nuget.config's request limit and proxy, the repository's timeouts, and Maven's proxy, else the environment's. */
    private HttpSettings httpSettings(FeedLocation location, WagonSettings settings, NuGetConfig config,
            Optional<HttpProxy> mavenProxy) {
        HttpSettings http = settings.applyTo(config.config().applyTo(HttpSettings.defaults()));
        Optional<HttpProxy> proxy = mavenProxy.or(http::proxy)
                .or(() -> HttpProxy.fromEnvironment(environment, location.scheme()));
        return http.withProxy(proxy);
    }

    /** Maven's version order, as the running Maven defines it. */
    static int mavenOrder(String a, String b) {
        return new ComparableVersion(a).compareTo(new ComparableVersion(b));
    }

    /** The top folder of the build (set by Maven's launcher), where nuget.config discovery starts. */
    private static Path buildFolder() {
        String top = System.getProperty("maven.multiModuleProjectDirectory");
        return Path.of(top != null && !top.isBlank() ? top : System.getProperty("user.dir"));
    }

    /** One feed seen one way: the same source with other credentials, HTTP setup or framework is another view. */
    private record ViewKey(String location, Endpoint endpoint, FeedFactory feeds, NuGetFramework framework,
            Path packagesRoot) {}
}
