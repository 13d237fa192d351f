package io.nugetbridge.core.http;

import static io.nugetbridge.core.http.StubServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each test waits out one short timeout of its own (about a second); none may hang. */
@Timeout(30)
class TimeoutTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    private static final Endpoint FEED = Endpoint.anonymous("slow-feed");
    private static final Duration LONG = Duration.ofSeconds(30);
    private static final Duration SHORT = Duration.ofSeconds(1);

    @Test
    void aServerThatNeverAnswersFailsAfterTheResponseTimeout() throws Exception {
        AtomicReference<StubServer> self = new AtomicReference<>();
        try (StubServer feed = StubServer.start((exchange, index) -> self.get().hang());
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1)
                        .withTimeouts(LONG, SHORT, LONG, LONG))) {
            self.set(feed);
            assertThatThrownBy(() -> client.getBytes(feed.uri("/v3/index.json"), FEED, 1024))
                    .isInstanceOfSatisfying(NuGetHttpException.class, e -> assertThat(e.status()).isEmpty())
                    .hasMessageContaining("'slow-feed'")
                    .hasMessageContaining(feed.uri("/v3/index.json").toString())
                    .hasMessageContaining("sent nothing for 1 s (the response timeout)");
        }
    }

    @Test
    void aResponseTimeoutIsRetried() throws Exception {
        AtomicReference<StubServer> self = new AtomicReference<>();
        try (StubServer feed = StubServer.start((exchange, index) -> {
                    if (index == 0) {
                        self.get().hang();
                    } else {
                        respond(exchange, 200, "{}");
                    }
                });
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(2)
                        .withTimeouts(LONG, SHORT, LONG, LONG))) {
            self.set(feed);
            assertThat(client.getBytes(feed.uri("/v3/index.json"), FEED, 1024)).isPresent();
            assertThat(feed.requests()).hasSize(2);
        }
    }

    @Test
    void aBodyThatStallsFailsAfterTheStallTimeout() throws Exception {
        AtomicReference<StubServer> self = new AtomicReference<>();
        try (StubServer feed = StubServer.start((exchange, index) -> {
                    exchange.sendResponseHeaders(200, 1000);
                    OutputStream out = exchange.getResponseBody();
                    out.write(new byte[100]);
                    out.flush();
                    self.get().hang();
                });
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1)
                        .withTimeouts(LONG, LONG, SHORT, LONG))) {
            self.set(feed);
            assertThatThrownBy(() -> client.download(feed.uri("/p.nupkg"), FEED, folder.resolve("p.nupkg")))
                    .isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("no data for 1 s (the stall timeout)");
            assertThat(folder).isEmptyDirectory();
        }
    }

    @Test
    void theRequestTimeoutBoundsTheWaitAndIsNotSpentAgain() throws Exception {
        AtomicReference<StubServer> self = new AtomicReference<>();
        try (StubServer feed = StubServer.start((exchange, index) -> self.get().hang());
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3)
                        .withTimeouts(LONG, LONG, LONG, SHORT))) {
            self.set(feed);
            assertThatThrownBy(() -> client.getBytes(feed.uri("/v3/index.json"), FEED, 1024))
                    .isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("no response within 1 s (the request timeout)")
                    .hasMessageContaining("1 attempt(s)");
            assertThat(feed.requests()).hasSize(1);
        }
    }

    @Test
    void aSlowBodyThatKeepsMovingOutlastsTheRequestTimeout() throws Exception {
        byte[] chunk = new byte[100];
        int chunks = 15;
        try (StubServer feed = StubServer.start((exchange, index) -> {
                    exchange.sendResponseHeaders(200, (long) chunk.length * chunks);
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < chunks; i++) {
                            out.write(chunk);
                            out.flush();
                            sleep(100);
                        }
                    }
                });
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1)
                        .withTimeouts(LONG, SHORT, SHORT, SHORT))) {
            // 1.5 s of body, a tenth of a second apart: never a second of silence.
            assertThat(client.getBytes(feed.uri("/big.json"), FEED, 10_000)).hasValueSatisfying(
                    body -> assertThat(body).hasSize(chunk.length * chunks));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
