package io.nugetbridge.core.http;

import static io.nugetbridge.core.http.StubServer.respond;
import static io.nugetbridge.core.http.TestSettings.FEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class RetryTest {

    @Test
    void a503ThenA200IsRetriedAndSucceeds() throws Exception {
        try (StubServer server = StubServer.start((exchange, index) ->
                respond(exchange, index == 0 ? 503 : 200, index == 0 ? "busy" : "{\"ok\":true}"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            Optional<byte[]> body = client.getBytes(server.uri("/index.json"), FEED, 1024);

            assertThat(body).map(b -> new String(b, StandardCharsets.UTF_8)).contains("{\"ok\":true}");
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void repeated500sGiveUpAfterTheConfiguredAttemptsNamingUrlAndStatus() throws Exception {
        try (StubServer server = StubServer.start((exchange, index) -> respond(exchange, 500, "boom"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(4))) {
            URI uri = server.uri("/v3/index.json");

            assertThatThrownBy(() -> client.getBytes(uri, FEED, 1024))
                    .isInstanceOfSatisfying(NuGetHttpException.class, e -> {
                        assertThat(e.status()).hasValue(500);
                        assertThat(e.uri()).isEqualTo(uri);
                    })
                    .hasMessageContaining("'test-feed'")
                    .hasMessageContaining("500")
                    .hasMessageContaining(uri.toString())
                    .hasMessageContaining("4 attempts");
            assertThat(server.requests()).hasSize(4);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 502, 504})
    void transientStatusesAreRetried(int status) throws Exception {
        try (StubServer server = StubServer.start((exchange, index) ->
                respond(exchange, index == 0 ? status : 200, "x"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(2))) {
            assertThat(client.getBytes(server.uri("/a"), FEED, 1024)).isPresent();
            assertThat(server.requests()).hasSize(2);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 409})
    void clientErrorsAreNotRetried(int status) throws Exception {
        try (StubServer server = StubServer.start((exchange, index) -> respond(exchange, status, "no"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            assertThatThrownBy(() -> client.getBytes(server.uri("/a"), FEED, 1024))
                    .isInstanceOfSatisfying(NuGetHttpException.class, e -> assertThat(e.status()).hasValue(status));
            assertThat(server.requests()).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 410})
    void aMissingDocumentIsEmptyNotAnError(int status) throws Exception {
        try (StubServer server = StubServer.start((exchange, index) -> respond(exchange, status, "not here"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            assertThat(client.getBytes(server.uri("/missing/index.json"), FEED, 1024)).isEmpty();
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void retryAfterInSecondsIsHonoured() throws Exception {
        RecordingPause pause = new RecordingPause();
        HttpSettings settings = TestSettings.quick(3).withRetries(3, Duration.ofMillis(1), Duration.ofMinutes(1));
        try (StubServer server = StubServer.start((exchange, index) -> {
                    if (index == 0) {
                        respond(exchange, 429, "slow down", "Retry-After", "1");
                    } else {
                        respond(exchange, 200, "ok");
                    }
                });
                NuGetHttpClient client = new NuGetHttpClient(settings, pause)) {
            assertThat(client.getBytes(server.uri("/a"), FEED, 1024)).isPresent();
            assertThat(pause.waits()).containsExactly(Duration.ofSeconds(1));
        }
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() throws Exception {
        RecordingPause pause = new RecordingPause();
        HttpSettings settings = TestSettings.quick(3).withRetries(3, Duration.ofMillis(1), Duration.ofMinutes(5));
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60).truncatedTo(ChronoUnit.SECONDS));
        try (StubServer server = StubServer.start((exchange, index) -> {
                    if (index == 0) {
                        respond(exchange, 503, "maintenance", "Retry-After", inAMinute);
                    } else {
                        respond(exchange, 200, "ok");
                    }
                });
                NuGetHttpClient client = new NuGetHttpClient(settings, pause)) {
            assertThat(client.getBytes(server.uri("/a"), FEED, 1024)).isPresent();
            // The date has whole seconds and some time passes before the client reads it.
            assertThat(pause.waits()).singleElement()
                    .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(45), Duration.ofSeconds(60)));
        }
    }

    @Test
    void retryAfterIsCappedByTheMaximumDelay() throws Exception {
        RecordingPause pause = new RecordingPause();
        HttpSettings settings = TestSettings.quick(3).withRetries(3, Duration.ofMillis(1), Duration.ofSeconds(2));
        String tomorrow = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusDays(1));
        try (StubServer server = StubServer.start((exchange, index) -> {
                    switch (index) {
                        case 0 -> respond(exchange, 429, "", "Retry-After", "3600");
                        case 1 -> respond(exchange, 503, "", "Retry-After", tomorrow);
                        default -> respond(exchange, 200, "ok");
                    }
                });
                NuGetHttpClient client = new NuGetHttpClient(settings, pause)) {
            assertThat(client.getBytes(server.uri("/a"), FEED, 1024)).isPresent();
            assertThat(pause.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        }
    }

    @Test
    void withoutRetryAfterTheBackoffGrowsAndStaysUnderTheCap() throws Exception {
        RecordingPause pause = new RecordingPause();
        HttpSettings settings = TestSettings.quick(5).withRetries(5, Duration.ofMillis(100), Duration.ofMillis(300));
        try (StubServer server = StubServer.start((exchange, index) -> respond(exchange, 503, ""));
                NuGetHttpClient client = new NuGetHttpClient(settings, pause)) {
            assertThatThrownBy(() -> client.getBytes(server.uri("/a"), FEED, 1024))
                    .isInstanceOf(NuGetHttpException.class);
            // Jitter keeps each wait within the upper half of 100, 200, 300 (capped), 300 ms.
            assertThat(pause.waits()).hasSize(4);
            assertThat(pause.waits().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(pause.waits().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
            assertThat(pause.waits().get(2)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
            assertThat(pause.waits().get(3)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
        }
    }

    @Test
    void aPushIsNotRepeatedAfterAServerError() throws Exception {
        try (StubServer server = StubServer.start((exchange, index) -> respond(exchange, 503, "later"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            HttpCall push = new HttpCall("PUT", server.uri("/api/v2/package/"), FEED, java.util.Map.of(),
                    Optional.of(() -> new org.apache.hc.core5.http.io.entity.ByteArrayEntity(new byte[] {1, 2, 3},
                            org.apache.hc.core5.http.ContentType.APPLICATION_OCTET_STREAM)),
                    false, true, false);

            HttpAnswer answer = client.send(push);

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.bodyExcerpt()).isEqualTo("later");
            assertThat(server.requests()).hasSize(1);
            assertThat(server.requests().get(0).body()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aPushTurnedAwayWith429IsRepeatedAfterRetryAfter() throws Exception {
        RecordingPause pause = new RecordingPause();
        try (StubServer server = StubServer.start((exchange, index) -> {
                    if (index == 0) {
                        exchange.getResponseHeaders().set("Retry-After", "1");
                        respond(exchange, 429, "slow down");
                    } else {
                        respond(exchange, 201, "");
                    }
                });
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3), pause)) {
            HttpCall push = new HttpCall("PUT", server.uri("/api/v2/package/"), FEED, java.util.Map.of(),
                    Optional.of(() -> new org.apache.hc.core5.http.io.entity.ByteArrayEntity(new byte[] {7, 8},
                            org.apache.hc.core5.http.ContentType.APPLICATION_OCTET_STREAM)),
                    false, true, false);

            HttpAnswer answer = client.send(push);

            assertThat(answer.status()).isEqualTo(201);
            assertThat(server.requests()).hasSize(2).allSatisfy(r -> assertThat(r.body()).containsExactly(7, 8));
            assertThat(pause.waits()).as("Retry-After, capped at the test settings' 20 ms").containsExactly(Duration.ofMillis(20));
        }
    }

    @Test
    void aRefusedConnectionIsRetriedThenReportedWithTheUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        RecordingPause pause = new RecordingPause();
        URI uri = URI.create("http://127.0.0.1:" + closedPort + "/index.json");
        try (NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3), pause)) {
            assertThatThrownBy(() -> client.getBytes(uri, FEED, 1024))
                    .isInstanceOfSatisfying(NuGetHttpException.class, e -> assertThat(e.status()).isEmpty())
                    .hasMessageContaining(uri.toString())
                    .hasMessageContaining("3 attempt(s)");
            assertThat(pause.waits()).hasSize(2);
        }
    }

    @Test
    void anOversizedDocumentIsRefused() throws Exception {
        try (StubServer server = StubServer.start((exchange, index) -> respond(exchange, 200, "x".repeat(5000)));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            assertThatThrownBy(() -> client.getBytes(server.uri("/big"), FEED, 1000))
                    .isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("larger than 1000 bytes");
            assertThat(server.requests()).hasSize(1);
        }
    }
}
