package io.nugetbridge.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.feed.FeedFactory;
import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.ArtipieServer;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pushes to a real NuGet server (Artipie on 127.0.0.1), checked by reading the package back through our feed client. */
@RequiresCorpus
class ArtipiePushTest {

    private NuGetHttpClient http;
    private FeedFactory feeds;

    @BeforeEach
    void start() {
        http = new NuGetHttpClient(HttpSettings.defaults());
        feeds = new FeedFactory(http);
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
    }

    private PackagePublisher publisher(ArtipieServer server, Endpoint endpoint) {
        return new PublisherFactory(http, feeds.serviceIndexes()).open(server.serviceIndex().toString(), Optional.empty(),
                endpoint);
    }

    @Test
    void anonymousPushThenReadBack(@TempDir Path temp) throws IOException {
        try (ArtipieServer server = ArtipieServer.start()) {
            Endpoint endpoint = Endpoint.anonymous("artipie");
            Path dapper = Fixtures.path("nupkg/Dapper.2.0.78.nupkg");

            PushResult result = publisher(server, endpoint).push(dapper, PushOptions.defaults());

            assertThat(result.outcome()).isEqualTo(PushResult.Outcome.PUSHED);
            assertThat(result.status()).isEqualTo(201);
            assertThat(result.target()).isEqualTo(server.base() + "/package/");
            Feed feed = feeds.open(server.serviceIndex().toString(), Optional.empty(), endpoint);
            Path back = temp.resolve("back.nupkg");
            assertThat(feed.download("Dapper", NuGetVersion.parse("2.0.78"), back)).isTrue();
            assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(dapper));
        }
    }

    @Test
    void aDuplicateFailsOrIsSkipped() {
        try (ArtipieServer server = ArtipieServer.start()) {
            Path polly = Fixtures.path("nupkg/Polly.4.3.0.nupkg");
            PackagePublisher publisher = publisher(server, Endpoint.anonymous("artipie"));
            publisher.push(polly, PushOptions.defaults());

            assertThatThrownBy(() -> publisher.push(polly, PushOptions.defaults()))
                    .isInstanceOf(PushException.class)
                    .hasMessageContaining("answered 409")
                    .hasMessageContaining("Polly 4.3.0 is already on the feed")
                    .hasMessageContaining("nuget.skipDuplicate=true");
            assertThat(publisher.push(polly, PushOptions.defaults().withSkipDuplicate(true)).outcome())
                    .isEqualTo(PushResult.Outcome.ALREADY_EXISTS);
        }
    }

    @Test
    void basicAuthLikeCodingAr() {
        try (ArtipieServer server = ArtipieServer.startWithBasicAuth("coding-user", "personal-access-token")) {
            Endpoint endpoint = Endpoint.anonymous("coding")
                    .withCredentials(new Credentials("coding-user", "personal-access-token", "test")).withApiKey("api");

            publisher(server, endpoint).push(Fixtures.path("nupkg/Polly.4.3.0.nupkg"), PushOptions.defaults());

            assertThat(server.requests()).containsExactly("GET /index.json", "PUT /package/");
            assertThat(feeds.open(server.serviceIndex().toString(), Optional.empty(), endpoint)
                    .exists("Polly", NuGetVersion.parse("4.3.0"))).isTrue();
        }
    }

    @Test
    void aWrongPasswordIsAClear401WithoutThePassword() {
        try (ArtipieServer server = ArtipieServer.startWithBasicAuth("coding-user", "right")) {
            Endpoint endpoint = Endpoint.anonymous("coding")
                    .withCredentials(new Credentials("coding-user", "wr0ng-pa55", "settings.xml server 'coding'"));

            assertThatThrownBy(() -> publisher(server, endpoint).push(Fixtures.path("nupkg/Polly.4.3.0.nupkg"),
                    PushOptions.defaults()))
                    .isInstanceOf(PushException.class)
                    .hasMessageContaining("answered 401")
                    .hasMessageContaining("user 'coding-user' from settings.xml server 'coding'")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wr0ng-pa55"));
        }
    }

    @Test
    void deleteIsNotSupportedByArtipie() {
        try (ArtipieServer server = ArtipieServer.start()) {
            assertThatThrownBy(() -> publisher(server, Endpoint.anonymous("artipie"))
                    .delete("Polly", NuGetVersion.parse("4.3.0")))
                    .hasMessageContaining("does not support deleting");
        }
    }
}
