package io.nugetbridge.core.http;

import static io.nugetbridge.core.http.StubServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ProxyRoutingTest {

    /** A name that resolves nowhere: only a proxy can have answered a request for it. */
    private static final URI REMOTE = URI.create("http://feed.example.invalid/v3/index.json");
    private static final Endpoint REMOTE_FEED = Endpoint.anonymous("remote").allowingInsecureConnections(true);

    @Test
    void requestsGoThroughTheProxyWithProxyAuthorizationFromTheStart() throws Exception {
        try (StubServer proxy = StubServer.start((exchange, index) -> respond(exchange, 200, "{\"via\":\"proxy\"}"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1).withProxy(Optional.of(
                        HttpProxy.parse("http://proxyuser:proxy%20pass@127.0.0.1:" + proxy.port(), "http_proxy",
                                ""))))) {
            assertThat(client.getBytes(REMOTE, REMOTE_FEED, 1024)).isPresent();

            String expected = "Basic " + Base64.getEncoder()
                    .encodeToString("proxyuser:proxy pass".getBytes(StandardCharsets.UTF_8));
            assertThat(proxy.requests()).singleElement().satisfies(request -> {
                assertThat(request.uri()).isEqualTo(REMOTE);
                assertThat(request.header("Proxy-Authorization")).isEqualTo(expected);
                // The proxy's credentials are the proxy's; the feed's are separate.
                assertThat(request.header("Authorization")).isNull();
            });
        }
    }

    @Test
    void aProxyWithoutCredentialsGetsNoProxyAuthorization() throws Exception {
        try (StubServer proxy = StubServer.start((exchange, index) -> respond(exchange, 200, "{}"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1).withProxy(Optional.of(
                        HttpProxy.parse("127.0.0.1:" + proxy.port(), "http_proxy", ""))))) {
            assertThat(client.getBytes(REMOTE, REMOTE_FEED, 1024)).isPresent();
            assertThat(proxy.requests()).singleElement()
                    .satisfies(request -> assertThat(request.header("Proxy-Authorization")).isNull());
        }
    }

    @Test
    void aNoProxyHostBypassesTheProxy() throws Exception {
        try (StubServer proxy = StubServer.start((exchange, index) -> respond(exchange, 200, "{\"via\":\"proxy\"}"));
                StubServer feed = StubServer.start((exchange, index) -> respond(exchange, 200, "{\"via\":\"direct\"}"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1).withProxy(Optional.of(
                        HttpProxy.parse("http://u:p@127.0.0.1:" + proxy.port(), "http_proxy",
                                "build.corp,127.0.0.1"))))) {
            Optional<byte[]> body = client.getBytes(feed.uri("/v3/index.json"), Endpoint.anonymous("local"), 1024);

            assertThat(body).map(b -> new String(b, StandardCharsets.UTF_8)).contains("{\"via\":\"direct\"}");
            assertThat(proxy.requests()).isEmpty();
            assertThat(feed.requests()).singleElement()
                    .satisfies(request -> assertThat(request.header("Proxy-Authorization")).isNull());
        }
    }

    @Test
    void aProxyRejectionSaysWhereToSetProxyCredentials() throws Exception {
        try (StubServer proxy = StubServer.start((exchange, index) -> respond(exchange, 407, "",
                    "Proxy-Authenticate", "Basic realm=\"corp\""));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1).withProxy(Optional.of(
                        HttpProxy.parse("127.0.0.1:" + proxy.port(), "http_proxy", ""))))) {
            assertThatThrownBy(() -> client.getBytes(REMOTE, REMOTE_FEED, 1024))
                    .isInstanceOfSatisfying(NuGetHttpException.class, e -> assertThat(e.status()).hasValue(407))
                    .hasMessageContaining("proxy wants credentials");
        }
    }

    @Test
    void anHttpsTunnelIsOpenedWithProxyAuthorizationFromTheStart() throws Exception {
        try (ServerSocket proxy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1).withProxy(Optional.of(
                        HttpProxy.parse("http://proxyuser:pw@127.0.0.1:" + proxy.getLocalPort(), "http_proxy",
                                ""))))) {
            // A raw socket: the JDK's HttpServer has no CONNECT. It reads the request head and refuses the tunnel.
            CompletableFuture<List<String>> head = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = proxy.accept()) {
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                    List<String> lines = new ArrayList<>();
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                        lines.add(line);
                    }
                    socket.getOutputStream().write(
                            "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                    .getBytes(StandardCharsets.ISO_8859_1));
                    return lines;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            assertThatThrownBy(() -> client.getBytes(URI.create("https://feed.example.invalid/v3/index.json"),
                    Endpoint.anonymous("remote"), 1024))
                    .isInstanceOfSatisfying(NuGetHttpException.class, e -> assertThat(e.status()).hasValue(403))
                    .hasMessageContaining("The proxy 127.0.0.1:" + proxy.getLocalPort())
                    .hasMessageContaining("refused to connect to feed.example.invalid for the source 'remote'")
                    .hasMessageContaining("no_proxy")
                    .hasMessageNotContaining("pw@")
                    .hasMessageNotContaining("lack permission");

            List<String> lines = head.get(20, TimeUnit.SECONDS);
            assertThat(lines.get(0)).isEqualTo("CONNECT feed.example.invalid:443 HTTP/1.1");
            assertThat(lines).contains("Proxy-Authorization: Basic "
                    + Base64.getEncoder().encodeToString("proxyuser:pw".getBytes(StandardCharsets.UTF_8)));
        }
    }
}
