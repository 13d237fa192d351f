package io.nugetbridge.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.feed.FeedFactory;
import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.ArtipieServer;
import io.nugetbridge.testing.CodeArtifactStandIn;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nuget:push} against a real NuGet server (Artipie on 127.0.0.1), read back through our feed
 * client: anonymous and Basic auth, duplicates, a wrong password, the CODING-AR flow (settings.xml user and
 * token, API key {@code api}) and the CodeArtifact flow (nothing but the repository's coordinates: the
 * AWS SDK, signing with credentials from its default chain, asks a loopback stand-in for the repository's
 * URL and a token; Artipie, with Basic auth {@code aws}/that token, plays the repository).
 */
@MojoTest
@Basedir("/unit/push")
@RequiresCorpus
class PushMojoTest {

    private static final Path POLLY = Fixtures.path("nupkg/Polly.4.3.0.nupkg");

    @Inject
    private MavenSession session;

    @TempDir
    Path home;

    private final Settings settings = new Settings();
    private final java.util.Properties userProperties = new java.util.Properties();
    private final List<String> log = new ArrayList<>();
    private final Map<String, String> savedProperties = new HashMap<>();

    @BeforeEach
    void environment() {
        when(session.getSettings()).thenReturn(settings);
        when(session.getUserProperties()).thenReturn(userProperties);
        session.getSystemProperties().setProperty("user.home", home.toString());
    }

