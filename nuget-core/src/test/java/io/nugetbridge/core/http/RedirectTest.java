package io.nugetbridge.core.http;

import static io.nugetbridge.core.http.StubServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class RedirectTest {

    private static final Endpoint PRIVATE_FEED = Endpoint.anonymous("private-feed")
            .withCredentials(new Credentials("ci", "s3cr3t-pw", "settings.xml server 'private-feed'"))
            .withApiKey("key-123");

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void credentialsAndApiKeyDoNotFollowARedirectToAnotherOrigin(int status) throws Exception {
        try (StubServer storage = StubServer.start((exchange, index) -> respond(exchange, 200, "blob"));
                StubServer feed = StubServer.start((exchange, index) -> respond(exchange, status, "",
                        "Location", storage.uri("/blob/p.nupkg?sig=abc").toString()));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            HttpAnswer answer = client.send(getWithApiKey(feed.uri("/package/p/1.0.0")));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.uri()).isEqualTo(storage.uri("/blob/p.nupkg?sig=abc"));
            assertThat(feed.requests()).singleElement().satisfies(request -> {
                assertThat(request.header("Authorization")).startsWith("Basic ");
                assertThat(request.header("X-NuGet-ApiKey")).isEqualTo("key-123");
            });
            assertThat(storage.requests()).singleElement().satisfies(request -> {
                assertThat(request.headers()).doesNotContainKey("Authorization");
                assertThat(request.headers()).doesNotContainKey("X-nuget-apikey");
                assertThat(request.header("X-NuGet-ApiKey")).isNull();
            });
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307})
    void credentialsAndApiKeyFollowARedirectWithinTheSameOrigin(int status) throws Exception {
        try (StubServer feed = StubServer.start((exchange, index) -> {
                    if (exchange.getRequestURI().getPath().equals("/old")) {
                        respond(exchange, status, "", "Location", "/new/index.json");
                    } else {
                        respond(exchange, 200, "moved here");
                    }
                });
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            HttpAnswer answer = client.send(getWithApiKey(feed.uri("/old")));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.uri()).isEqualTo(feed.uri("/new/index.json"));
            assertThat(feed.requests()).hasSize(2).allSatisfy(request -> {
                assertThat(request.header("Authorization")).startsWith("Basic ");
                assertThat(request.header("X-NuGet-ApiKey")).isEqualTo("key-123");
            });
        }
    }

    @Test
    void aCallersOwnSecretHeadersStayWithTheOriginToo() throws Exception {
        try (StubServer other = StubServer.start((exchange, index) -> respond(exchange, 200, "x"));
                StubServer feed = StubServer.start((exchange, index) ->
                        respond(exchange, 302, "", "Location", other.uri("/x").toString()));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            HttpCall call = new HttpCall("GET", feed.uri("/a"), Endpoint.anonymous("feed"),
                    Map.of("Authorization", "Bearer t0ken", "X-Trace", "42"), Optional.empty(), true, false, true);

            client.send(call);

            assertThat(feed.requests().get(0).header("Authorization")).isEqualTo("Bearer t0ken");
            assertThat(other.requests()).singleElement().satisfies(request -> {
                assertThat(request.header("Authorization")).isNull();
                assertThat(request.header("X-Trace")).isEqualTo("42");
            });
        }
    }

    @Test
    void theSourcesConfiguredHeadersGoToItsOriginOnlyAndAUserAgentIsAddedToOurs() throws Exception {
        try (StubServer other = StubServer.start((exchange, index) -> respond(exchange, 200, "x"));
                StubServer feed = StubServer.start((exchange, index) ->
                        respond(exchange, 302, "", "Location", other.uri("/x").toString()));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            Endpoint withHeaders = Endpoint.anonymous("feed")
                    .withHeaders(Map.of("Private-Token", "t0ken", "User-Agent", "Apache-Maven/3.9.16"));

            client.getBytes(feed.uri("/a"), withHeaders, 1024);

            assertThat(feed.requests().get(0).header("Private-Token")).isEqualTo("t0ken");
            assertThat(feed.requests().get(0).header("User-Agent")).startsWith("NuGetBridge/").endsWith(" Apache-Maven/3.9.16");
            assertThat(other.requests()).singleElement().satisfies(request -> {
                assertThat(request.header("Private-Token")).isNull();
                assertThat(request.header("User-Agent")).startsWith("NuGetBridge/").doesNotContain("Apache-Maven");
            });
            assertThat(withHeaders.toString()).doesNotContain("t0ken");
        }
    }

    @Test
    void aRedirectLoopStopsWithAClearError() throws Exception {
        try (StubServer feed = StubServer.start((exchange, index) -> {
                    String next = exchange.getRequestURI().getPath().equals("/a") ? "/b" : "/a";
                    respond(exchange, 302, "", "Location", next);
                });
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            assertThatThrownBy(() -> client.getBytes(feed.uri("/a"), Endpoint.anonymous("looping"), 1024))
                    .isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("Redirect loop")
                    .hasMessageContaining("'looping'")
                    .hasMessageContaining(feed.uri("/a") + " -> " + feed.uri("/b"));
            assertThat(feed.requests()).hasSize(2);
        }
    }

    @Test
    void aLongRedirectChainStopsAtTheLimit() throws Exception {
        try (StubServer feed = StubServer.start((exchange, index) ->
                    respond(exchange, 307, "", "Location", "/hop" + (index + 1)));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3).withMaxRedirects(3))) {
            assertThatThrownBy(() -> client.getBytes(feed.uri("/hop0"), Endpoint.anonymous("far"), 1024))
                    .isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("Too many redirects (more than 3)");
            assertThat(feed.requests()).hasSize(4);
        }
    }

    @Test
    void aRedirectFromLoopbackToPlainHttpElsewhereIsRefused() throws Exception {
        try (StubServer feed = StubServer.start((exchange, index) ->
                    respond(exchange, 302, "", "Location", "http://203.0.113.1/evil"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            assertThatThrownBy(() -> client.getBytes(feed.uri("/a"), Endpoint.anonymous("feed"), 1024))
                    .isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("Refusing plain HTTP to 203.0.113.1");
        }
    }

    @Test
    void aRedirectIsNotFollowedWhenTheCallSaysSo() throws Exception {
        try (StubServer feed = StubServer.start((exchange, index) ->
                    respond(exchange, 302, "", "Location", "/elsewhere"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            HttpCall call = new HttpCall("PUT", feed.uri("/push"), PRIVATE_FEED, Map.of(), Optional.empty(), false,
                    true, false);
            assertThat(client.send(call).status()).isEqualTo(302);
            assertThat(feed.requests()).hasSize(1);
        }
    }

    @Test
    void secretQueryParametersAreMaskedInMessages() throws Exception {
        try (StubServer storage = StubServer.start((exchange, index) -> respond(exchange, 403, "expired"));
                StubServer feed = StubServer.start((exchange, index) -> respond(exchange, 302, "",
                        "Location", storage.uri("/blob/p.nupkg?sv=2020&sig=TOPSECRET").toString()));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            assertThatThrownBy(() -> client.getBytes(feed.uri("/p"), Endpoint.anonymous("feed"), 1024))
                    .isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("/blob/p.nupkg?sv=2020&sig=***")
                    .hasMessageNotContaining("TOPSECRET");
        }
    }

    private static HttpCall getWithApiKey(URI uri) {
        return new HttpCall("GET", uri, PRIVATE_FEED, Map.of(), Optional.empty(), true, true, true);
    }
}
