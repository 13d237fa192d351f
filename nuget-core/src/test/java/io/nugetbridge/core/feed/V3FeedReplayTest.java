package io.nugetbridge.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recorded JFrog Artifactory feed (Dependency-Track's recording: no flat container, a paged
 * SemVer 2 registration hive, packageContent URLs that are not .nupkg paths) served back byte for
 * byte on 127.0.0.1, with only the templated host replaced by the test server's address.
 */
@RequiresCorpus
class V3FeedReplayTest {

    private static final String REPO = "/artifactory/api/nuget/v3/nuget-repo/registration-semver2/microsoft.data.sqlclient/";
    private static final String RECORDED = "v3/artifactory/registration-semver2/microsoft.data.sqlclient/";

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private NuGetHttpClient http;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> routes = Map.of(
                "/index.json", "v3/artifactory/dependency-track-service-index.json",
                REPO + "index.json", RECORDED + "index.json",
                REPO + "page/1.0.19123.2-preview/5.1.0.json", RECORDED + "page-1.0.19123.2-preview-5.1.0.json",
                REPO + "page/5.1.1/6.1.0.json", RECORDED + "page-5.1.1-6.1.0.json",
                "/artifactory/api/nuget/v3/nuget-repo/registration-semver2/Download/microsoft.data.sqlclient/5.1.1",
                "nupkg/Dapper.2.0.78.nupkg");
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String fixture = routes.get(path);
            byte[] body = fixture == null ? new byte[0] : served(fixture);
            exchange.sendResponseHeaders(fixture == null ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        http = new NuGetHttpClient(HttpSettings.defaults());
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        server.stop(0);
    }

    private byte[] served(String fixture) throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.path(fixture));
        if (!fixture.endsWith(".json")) {
            return bytes;
        }
        return new String(bytes, StandardCharsets.UTF_8).replace("{{request.baseUrl}}", base)
                .getBytes(StandardCharsets.UTF_8);
    }

    private V3Feed feed() {
        return new V3Feed(URI.create(base + "/index.json"), Endpoint.anonymous("artifactory"), http,
                new ServiceIndexCache(http));
    }

    @Test
    void listsEveryVersionFromThePagedRegistrations() {
        V3Feed feed = feed();

        List<FeedPackage> versions = feed.versions("Microsoft.Data.SqlClient");

        assertThat(versions).hasSize(23);
        assertThat(versions.get(0).versionAsListed()).isEqualTo("1.0.19123.2-Preview");
        assertThat(versions.get(22).version()).isEqualTo(NuGetVersion.parse("6.1.0"));
        assertThat(versions).filteredOn(p -> !p.listed()).extracting(p -> p.version().toNormalizedString())
                .containsExactly("6.0.0", "6.1.0");
        assertThat(versions).allMatch(p -> p.id().equals("Microsoft.Data.SqlClient"));
        // Asking again, in any case, is answered from memory.
        feed.versions("microsoft.data.sqlclient");
        assertThat(hits.get(REPO + "index.json")).hasValue(1);
        assertThat(hits.get("/index.json")).hasValue(1);
    }

    @Test
    void findFetchesOnlyThePageWhoseBoundsMayHoldTheVersion() {
        V3Feed feed = feed();

        FeedPackage found = feed.find("Microsoft.Data.SqlClient", NuGetVersion.parse("5.1.1")).orElseThrow();

        assertThat(found.contentUri()).hasValue(URI.create(base
                + "/artifactory/api/nuget/v3/nuget-repo/registration-semver2/Download/microsoft.data.sqlclient/5.1.1"));
        assertThat(hits.get(REPO + "page/5.1.1/6.1.0.json")).hasValue(1);
        assertThat(hits).doesNotContainKey(REPO + "page/1.0.19123.2-preview/5.1.0.json");
        assertThat(feed.exists("Microsoft.Data.SqlClient", NuGetVersion.parse("9.9.9"))).isFalse();
    }

    @Test
    void downloadsThroughPackageContent(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("pkg.nupkg");

        assertThat(feed().download("Microsoft.Data.SqlClient", NuGetVersion.parse("5.1.1"), target)).isTrue();

        assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(Fixtures.path("nupkg/Dapper.2.0.78.nupkg")));
        assertThat(temp.toFile().list()).containsExactly("pkg.nupkg");
        assertThat(feed().download("Microsoft.Data.SqlClient", NuGetVersion.parse("9.9.9"), temp.resolve("x"))).isFalse();
    }

    @Test
    void unknownIdIsAnEmptyList() {
        assertThat(feed().versions("No.Such.Package")).isEmpty();
    }
}