    @AfterEach
    void restoreSystemProperties() {
        savedProperties.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    @Test
    @InjectMojo(goal = "push")
    void pushesTheGivenPackageAndTheFeedHasIt(PushMojo mojo) throws Exception {
        try (ArtipieServer feed = ArtipieServer.start()) {
            configure(mojo, feed.serviceIndex().toString(), POLLY);

            mojo.execute();

            assertThat(log).contains("[info] Pushed Polly 4.3.0 to " + feed.serviceIndex() + " (201)");
            assertThat(readBack(feed, Endpoint.anonymous("check"))).isTrue();
        }
    }

    @Test
    @InjectMojo(goal = "push")
    void aDuplicateFailsUnlessSkipDuplicateIsOn(PushMojo mojo) throws Exception {
        try (ArtipieServer feed = ArtipieServer.start()) {
            feed.pushOrFail(POLLY);
            configure(mojo, feed.serviceIndex().toString(), POLLY);

            assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining("Polly 4.3.0 is already on the feed")
                    .hasMessageContaining("nuget.skipDuplicate=true");

            setVariableValueToObject(mojo, "skipDuplicate", true);
            mojo.execute();
            assertThat(log).contains("[warn] Polly 4.3.0 is already on " + feed.serviceIndex()
                    + "; skipped (nuget.skipDuplicate)");
        }
    }

    @Test
    @InjectMojo(goal = "push")
    void codingArFlowWithASettingsServerAndTheApiKeyApi(PushMojo mojo) throws Exception {
        try (ArtipieServer feed = ArtipieServer.startWithBasicAuth("coding-dev", "coding-pat-123")) {
            settings.addServer(server("coding", "coding-dev", "coding-pat-123"));
            configure(mojo, feed.serviceIndex().toString(), POLLY);
            setVariableValueToObject(mojo, "serverId", "coding");
            userProperties.setProperty("nuget.apiKey", "api"); // as -Dnuget.apiKey=api

            mojo.execute();

            assertThat(readBack(feed, Endpoint.anonymous("check")
                    .withCredentials(new Credentials("coding-dev", "coding-pat-123", "test")))).isTrue();
            assertThat(String.join("\n", log)).doesNotContain("coding-pat-123");
        }
    }

    @Test
    @InjectMojo(goal = "push")
    void aWrongPasswordIsAClear401WithoutThePassword(PushMojo mojo) throws Exception {
        try (ArtipieServer feed = ArtipieServer.startWithBasicAuth("ci", "right-password")) {
            settings.addServer(server("guarded", "ci", "wrong-password-987"));
            configure(mojo, feed.serviceIndex().toString(), POLLY);
            setVariableValueToObject(mojo, "serverId", "guarded");

            assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining("answered 401")
                    .hasMessageContaining("user 'ci' from settings.xml server 'guarded'")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-password-987"));
            assertThat(String.join("\n", log)).doesNotContain("wrong-password-987");
        }
    }

    @Test
    @InjectMojo(goal = "push")
    void codeArtifactWithNothingButItsCoordinates(PushMojo mojo) throws Exception {
        String token = "ca-token-" + System.nanoTime();
        setSystemProperty("aws.accessKeyId", "AKIATESTPUSH00000001");
        setSystemProperty("aws.secretAccessKey", "push-test-secret-key-not-real-000000000");
        setSystemProperty("aws.configFile", home.resolve("no-aws-config").toString());
        setSystemProperty("aws.sharedCredentialsFile", home.resolve("no-aws-credentials").toString());
        try (ArtipieServer repository = ArtipieServer.startBelow("/nuget/team-repo/v3", Optional.of(new String[] {"aws", token}));
                CodeArtifactStandIn aws = new CodeArtifactStandIn("AKIATESTPUSH00000001",
                        "push-test-secret-key-not-real-000000000", token)) {
            aws.answeringRepositoryEndpoint(repository.base().toString().replace("/v3", "/"));
            configure(mojo, null, POLLY);
            setVariableValueToObject(mojo, "codeArtifactDomain", "acme");
            setVariableValueToObject(mojo, "codeArtifactDomainOwner", "111122223333");
            setVariableValueToObject(mojo, "codeArtifactRegion", "eu-central-1");
            setVariableValueToObject(mojo, "codeArtifactRepository", "team-repo");
            setVariableValueToObject(mojo, "codeArtifactEndpoint", aws.endpoint().toString());

            mojo.execute();

            assertThat(aws.refusals()).isEmpty();
            assertThat(aws.issued()).singleElement().satisfies(issued -> {
                assertThat(issued.domain()).isEqualTo("acme");
                assertThat(issued.domainOwner()).isEqualTo("111122223333");
                assertThat(issued.region()).isEqualTo("eu-central-1");
            });
            assertThat(log).contains("[info] Pushed Polly 4.3.0 to " + repository.serviceIndex() + " (201)");
            assertThat(readBack(repository, Endpoint.anonymous("check").withCredentials(new Credentials("aws", token, "test"))))
                    .isTrue();
            assertThat(String.join("\n", log)).doesNotContain(token);
        }
    }

    /**
     * AWS's own guide: `aws codeartifact login` (or `dotnet nuget add source ... -n DOMAIN/REPO -u aws -p TOKEN`)
     * writes the token into nuget.config, then `push --source DOMAIN/REPO`. On an agent without AWS keys, the push
     * takes that token and never asks AWS, as restore and the wagon do.
     */
    @Test
    @InjectMojo(goal = "push")
    void codeArtifactWithTheTokenNuGetConfigHoldsAndNoAwsKeys(PushMojo mojo) throws Exception {
        String token = "ca-token-" + System.nanoTime();
        setSystemProperty("aws.configFile", home.resolve("no-aws-config").toString());
        setSystemProperty("aws.sharedCredentialsFile", home.resolve("no-aws-credentials").toString());
        setSystemProperty("aws.disableEc2Metadata", "true");
        try (ArtipieServer repository = ArtipieServer.startBelow("/nuget/team-repo/v3", Optional.of(new String[] {"aws", token}));
                CodeArtifactStandIn aws = new CodeArtifactStandIn("AKIATESTPUSH00000001",
                        "push-test-secret-key-not-real-000000000")) {
            Path config = Files.writeString(home.resolve("nuget.config"), """
                    <?xml version="1.0" encoding="utf-8"?>
                    <configuration>
                      <packageSources>
                        <add key="acme/team-repo" value="%s" />
                      </packageSources>
                      <packageSourceCredentials>
                        <acme_x002F_team-repo>
                          <add key="Username" value="aws" />
                          <add key="ClearTextPassword" value="%s" />
                        </acme_x002F_team-repo>
                      </packageSourceCredentials>
                    </configuration>
                    """.formatted(repository.serviceIndex(), token));
            configure(mojo, "acme/team-repo", POLLY);
            setVariableValueToObject(mojo, "configFile", config.toFile());
            setVariableValueToObject(mojo, "codeArtifactDomain", "acme");
            setVariableValueToObject(mojo, "codeArtifactDomainOwner", "111122223333");
            setVariableValueToObject(mojo, "codeArtifactRegion", "eu-central-1");
            setVariableValueToObject(mojo, "codeArtifactRepository", "team-repo");
            setVariableValueToObject(mojo, "codeArtifactEndpoint", aws.endpoint().toString());

            mojo.execute();

            assertThat(aws.issued()).as("no token asked of AWS").isEmpty();
            assertThat(log).contains("[info] Pushed Polly 4.3.0 to acme/team-repo (201)");
            assertThat(log).anyMatch(l -> l.contains("(user 'aws' from nuget.config " + config));
            assertThat(readBack(repository, Endpoint.anonymous("check").withCredentials(new Credentials("aws", token, "test"))))
                    .isTrue();
            assertThat(String.join("\n", log)).doesNotContain(token);
        }
    }

    @Test
    @InjectMojo(goal = "push")
    void aFolderSourceAndAGlob(PushMojo mojo) throws Exception {
        Path packages = Files.createDirectories(home.resolve("out"));
        Files.copy(POLLY, packages.resolve("Polly.4.3.0.nupkg"));
        Files.copy(Fixtures.path("nupkg/Dapper.2.0.78.nupkg"), packages.resolve("Dapper.2.0.78.nupkg"));
        Path folderFeed = home.resolve("feed");
        mojo.setLog(capturing());
        setVariableValueToObject(mojo, "source", folderFeed.toString());
        setVariableValueToObject(mojo, "packages", List.of(packages + "/*.nupkg"));

        mojo.execute();

        assertThat(folderFeed.resolve("polly/4.3.0/polly.4.3.0.nupkg")).exists();
        assertThat(folderFeed.resolve("dapper/2.0.78/dapper.2.0.78.nupkg")).exists();
        assertThat(log).filteredOn(l -> l.startsWith("[info] Pushed")).hasSize(2);
    }

    @Test
    @InjectMojo(goal = "push")
    void nothingToPushOrNoSourceSaySo(PushMojo mojo) throws Exception {
        mojo.setLog(capturing());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("Nothing to push");

        setVariableValueToObject(mojo, "packages", List.of(POLLY.toString()));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("No source to push to: set nuget.source");

        setVariableValueToObject(mojo, "source", "nosuchsource");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("There is no source named 'nosuchsource'");
    }

    @Test
    @InjectMojo(goal = "push")
    void skipsWhenAsked(PushMojo mojo) throws Exception {
        mojo.setLog(capturing());
        setVariableValueToObject(mojo, "skip", true);
        mojo.execute();
        assertThat(log).containsExactly("[info] Skipping nuget:push (nuget.skip)");
    }

    private void configure(PushMojo mojo, String source, Path nupkg) throws Exception {
        mojo.setLog(capturing());
        setVariableValueToObject(mojo, "source", source);
        setVariableValueToObject(mojo, "packages", List.of(nupkg.toString()));
    }

    private static boolean readBack(ArtipieServer feed, Endpoint endpoint) throws Exception {
        try (NuGetHttpClient http = new NuGetHttpClient(HttpSettings.defaults())) {
            Feed read = new FeedFactory(http).open(feed.serviceIndex().toString(), Optional.empty(), endpoint);
            return read.exists("Polly", NuGetVersion.parse("4.3.0"));
        }
    }

    private static Server server(String id, String username, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(username);
        server.setPassword(password);
        return server;
    }

    private void setSystemProperty(String key, String value) {
        savedProperties.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    private SystemStreamLog capturing() {
        return new CapturedLog(log, true);
    }
}
