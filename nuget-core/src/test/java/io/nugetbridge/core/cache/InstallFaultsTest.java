package io.nugetbridge.core.cache;

import static io.nugetbridge.core.cache.CacheFixtures.V430;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.feed.LocalFolderFeed;
import io.nugetbridge.core.feed.ServiceIndexCache;
import io.nugetbridge.core.feed.V3Feed;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.http.StubServer;
import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.log.RecordingLog;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile or broken network or feed can do to an install, and that none of it leaves a trace. */
@Timeout(60)
@RequiresCorpus
class InstallFaultsTest {

    private static final String NUPKG_PATH = "/flat/polly/4.3.0/polly.4.3.0.nupkg";

    @TempDir
    Path root;

    @TempDir
    Path feedFolder;

    private byte[] polly;
    private NuGetHttpClient http;
    private GlobalPackagesFolder cache;

    @BeforeEach
    void setUp() throws IOException {
        polly = Files.readAllBytes(CacheFixtures.polly());
        http = new NuGetHttpClient(HttpSettings.defaults()
                .withRetries(3, Duration.ofMillis(2), Duration.ofMillis(20)));
        cache = new GlobalPackagesFolder(root, List.of(), NuGetLog.SILENT);
    }

    @AfterEach
    void tearDown() throws IOException {
        http.close();
    }

    @Test
    void aConnectionCutHalfwayThroughTheNupkgIsRetriedAndLeavesNoBrokenEntry() throws Exception {
        try (StubServer server = StubServer.start((exchange, index) -> {
            if (serveIndex(exchange)) {
                return;
            }
            if (index == 1) {
                cutHalfway(exchange);
            } else {
                send(exchange, polly);
            }
        })) {
            InstalledPackage installed = cache.install("Polly", V430, feed(server), Optional.of(CacheFixtures.POLLY_SHA512));

            assertThat(server.requests().stream().filter(r -> r.uri().getPath().equals(NUPKG_PATH))).hasSize(2);
            assertThat(Files.readAllBytes(installed.nupkg())).isEqualTo(polly);
            assertThat(CacheFixtures.files(installed.folder())).hasSize(19).contains(".nupkg.metadata");
            assertThat(CacheFixtures.names(root.resolve("polly"))).containsExactly("4.3.0");
        }
    }

    @Test
    void whenEveryAttemptIsCutTheErrorNamesThePackageAndNothingIsLeft() throws Exception {
        try (StubServer server = StubServer.start((exchange, index) -> {
            if (!serveIndex(exchange)) {
                cutHalfway(exchange);
            }
        })) {
            Feed feed = feed(server);
            assertThatThrownBy(() -> cache.install("Polly", V430, feed, Optional.empty()))
                    .isInstanceOf(CacheException.class)
                    .hasMessageContaining("Polly 4.3.0")
                    .hasMessageContaining(feed.source())
                    .hasMessageContaining(root.toString())
                    .hasMessageContaining(NUPKG_PATH);

            assertThat(cache.find("Polly", V430)).isEmpty();
            assertThat(root.resolve("polly")).doesNotExist();
        }
    }

    @Test
    void aDownloadThatDoesNotMatchTheFeedsHashIsRefusedWithBothHashes() throws Exception {
        try (StubServer server = StubServer.start((exchange, index) -> {
            if (!serveIndex(exchange)) {
                send(exchange, polly);
            }
        })) {
            Feed feed = feed(server);
            assertThatThrownBy(() -> cache.install("Polly", V430, feed, Optional.of(CacheFixtures.UNSAFE_SHA512)))
                    .isInstanceOf(CacheException.class)
                    .hasMessageContaining("Polly 4.3.0")
                    .hasMessageContaining(feed.source())
                    .hasMessageContaining(CacheFixtures.UNSAFE_SHA512)
                    .hasMessageContaining(CacheFixtures.POLLY_SHA512)
                    .hasMessageContaining("Nothing was installed into " + root);

            assertThat(cache.find("Polly", V430)).isEmpty();
            assertThat(root.resolve("polly")).doesNotExist();
        }
    }

    @Test
    void aFeedHashInAnotherBase64LayoutStillMatches() throws Exception {
        Files.copy(CacheFixtures.polly(), feedFolder.resolve("Polly.4.3.0.nupkg"));
        String wrapped = CacheFixtures.POLLY_SHA512.substring(0, 40) + "\r\n" + CacheFixtures.POLLY_SHA512.substring(40) + " ";

        InstalledPackage installed = cache.install("Polly", V430, new LocalFolderFeed(feedFolder), Optional.of(wrapped));

        assertThat(installed.sha512()).isEqualTo(CacheFixtures.POLLY_SHA512);
    }

