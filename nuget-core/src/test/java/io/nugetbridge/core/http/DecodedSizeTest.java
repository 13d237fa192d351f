package io.nugetbridge.core.http;

import static io.nugetbridge.core.http.TestSettings.FEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 3: a 1 MiB .nupkg sent with {@code Content-Encoding: gzip} grew to 1,025 MiB on disk before
 * anything refused it. A body's decoded size is bounded as it is read: an encoded body may not decode to
 * far more than it could ever hold for real (a .nupkg is a zip, JSON shrinks ten- to twentyfold), and the
 * download stops at once, leaving nothing behind. The stub sends what a real server will not: a bomb.
 */
@Timeout(60)
class DecodedSizeTest {

    private static final byte[] BOMB = gzipOfZeros(256L * 1024 * 1024);

    @TempDir
    Path folder;

    @Test
    void aGzipBombPackageIsStoppedEarlyAndLeavesNothingBehind() throws Exception {
        Path target = folder.resolve("bomb.1.0.0.nupkg");
        try (StubServer server = StubServer.start((exchange, index) -> sendEncoded(exchange, BOMB));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            assertThatThrownBy(() -> client.download(server.uri("/flat/bomb/1.0.0/bomb.1.0.0.nupkg"), FEED, target))
                    .isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("/flat/bomb/1.0.0/bomb.1.0.0.nupkg")
                    .hasMessageContaining("gzip")
                    .hasMessageContaining("decodes to more than");
            assertThat(server.requests()).as("a bomb is not asked for twice").hasSize(1);
            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void aGzipBombDocumentIsStoppedBeforeItsSizeCap() throws Exception {
        try (StubServer server = StubServer.start((exchange, index) -> sendEncoded(exchange, BOMB));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            assertThatThrownBy(() -> client.getBytes(server.uri("/v3/index.json"), FEED, Long.MAX_VALUE))
                    .isInstanceOf(NuGetHttpException.class).hasMessageContaining("decodes to more than");
        }
    }

    @Test
    void aGzipEncodedPackageOfRealShapeArrivesIntact() throws Exception {
        byte[] nupkg = new byte[3 * 1024 * 1024];
        new Random(19).nextBytes(nupkg); // a zip's content is already compressed: gzip barely changes its size
        Path target = folder.resolve("real.1.0.0.nupkg");
        try (StubServer server = StubServer.start((exchange, index) -> sendEncoded(exchange, gzip(nupkg)));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            assertThat(client.download(server.uri("/real.nupkg"), FEED, target)).isTrue();
            assertThat(Files.readAllBytes(target)).isEqualTo(nupkg);
            assertThat(server.requests().get(0).header("Accept-Encoding")).contains("gzip");
        }
    }

    private static void sendEncoded(com.sun.net.httpserver.HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException ignored) {
            // the client hung up once it had seen enough
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gzipOfZeros(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
            for (long written = 0; written < size; written += zeros.length) {
                gzip.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
