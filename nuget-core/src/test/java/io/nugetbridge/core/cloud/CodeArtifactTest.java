package io.nugetbridge.core.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.feed.FeedFactory;
import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.publish.PublisherFactory;
import io.nugetbridge.core.publish.PushOptions;
import io.nugetbridge.core.publish.PushResult;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.ArtipieServer;
import io.nugetbridge.testing.CodeArtifactStandIn;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CodeArtifact: the URL form, the token order, the cache, and the real AWS SDK signing a
 * GetAuthorizationToken request that a loopback stand-in verifies (SigV4, recomputed with the secret).
 * AWS credentials come through the SDK's default chain; its first link, system properties, is used here
 * (the Maven build in it/ uses the environment), with the shared config files pointed at nothing.
 */
@RequiresCorpus
class CodeArtifactTest {

    private static final String ACCESS_KEY = "AKIATESTKEY000000001";
    private static final String SECRET_KEY = "test/secret/key/that/is/not/real/0000000";
    private static final CodeArtifactRepository REPO = new CodeArtifactRepository("my-domain", "111122223333",
            "eu-west-1", "my-repo");

    private final Map<String, String> saved = new java.util.HashMap<>();

    @BeforeEach
    void awsCredentialsThroughTheDefaultChain(@TempDir Path temp) {
        set("aws.accessKeyId", ACCESS_KEY);
        set("aws.secretAccessKey", SECRET_KEY);
        set("aws.configFile", temp.resolve("no-config").toString());
        set("aws.sharedCredentialsFile", temp.resolve("no-credentials").toString());
    }

    @AfterEach
    void restore() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Test
    void recognisesTheSourceUrlAndBuildsIt() {
        String url = "https://my-domain-111122223333.d.codeartifact.eu-west-1.amazonaws.com/nuget/my-repo/v3/index.json";

        assertThat(CodeArtifactRepository.fromSource(url)).hasValue(REPO);
        assertThat(REPO.sourceUrl()).isEqualTo(URI.create(url));
        assertThat(CodeArtifactRepository.fromSource("https://a-b-c-123456789012.d.codeartifact.us-east-1.amazonaws.com/nuget/Repo/"))
                .hasValueSatisfying(r -> {
                    assertThat(r.domain()).isEqualTo("a-b-c");
                    assertThat(r.repository()).isEqualTo("Repo");
                });
        assertThat(CodeArtifactRepository.fromSource("https://api.nuget.org/v3/index.json")).isEmpty();
        // The same URL to a NuGet client: an explicit default port, a slash after index.json, upper case in the host.
        assertThat(CodeArtifactRepository.fromSource(
                "https://my-domain-111122223333.d.codeartifact.eu-west-1.amazonaws.com:443/nuget/my-repo/v3/index.json"))
                .hasValue(REPO);
        assertThat(CodeArtifactRepository.fromSource(url + "/")).hasValue(REPO);
        assertThat(CodeArtifactRepository.fromSource(url.replace("my-domain-", "MY-DOMAIN-"))).hasValue(REPO);
        assertThat(CodeArtifactRepository.looksLikeButIsNot(url)).isFalse();
        assertThat(CodeArtifactRepository.looksLikeButIsNot(url.replace("/nuget/", "/maven/"))).isTrue();
        assertThat(CodeArtifactRepository.looksLikeButIsNot(url.replace("https:", "http:"))).isTrue();
        assertThat(CodeArtifactRepository.looksLikeButIsNot("https://api.nuget.org/v3/index.json")).isFalse();
        assertThatThrownBy(() -> new CodeArtifactRepository("d", "123", "r", "x")).hasMessageContaining("12-digit");
    }

    @Test
    void theSdkSignsAndTheStandInVerifies() {
        try (CodeArtifactStandIn aws = new CodeArtifactStandIn(ACCESS_KEY, SECRET_KEY)) {
            CodeArtifactToken token = new AwsCodeArtifactApi(Optional.of(aws.endpoint()), Duration.ofHours(12))
                    .fetch(REPO);

            assertThat(aws.refusals()).isEmpty();
            assertThat(aws.issued()).singleElement().satisfies(issued -> {
                assertThat(issued.token()).isEqualTo(token.value());
                assertThat(issued.domain()).isEqualTo("my-domain");
                assertThat(issued.domainOwner()).isEqualTo("111122223333");
                assertThat(issued.region()).isEqualTo("eu-west-1");
                assertThat(issued.durationSeconds()).isEqualTo(43200);
            });
            assertThat(token.expiration()).isAfter(Instant.now().plus(Duration.ofHours(11)));
            assertThat(token.toString()).doesNotContain(token.value());
        }
    }