    @Test
    void aPackageThatIsNotTheOneAskedForIsRefused() throws Exception {
        Path impostor = CacheFixtures.writePackage(feedFolder.resolve("impostor.nupkg"), "Evil", "4.3.0", Map.of());
        Feed lying = CacheFixtures.alwaysServing(impostor);

        assertThatThrownBy(() -> cache.install("Polly", V430, lying, Optional.empty()))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("Polly 4.3.0")
                .hasMessageContaining("Evil 4.3.0");
        assertThat(root.resolve("polly")).doesNotExist();
    }

    @Test
    void aVersionTheSourceDoesNotHaveIsItsOwnError() {
        assertThatThrownBy(() -> cache.install("Polly", V430, new LocalFolderFeed(feedFolder), Optional.empty()))
                .isInstanceOf(PackageNotOnSourceException.class)
                .hasMessageContaining("Polly 4.3.0")
                .hasMessageContaining(feedFolder.toString());
    }

    @Test
    void anEntryThatWouldEscapeTheFolderStopsTheInstallAndWritesNothingOutside() throws Exception {
        CacheFixtures.writePackage(feedFolder.resolve("Sneaky.1.0.0.nupkg"), "Sneaky", "1.0.0",
                Map.of("lib/ok.txt", "fine", "../../escaped.txt", "gotcha"));

        assertThatThrownBy(() -> cache.install("Sneaky", NuGetVersion.parse("1.0.0"),
                new LocalFolderFeed(feedFolder), Optional.empty()))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("Sneaky 1.0.0")
                .hasMessageContaining("../../escaped.txt");
        assertThat(CacheFixtures.names(root)).isEmpty();
        assertThat(root.getParent().resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void anIdThatWouldNameAnotherFolderIsRefusedBeforeAnythingIsWritten() {
        for (String id : List.of("../escaped", "a/b", "..", "x\\y", "")) {
            assertThatThrownBy(() -> cache.install(id, V430, CacheFixtures.unreachableFeed(), Optional.empty()))
                    .as(id)
                    .isInstanceOf(CacheException.class)
                    .hasMessageContaining("is not a valid NuGet package id");
        }
        assertThat(root).isEmptyDirectory();
        assertThat(cache.find("Dapper.Contrib_x-1", V430)).isEmpty();
    }

    @Test
    void aSecretInTheSourceUrlReachesNeitherTheMetadataNorTheLog() throws Exception {
        RecordingLog log = new RecordingLog();
        Feed feed = CacheFixtures.alwaysServing(CacheFixtures.polly(),
                "https://me:hunter2@feed.example/v3/index.json?token=hunter2");

        InstalledPackage installed = new GlobalPackagesFolder(root, List.of(), log).install("Polly", V430, feed, Optional.empty());

        assertThat(installed.source()).contains("https://***@feed.example/v3/index.json?token=***");
        assertThat(Files.readString(installed.folder().resolve(".nupkg.metadata"))).doesNotContain("hunter2");
        assertThat(log.lines).isNotEmpty().noneMatch(line -> line.contains("hunter2"));
    }

    @Test
    void payloadFilesCannotStandInForTheFilesThatMarkAnInstall() throws Exception {
        CacheFixtures.writePackage(feedFolder.resolve("Tricky.1.0.0.nupkg"), "Tricky", "1.0.0", Map.of(
                ".nupkg.metadata", "{\"version\":2,\"contentHash\":\"forged\"}",
                "tricky.1.0.0.nupkg.sha512", "forged",
                "other.nupkg", "not a package",
                "sub/[Content_Types].xml", "skipped anywhere, as NuGet does",
                "lib/readme.txt", "kept"));

        InstalledPackage installed = cache.install("Tricky", NuGetVersion.parse("1.0.0"),
                new LocalFolderFeed(feedFolder), Optional.empty());

        assertThat(CacheFixtures.files(installed.folder())).containsExactly(".nupkg.metadata", "lib/readme.txt",
                "tricky.1.0.0.nupkg", "tricky.1.0.0.nupkg.sha512", "tricky.nuspec");
        assertThat(installed.contentHash()).isEqualTo(installed.sha512()).isNotEqualTo("forged");
        assertThat(Files.readString(installed.sha512File())).isEqualTo(installed.sha512());
    }

    private Feed feed(StubServer server) {
        return new V3Feed(server.uri("/index.json"), Endpoint.anonymous("stub"), http, new ServiceIndexCache(http));
    }

    /** Answers the service index (a flat container only) and says so; false for any other request. */
    private static boolean serveIndex(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/index.json")) {
            return false;
        }
        String base = "http://127.0.0.1:" + exchange.getLocalAddress().getPort();
        send(exchange, ("{\"version\":\"3.0.0\",\"resources\":[{\"@id\":\"" + base
                + "/flat/\",\"@type\":\"PackageBaseAddress/3.0.0\"}]}").getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /** Promises the whole package, sends half, and drops the connection. */
    private void cutHalfway(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, polly.length);
        OutputStream out = exchange.getResponseBody();
        out.write(polly, 0, polly.length / 2);
        out.flush();
        exchange.close();
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
