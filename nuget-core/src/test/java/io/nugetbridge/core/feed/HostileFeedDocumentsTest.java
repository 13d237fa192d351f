package io.nugetbridge.core.feed;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.http.StubServer;
import io.nugetbridge.core.version.NuGetVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents a hostile feed serves (service index, registrations, search, V2 pages), generated to attack the
 * readers: deep nesting, and (issue 19) whatever else a feed can send. Each fails with a FeedException naming
 * the document, never with a StackOverflowError or OutOfMemoryError.
 */
class HostileFeedDocumentsTest {

    static final int DEEP = 100_000;
    static final URI INDEX = URI.create("http://127.0.0.1:1/v3/index.json");

    static byte[] deepJson(String prefix, String suffix) {
        return (prefix + "[".repeat(DEEP) + "]".repeat(DEEP) + suffix).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void deeplyNestedJsonDocumentsFailNamingTheDocument() {
        assertThatThrownBy(() -> ServiceIndex.parse(INDEX, deepJson("{\"version\":\"3.0.0\",\"resources\":", "}")))
                .isInstanceOf(FeedException.class).hasMessageContaining(INDEX.toString()).hasMessageContaining("nesting");
        assertThatThrownBy(() -> Registrations.parseIndex(deepJson("{\"items\":", "}"), "The registration index X", "x"))
                .isInstanceOf(FeedException.class).hasMessageContaining("The registration index X");
        assertThatThrownBy(() -> Registrations.parsePage(deepJson("{\"items\":", "}"), "The registration page X", "x"))
                .isInstanceOf(FeedException.class).hasMessageContaining("The registration page X");
        assertThatThrownBy(() -> SearchResults.parse(deepJson("{\"data\":", "}"), "The search X"))
                .isInstanceOf(FeedException.class).hasMessageContaining("The search X");
    }

    @Test
    void aDeeplyNestedV2PageFailsNamingThePage() {
        URI page = URI.create("http://127.0.0.1:1/api/v2/FindPackagesById()?id='x'");
        String xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>" + "<x>".repeat(DEEP) + "</x>".repeat(DEEP)
                + "</entry></feed>";

        assertThatThrownBy(() -> V2FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), page, "x"))
                .isInstanceOf(FeedException.class).hasMessageContaining(page.toString())
                .hasMessageContaining("nested more than");
    }

    /** Ids a feed, a nuspec, a lock file or a project might hand a feed: none is valid, none may reach a URL or path. */
    static final List<String> HOSTILE_IDS = List.of("../../rel-escape-dep", "..", "a/b", "a\\b", "x%2F..%2Fy", "a b",
            "a?b=c", "a#b", "", "-a", "a..b", "x".repeat(101), "%00", "a\u0000b", "C:\\x", "/etc/passwd");

    @Test
    void hostileIdsAreNeverAskedOfAV3FeedNorLookedUpInAFolder(@TempDir Path folder) throws Exception {
        try (StubServer server = StubServer.start((exchange, index) -> StubServer.respond(exchange, 200,
                        "{\"version\":\"3.0.0\",\"resources\":[{\"@id\":\"http://127.0.0.1:"
                                + exchange.getLocalAddress().getPort() + "/flat/\",\"@type\":\"PackageBaseAddress/3.0.0\"}]}"));
                NuGetHttpClient http = new NuGetHttpClient(HttpSettings.defaults())) {
            V3Feed feed = new V3Feed(server.uri("/index.json"), Endpoint.anonymous("stub"), http, new ServiceIndexCache(http));
            LocalFolderFeed local = new LocalFolderFeed(folder);
            for (String id : HOSTILE_IDS) {
                assertThatThrownBy(() -> feed.versions(id)).as(id).isInstanceOf(FeedException.class)
                        .hasMessageContaining("is not a valid package id");
                assertThatThrownBy(() -> feed.download(id, NuGetVersion.parse("1.0.0"), folder.resolve("x.nupkg")))
                        .as(id).isInstanceOf(FeedException.class);
                assertThatThrownBy(() -> local.versions(id)).as(id).isInstanceOf(FeedException.class);
            }
            org.assertj.core.api.Assertions.assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void feedUrlSegmentsArePercentEncodedAndNeverDotSegments() {
        org.assertj.core.api.Assertions.assertThat(FeedUris.under("http://h/flat/", "ünï.côde", "1.0.0+meta", "a b"))
                .hasToString("http://h/flat/%C3%BCn%C3%AF.c%C3%B4de/1.0.0+meta/a%20b");
        assertThatThrownBy(() -> FeedUris.under("http://h/flat/", "..", "index.json")).isInstanceOf(FeedException.class);
        org.assertj.core.api.Assertions.assertThat(FeedUris.under("http://h/flat/", "a/../b")).hasToString("http://h/flat/a%2F..%2Fb");
    }

    /** Generated attacks on every feed document reader: each is read or refused with a FeedException, nothing else. */
    @Test
    void everyFeedDocumentReaderFailsCleanlyOnGeneratedAttacks() {
        List<byte[]> attacks = List.of(
                "".getBytes(StandardCharsets.UTF_8),
                "null".getBytes(StandardCharsets.UTF_8),
                "[1,2,3]".getBytes(StandardCharsets.UTF_8),
                "{\"version\":{},\"resources\":\"x\",\"items\":7,\"data\":\"y\"}".getBytes(StandardCharsets.UTF_8),
                ("{\"version\":\"3.0.0\",\"items\":[{\"@id\":\"" + "x".repeat(20 << 20) + "\"}]}").getBytes(StandardCharsets.UTF_8),
                new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'},
                "{\"items\":[{\"items\":[{\"catalogEntry\":{\"id\":\"../../x\",\"version\":\"1.0.0\"}}]}]}".getBytes(StandardCharsets.UTF_8),
                ("{\"version\":\"3.0.0\",\"resources\":[" + "{\"@id\":\"http://h/\",\"@type\":\"x\"},".repeat(200_000)
                        + "{}]}").getBytes(StandardCharsets.UTF_8));
        URI page = URI.create("http://127.0.0.1:1/api/v2/Packages");
        for (byte[] attack : attacks) {
            List<Runnable> readers = List.of(() -> ServiceIndex.parse(INDEX, attack),
                    () -> Registrations.parseIndex(attack, "The registration index X", "x"),
                    () -> Registrations.parsePage(attack, "The registration page X", "x"),
                    () -> SearchResults.parse(attack, "The search X"),
                    () -> V2FeedParser.parse(attack, page, "x"));
            for (Runnable reader : readers) {
                try {
                    reader.run();
                } catch (FeedException e) {
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).containsAnyOf("X", INDEX.toString(), page.toString());
                }
            }
        }
    }
}
