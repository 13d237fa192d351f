package io.nugetbridge.core.http;

import static io.nugetbridge.core.http.StubServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class TransportSecurityTest {

    /** TEST-NET-3: never routed; a stub proxy in front sees whether the client tried to reach it. */
    private static final URI ELSEWHERE = URI.create("http://203.0.113.1/v3/index.json");

    @Test
    void plainHttpToAnotherHostIsRefusedBeforeAnyConnection() throws Exception {
        try (StubServer proxy = StubServer.start((exchange, index) -> respond(exchange, 200, "{}"));
                NuGetHttpClient client = new NuGetHttpClient(throughProxy(proxy))) {
            assertThatThrownBy(() -> client.getBytes(ELSEWHERE, Endpoint.anonymous("corp"), 1024))
                    .isInstanceOfSatisfying(NuGetHttpException.class, e -> {
                        assertThat(e.getCause()).isNull();
                        assertThat(e.status()).isEmpty();
                    })
                    .hasMessageContaining("Refusing plain HTTP to 203.0.113.1")
                    .hasMessageContaining("'corp'")
                    .hasMessageContaining("allowInsecureConnections");
            assertThat(proxy.requests()).isEmpty();
        }
    }

    @Test
    void allowInsecureConnectionsLetsPlainHttpThrough() throws Exception {
        try (StubServer proxy = StubServer.start((exchange, index) -> respond(exchange, 200, "{}"));
                NuGetHttpClient client = new NuGetHttpClient(throughProxy(proxy))) {
            Endpoint optedIn = Endpoint.anonymous("corp").allowingInsecureConnections(true);

            assertThat(client.getBytes(ELSEWHERE, optedIn, 1024)).isPresent();
            assertThat(proxy.requests()).singleElement()
                    .satisfies(request -> assertThat(request.uri()).isEqualTo(ELSEWHERE));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost"})
    void plainHttpToThisMachineIsAllowed(String host) throws Exception {
        try (StubServer feed = StubServer.start((exchange, index) -> respond(exchange, 200, "{}"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            URI uri = URI.create("http://" + host + ":" + feed.port() + "/v3/index.json");
            assertThat(client.getBytes(uri, Endpoint.anonymous("local"), 1024)).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "0:0:0:0:0:0:0:1"})
    void loopbackNamesAndAddresses(String host) {
        assertThat(TransportSecurity.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost.example.com", "127.0.0.1.nip.io", "10.0.0.1", "203.0.113.1", "::2"})
    void otherHostsAreNotLoopback(String host) {
        assertThat(TransportSecurity.isLoopback(host)).isFalse();
    }

    @Test
    void httpsIsAlwaysFineAndOtherSchemesAreNot() {
        Endpoint feed = Endpoint.anonymous("feed");
        assertThatCode(() -> TransportSecurity.check(URI.create("https://203.0.113.1/x"), feed))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> TransportSecurity.check(URI.create("ftp://example.com/x"), feed))
                .hasMessageContaining("neither https nor http");
    }

    private static HttpSettings throughProxy(StubServer proxy) {
        return TestSettings.quick(1)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10),
                        Duration.ofSeconds(20))
                .withProxy(Optional.of(new HttpProxy("127.0.0.1", proxy.port(), Optional.empty(), List.of())));
    }
}
