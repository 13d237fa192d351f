package io.nugetbridge.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nuspecs come from packages anyone can publish, so reading one must never fetch, read or expand
 * anything it declares. Every DOCTYPE is refused, fast, with an error that names the file.
 */
class NuspecSecurityTest {

    private static final Duration FAST = Duration.ofSeconds(5);

    @ParameterizedTest
    @ValueSource(strings = {"xxe.nuspec", "billion-laughs.nuspec", "external-dtd.nuspec"})
    void doctypeIsRefusedFastAndTheErrorNamesTheFile(String name) throws Exception {
        Path file = resource(name);

        NuspecException error = assertTimeoutPreemptively(FAST,
                () -> org.junit.jupiter.api.Assertions.assertThrows(NuspecException.class, () -> NuspecReader.read(file)));

        assertThat(error.getMessage())
                .contains(file.toString())
                .contains("contains a DOCTYPE; nuspec files must not declare DTDs or entities");
        assertThat(error.source()).isEqualTo(file.toString());
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(1);
        // nothing of /etc/passwd can have leaked into the message
        assertThat(error.getMessage()).doesNotContain("root:");
    }

    @Test
    void doctypeIsFoundBehindCommentsAndProcessingInstructions() {
        String xml = "\uFEFF<?xml version=\"1.0\"?>\n<!-- a comment <!DOCTYPE not here> -->\n<?pi data?>\n"
                + "  <!DOCTYPE package [<!ENTITY e \"x\">]>\n<package><metadata><id>&e;</id></metadata></package>";

        assertThatThrownBy(() -> NuspecReader.read(xml.getBytes(StandardCharsets.UTF_8), "sneaky.nuspec"))
                .isInstanceOf(NuspecException.class)
                .hasMessageStartingWith("sneaky.nuspec (line 4, column 3): contains a DOCTYPE");
    }

    @Test
    void doctypeInUtf16IsRefusedToo() {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><!DOCTYPE package SYSTEM \"http://127.0.0.1:1/x.dtd\"><package/>";
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> NuspecReader.read(bytes, "utf16.nuspec"))
                .isInstanceOf(NuspecException.class)
                .hasMessageContaining("utf16.nuspec")
                .hasMessageContaining("DOCTYPE");
    }

    /** An external DTD on a port that is listening: the reader must fail without ever connecting. */
    @Test
    void externalDtdIsNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x.dtd";
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE package SYSTEM \"" + url + "\">\n"
                    + "<package><metadata><id>A</id></metadata></package>";

            assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(
                    () -> NuspecReader.read(xml.getBytes(StandardCharsets.UTF_8), "external.nuspec"))
                    .isInstanceOf(NuspecException.class)
                    .hasMessageContaining("external.nuspec"));

            assertNoConnection(server);
        }
    }

    /**
     * The parser behind the DOCTYPE guard is hardened on its own: even if a DTD reached it, external
     * entities (general and parameter) would not be fetched and entity references would not be expanded.
     */
    @Test
    void parserBehindTheGuardResolvesNothingEither() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE package SYSTEM \"" + base + "/x.dtd\" [\n"
                    + "  <!ENTITY % remote SYSTEM \"" + base + "/p.ent\">\n  %remote;\n"
                    + "  <!ENTITY xxe SYSTEM \"" + base + "/secret\">\n]>\n"
                    + "<package><metadata><description>&xxe;</description></metadata></package>";
            AtomicInteger dtdEvents = new AtomicInteger();

            assertTimeoutPreemptively(FAST, () -> {
                XMLStreamReader reader = NuspecParser.hardenedFactory().createXMLStreamReader(new StringReader(xml));
                assertThatThrownBy(() -> {
                    while (reader.hasNext()) {
                        if (reader.next() == XMLStreamReader.DTD) {
                            dtdEvents.incrementAndGet();
                        }
                    }
                }).isInstanceOf(XMLStreamException.class).hasMessageContaining("xxe");
            });

            assertThat(dtdEvents).hasValue(1);
            assertNoConnection(server);
        }
    }

    private static void assertNoConnection(ServerSocket server) throws Exception {
        server.setSoTimeout(300);
        assertThatThrownBy(server::accept)
                .as("nobody may have connected to %s", server.getLocalSocketAddress())
                .isInstanceOf(SocketTimeoutException.class);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(NuspecSecurityTest.class.getResource("/spec/" + name).toURI());
    }
}
