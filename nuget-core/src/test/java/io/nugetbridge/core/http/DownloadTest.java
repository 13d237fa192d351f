package io.nugetbridge.core.http;

import static io.nugetbridge.core.http.StubServer.respond;
import static io.nugetbridge.core.http.TestSettings.FEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class DownloadTest {

    private static final byte[] PACKAGE = packageBytes();

    @TempDir
    Path folder;

    @Test
    void aConnectionCutMidBodyIsRetriedAndTheFileArrivesWhole() throws Exception {
        Path target = folder.resolve("polly.4.3.0.nupkg");
        List<List<String>> folderWhenRetried = new CopyOnWriteArrayList<>();
        try (StubServer server = StubServer.start((exchange, index) -> {
                    if (index == 0) {
                        cutAfter(exchange, PACKAGE.length / 3);
                    } else {
                        folderWhenRetried.add(list(folder));
                        sendAll(exchange);
                    }
                });
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            boolean found = client.download(server.uri("/flat/polly/4.3.0/polly.4.3.0.nupkg"), FEED, target);

            assertThat(found).isTrue();
            assertThat(Files.readAllBytes(target)).isEqualTo(PACKAGE);
            assertThat(server.requests()).hasSize(2);
            // Between the cut and the retry, nothing stood at the target or beside it.
            assertThat(folderWhenRetried).containsExactly(List.of());
            assertThat(list(folder)).containsExactly("polly.4.3.0.nupkg");
        }
    }

    @Test
    void whenEveryAttemptIsCutNothingIsLeftBehind() throws Exception {
        Path target = folder.resolve("polly.4.3.0.nupkg");
        try (StubServer server = StubServer.start((exchange, index) -> cutAfter(exchange, 100));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            assertThatThrownBy(() -> client.download(server.uri("/p.nupkg"), FEED, target))
                    .isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("/p.nupkg")
                    .hasMessageContaining("3 attempt(s)");
            assertThat(server.requests()).hasSize(3);
            assertThat(list(folder)).isEmpty();
        }
    }

    @Test
    void aFailedDownloadLeavesAnEarlierFileUntouched() throws Exception {
        Path target = folder.resolve("polly.4.3.0.nupkg");
        Files.write(target, new byte[] {42});
        try (StubServer server = StubServer.start((exchange, index) -> cutAfter(exchange, 100));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(2))) {
            assertThatThrownBy(() -> client.download(server.uri("/p.nupkg"), FEED, target))
                    .isInstanceOf(NuGetHttpException.class);
            assertThat(Files.readAllBytes(target)).containsExactly(42);
            assertThat(list(folder)).containsExactly("polly.4.3.0.nupkg");
        }
    }

    @Test
    void aMissingPackageIsFalseAndCreatesNothing() throws Exception {
        Path target = folder.resolve("sub/none.1.0.0.nupkg");
        try (StubServer server = StubServer.start((exchange, index) -> respond(exchange, 404, "Not Found"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            assertThat(client.download(server.uri("/none.nupkg"), FEED, target)).isFalse();
            assertThat(Files.exists(target)).isFalse();
            assertThat(list(folder)).isEmpty();
        }
    }

    @Test
    void anErrorStatusIsAnErrorAndWritesNothing() throws Exception {
        Path target = folder.resolve("p.nupkg");
        try (StubServer server = StubServer.start((exchange, index) -> respond(exchange, 403, "Forbidden"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            assertThatThrownBy(() -> client.download(server.uri("/p.nupkg"), FEED, target))
                    .isInstanceOfSatisfying(NuGetHttpException.class, e -> assertThat(e.status()).hasValue(403))
                    .hasMessageContaining("permission");
            assertThat(list(folder)).isEmpty();
        }
    }

    /** Promises the whole package, sends part of it, and hangs up. */
    private static void cutAfter(HttpExchange exchange, int bytes) throws IOException {
        exchange.sendResponseHeaders(200, PACKAGE.length);
        OutputStream out = exchange.getResponseBody();
        out.write(PACKAGE, 0, bytes);
        out.flush();
        // Closing short of the promised length makes the JDK server drop the connection.
        exchange.close();
    }

    private static void sendAll(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, PACKAGE.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(PACKAGE);
        }
    }

    private static List<String> list(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] packageBytes() {
        byte[] bytes = new byte[300_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + (i >> 8));
        }
        return bytes;
    }
}
