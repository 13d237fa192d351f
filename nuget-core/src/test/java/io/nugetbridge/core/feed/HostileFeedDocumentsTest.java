package io.nugetbridge.core.feed;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
}
