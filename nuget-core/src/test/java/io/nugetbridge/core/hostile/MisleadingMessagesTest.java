package io.nugetbridge.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.config.ConfigException;
import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.feed.FeedException;
import io.nugetbridge.core.feed.LocalFolderFeed;
import io.nugetbridge.core.feed.ServiceIndexCache;
import io.nugetbridge.core.feed.V3Feed;
import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.http.NuGetHttpException;
import io.nugetbridge.core.http.StubServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 8: failures that blamed the wrong thing. A version list of the wrong JSON type and a folder
 * source that does not exist said "NU1101 no packages exist with this id"; a nuget.config that is a folder was
 * skipped in silence; a 401 from the target of a cross-origin redirect blamed credentials never sent there.
 */
class MisleadingMessagesTest {

    @TempDir
    Path work;

    @Test
    void aVersionListOfTheWrongJsonTypeSaysSoInsteadOfNoSuchPackage() throws Exception {
        try (StubServer server = StubServer.start((exchange, index) -> {
                    String path = exchange.getRequestURI().getPath();
                    if (path.equals("/index.json")) {
                        StubServer.respond(exchange, 200, "{\"version\":\"3.0.0\",\"resources\":[{\"@id\":\"http://127.0.0.1:"
                                + exchange.getLocalAddress().getPort() + "/flat/\",\"@type\":\"PackageBaseAddress/3.0.0\"}]}");
                    } else {
                        StubServer.respond(exchange, 200, "{\"versions\":{\"1.0.0\":true}}");
                    }
                });
                NuGetHttpClient http = new NuGetHttpClient(HttpSettings.defaults())) {
            V3Feed feed = new V3Feed(server.uri("/index.json"), Endpoint.anonymous("stub"), http, new ServiceIndexCache(http));

            assertThatThrownBy(() -> feed.versions("Lib.A")).isInstanceOf(FeedException.class)
                    .hasMessageContaining("/flat/lib.a/index.json").hasMessageContaining("\"versions\" is a JSON object");
        }
    }

    @Test
    void aFolderSourceThatDoesNotExistSaysSo() {
        Path missing = work.resolve("no-such-feed");

        assertThatThrownBy(() -> new LocalFolderFeed(missing).versions("Lib.A")).isInstanceOf(FeedException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("doesn't exist");
    }

    @Test
    void aNuGetConfigThatIsAFolderIsNamedNotSkipped() throws Exception {
        Path project = Files.createDirectories(work.resolve("repo/app"));
        Files.createDirectories(work.resolve("repo/nuget.config"));

        assertThatThrownBy(() -> NuGetConfig.load(ConfigLocations.standard(project, work.resolve("home"), Map.of()), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining(work.resolve("repo/nuget.config").toString())
                .hasMessageContaining("is a folder");
    }

    @Test
    void aRefusalFromTheTargetOfACrossOriginRedirectDoesNotBlameTheCredentials() throws Exception {
        try (StubServer elsewhere = StubServer.start((exchange, index) -> StubServer.respond(exchange, 401, ""));
                StubServer feed = StubServer.start((exchange, index) -> StubServer.respond(exchange, 302, "",
                        "Location", elsewhere.uri("/blob/lib.a.1.0.0.nupkg").toString()));
                NuGetHttpClient http = new NuGetHttpClient(HttpSettings.defaults())) {
            Endpoint endpoint = Endpoint.anonymous("corp").withCredentials(new Credentials("ci", "pw", "tests"));

            assertThatThrownBy(() -> http.download(feed.uri("/flat/lib.a/1.0.0/lib.a.1.0.0.nupkg"), endpoint,
                    work.resolve("lib.a.nupkg"))).isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("another origin").hasMessageContaining("No credentials were sent there")
                    .hasMessageNotContaining("were not accepted");
            assertThat(elsewhere.requests().get(0).header("Authorization")).isNull();
        }
    }
}