    @Test
    void temporaryCredentialsSignTheirSessionTokenToo() {
        set("aws.sessionToken", "session-token-that-is-not-real");
        try (CodeArtifactStandIn aws = new CodeArtifactStandIn(ACCESS_KEY, SECRET_KEY)
                .requiringSessionToken("session-token-that-is-not-real")) {
            new AwsCodeArtifactApi(Optional.of(aws.endpoint()), Duration.ofHours(12)).fetch(REPO);

            assertThat(aws.refusals()).isEmpty();
            assertThat(aws.issued()).hasSize(1);
        }
    }

    @Test
    void aZeroDurationAsksForATokenAsLongAsTheSession() {
        try (CodeArtifactStandIn aws = new CodeArtifactStandIn(ACCESS_KEY, SECRET_KEY)) {
            CodeArtifactToken token = new AwsCodeArtifactApi(Optional.of(aws.endpoint()), Duration.ZERO).fetch(REPO);

            assertThat(aws.issued()).singleElement().extracting(CodeArtifactStandIn.Issued::durationSeconds).isEqualTo(0L);
            assertThat(token.expiration()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        }
        assertThatThrownBy(() -> new AwsCodeArtifactApi(Optional.empty(), Duration.ofSeconds(60)))
                .hasMessageContaining("between 15 minutes and 12 hours (or 0");
    }

    @Test
    void aWrongSecretSaysTheSignatureWasRefusedOnce() {
        try (CodeArtifactStandIn aws = new CodeArtifactStandIn(ACCESS_KEY, "another-secret")) {
            assertThatThrownBy(() -> new AwsCodeArtifactApi(Optional.of(aws.endpoint()), Duration.ofHours(1))
                    .fetch(REPO))
                    .isInstanceOf(CloudException.class)
                    .hasMessageStartingWith("AWS refused a CodeArtifact token for domain 'my-domain'")
                    .hasMessageContaining("the request's signature was refused (InvalidSignatureException)")
                    .hasMessageContaining("secret access key")
                    .hasMessageContaining("clock")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET_KEY).doesNotContain("..")
                            .doesNotContain("IAM").doesNotContain("codeartifact:GetAuthorizationToken"));
            assertThat(aws.refusals()).singleElement().asString().startsWith("The request signature we calculated");
        }
    }

    @Test
    void anUnknownAccessKeySaysSo() {
        try (CodeArtifactStandIn aws = new CodeArtifactStandIn("AKIAANOTHERKEY000001", SECRET_KEY)) {
            assertThatThrownBy(() -> new AwsCodeArtifactApi(Optional.of(aws.endpoint()), Duration.ofHours(1))
                    .fetch(REPO))
                    .hasMessageContaining("AWS does not know the access key or session token (UnrecognizedClientException)")
                    .hasMessageContaining("AWS_ACCESS_KEY_ID");
        }
    }

    @Test
    void noAwsCredentialsLeadsWithWhatToDo() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        set("aws.disableEc2Metadata", "true"); // never ask an instance metadata service from a test
        try (CodeArtifactStandIn aws = new CodeArtifactStandIn(ACCESS_KEY, SECRET_KEY)) {
            assertThatThrownBy(() -> new AwsCodeArtifactApi(Optional.of(aws.endpoint()), Duration.ofHours(1))
                    .fetch(REPO))
                    .isInstanceOf(CloudException.class)
                    .hasMessageStartingWith("Could not get a CodeArtifact token for domain 'my-domain' in eu-west-1:"
                            + " no AWS credentials were found. Give AWS credentials: AWS_ACCESS_KEY_ID")
                    .hasMessageContaining("AWS_PROFILE").hasMessageContaining("aws sso login")
                    .hasMessageContaining("CODEARTIFACT_AUTH_TOKEN")
                    .satisfies(e -> {
                        assertThat(e.getMessage()).hasSizeLessThan(600).doesNotContain("SystemPropertyCredentialsProvider");
                        assertThat(e.getCause().getMessage()).as("the SDK's account stays in the cause")
                                .contains("Unable to load credentials");
                    });
            assertThat(aws.issued()).isEmpty();
        }
    }

    @Test
    void aFetchedTokenThatExpiresMidBuildIsFetchedAgainAndTheRequestSentOnce() throws Exception {
        try (CodeArtifactStandIn aws = new CodeArtifactStandIn(ACCESS_KEY, SECRET_KEY)
                        .issuingTokensLasting(Duration.ofSeconds(3));
                ArtipieServer repository = ArtipieServer.startBelowCheckingPasswords("/nuget/my-repo/v3", "aws", aws::accepts);
                NuGetHttpClient http = new NuGetHttpClient(HttpSettings.defaults())) {
            CodeArtifactCredentials credentials = new CodeArtifactCredentials(Map.of(), CodeArtifactTokens.isolated(
                    new AwsCodeArtifactApi(Optional.of(aws.endpoint()), Duration.ofHours(12)), Clock.systemUTC()));
            Endpoint endpoint = Endpoint.anonymous("codeartifact")
                    .withCredentials(credentials.resolve(REPO, Optional.empty(), Optional.empty()));
            FeedFactory feeds = new FeedFactory(http);
            PublisherFactory publishers = new PublisherFactory(http, feeds.serviceIndexes());
            String source = repository.serviceIndex().toString();

            assertThat(publishers.open(source, Optional.empty(), endpoint)
                    .push(Fixtures.path("nupkg/Swagger.Net.0.5.5.nupkg"), PushOptions.defaults()).outcome())
                    .isEqualTo(PushResult.Outcome.PUSHED);
            Thread.sleep(3500); // the first token has run out
            repository.clearRequests();
            PushResult second = publishers.open(source, Optional.empty(), endpoint)
                    // Small: Artipie answers 401 without reading the body, so a large one would fill the socket first.
                    .push(Fixtures.path("nupkg/System.Data.SQLite.Core.1.0.113.7.nupkg"), PushOptions.defaults());
            boolean stillThere = feeds.open(source, Optional.empty(), endpoint)
                    .exists("System.Data.SQLite.Core", NuGetVersion.parse("1.0.113.7"));

            assertThat(second.outcome()).isEqualTo(PushResult.Outcome.PUSHED);
            assertThat(stillThere).isTrue();
            assertThat(aws.issued()).as("fetched again once, after the 401").hasSize(2);
            assertThat(repository.requests()).as("the push sent twice: refused with the old token, taken with the new")
                    .filteredOn(r -> r.startsWith("PUT ")).hasSize(2);
            assertThat(repository.requests()).as("later requests carry the new token at once")
                    .filteredOn(r -> r.startsWith("GET ")).hasSize(1);
        }
    }

    @Test
    void aTokenTheUserGaveThatExpiredSaysHowToGetANewOne() throws Exception {
        try (CodeArtifactStandIn aws = new CodeArtifactStandIn(ACCESS_KEY, SECRET_KEY)
                        .issuingTokensLasting(Duration.ofSeconds(1));
                ArtipieServer repository = ArtipieServer.startBelowCheckingPasswords("/nuget/my-repo/v3", "aws", aws::accepts);
                NuGetHttpClient http = new NuGetHttpClient(HttpSettings.defaults())) {
            String expired = new AwsCodeArtifactApi(Optional.of(aws.endpoint()), Duration.ofHours(12)).fetch(REPO).value();
            Thread.sleep(1500);
            CodeArtifactCredentials credentials = new CodeArtifactCredentials(Map.of("CODEARTIFACT_AUTH_TOKEN", expired),
                    CodeArtifactTokens.isolated(r -> {
                        throw new AssertionError("a token the user gave is not replaced behind their back");
                    }, Clock.systemUTC()));
            Endpoint endpoint = Endpoint.anonymous("codeartifact")
                    .withCredentials(credentials.resolve(REPO, Optional.empty(), Optional.empty()));
            FeedFactory feeds = new FeedFactory(http);

            assertThatThrownBy(() -> new PublisherFactory(http, feeds.serviceIndexes())
                    .open(repository.serviceIndex().toString(), Optional.empty(), endpoint)
                    .push(Fixtures.path("nupkg/System.Data.SQLite.Core.1.0.113.7.nupkg"), PushOptions.defaults()))
                    .hasMessageContaining("401")
                    .hasMessageContaining("from the CODEARTIFACT_AUTH_TOKEN environment variable")
                    .hasMessageContaining("has probably expired")
                    .hasMessageContaining("aws codeartifact get-authorization-token --domain my-domain --domain-owner"
                            + " 111122223333 --region eu-west-1 --query authorizationToken --output text")
                    .hasMessageContaining("aws codeartifact login --tool dotnet")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(expired));
            assertThat(aws.issued()).hasSize(1);
        }
    }

    @Test
    void tokensAreReusedUntilShortlyBeforeTheyExpire() {
        AtomicInteger fetches = new AtomicInteger();
        Instant start = Instant.parse("2026-12-02T10:00:00Z");
        MutableClock clock = new MutableClock(start);
        CodeArtifactTokens tokens = CodeArtifactTokens.isolated(repo -> new CodeArtifactToken(
                "t" + fetches.incrementAndGet(), clock.instant().plus(Duration.ofHours(1)), "test"), clock);

        assertThat(tokens.get(REPO).value()).isEqualTo("t1");
        clock.now = start.plus(Duration.ofMinutes(54));
        assertThat(tokens.get(REPO).value()).as("still 6 minutes left").isEqualTo("t1");
        clock.now = start.plus(Duration.ofMinutes(56));
        assertThat(tokens.get(REPO).value()).as("within the 5-minute margin").isEqualTo("t2");
        assertThat(tokens.get(new CodeArtifactRepository("my-domain", "111122223333", "eu-west-1", "other-repo")).value())
                .as("a token serves the whole domain").isEqualTo("t2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void credentialsInTheDocumentedOrder() {
        CodeArtifactTokens fromAws = CodeArtifactTokens.isolated(repo -> new CodeArtifactToken("from-aws",
                Instant.now().plus(Duration.ofHours(1)), "GetAuthorizationToken"), Clock.systemUTC());
        Optional<Credentials> server = Optional.of(new Credentials("", "from-settings", "settings.xml server 'ca'"));

        Optional<Credentials> explicit = CodeArtifactCredentials.explicitToken(Optional.of("explicit"),
                "nuget.codeArtifact.token");

        assertThat(new CodeArtifactCredentials(Map.of("CODEARTIFACT_AUTH_TOKEN", "from-env"), fromAws)
                .resolve(REPO, explicit, server))
                .matches(c -> c.sameSecretAs(new Credentials("aws", "explicit", "")))
                .extracting(Credentials::origin).isEqualTo("the nuget.codeArtifact.token parameter");
        assertThat(new CodeArtifactCredentials(Map.of("CODEARTIFACT_AUTH_TOKEN", "from-env"), fromAws)
                .resolve(REPO, Optional.empty(), server).password()).isEqualTo("from-env");
        assertThat(new CodeArtifactCredentials(Map.of(), fromAws).resolve(REPO, Optional.empty(), server))
                .matches(c -> c.sameSecretAs(new Credentials("aws", "from-settings", "")))
                .extracting(Credentials::origin).isEqualTo("settings.xml server 'ca'");
        assertThat(new CodeArtifactCredentials(Map.of(), fromAws).resolve(REPO, Optional.empty(), Optional.empty()))
                .matches(c -> c.sameSecretAs(new Credentials("aws", "from-aws", "")))
                .extracting(Credentials::origin).isEqualTo("GetAuthorizationToken");
    }

    @Test
    void pushWithNothingButTheRepositoryConfigured() throws Exception {
        String token = "ca-token-for-artipie";
        try (CodeArtifactStandIn aws = new CodeArtifactStandIn(ACCESS_KEY, SECRET_KEY, token);
                ArtipieServer repository = ArtipieServer.startWithBasicAuth("aws", token);
                NuGetHttpClient http = new NuGetHttpClient(HttpSettings.defaults())) {
            CodeArtifactCredentials credentials = new CodeArtifactCredentials(Map.of(), CodeArtifactTokens.isolated(
                    new AwsCodeArtifactApi(Optional.of(aws.endpoint()), Duration.ofHours(12)), Clock.systemUTC()));
            Endpoint endpoint = Endpoint.anonymous("codeartifact")
                    .withCredentials(credentials.resolve(REPO, Optional.empty(), Optional.empty()));
            FeedFactory feeds = new FeedFactory(http);

            // Artipie plays the repository at the URL the real one would have had.
            PushResult result = new PublisherFactory(http, feeds.serviceIndexes())
                    .open(repository.serviceIndex().toString(), Optional.empty(), endpoint)
                    .push(Fixtures.path("nupkg/Polly.4.3.0.nupkg"), PushOptions.defaults());

            assertThat(result.outcome()).isEqualTo(PushResult.Outcome.PUSHED);
            assertThat(feeds.open(repository.serviceIndex().toString(), Optional.empty(), endpoint)
                    .exists("Polly", NuGetVersion.parse("4.3.0"))).isTrue();
            assertThat(aws.issued()).hasSize(1);
        }
    }

    private void set(String key, String value) {
        saved.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
