package io.nugetbridge.core.http;

import static io.nugetbridge.core.http.StubServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class AuthenticationTest {

    private static final String PASSWORD = "pa55-w0rd-never-shown";
    private static final Credentials CREDENTIALS =
            new Credentials("ci-bot", PASSWORD, "settings.xml server 'coding'");
    private static final Endpoint CODING = Endpoint.anonymous("coding").withCredentials(CREDENTIALS)
            .withApiKey("api-key-never-shown");

    @Test
    void basicCredentialsGoWithTheVeryFirstRequest() throws Exception {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString(("ci-bot:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (StubServer feed = StubServer.start((exchange, index) -> {
                    boolean authorized = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
                    respond(exchange, authorized ? 200 : 401, authorized ? "{}" : "", "WWW-Authenticate", "Basic");
                });
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            assertThat(client.getBytes(feed.uri("/v3/index.json"), CODING, 1024)).isPresent();
            assertThat(feed.requests()).singleElement()
                    .satisfies(request -> assertThat(request.header("Authorization")).isEqualTo(expected));
        }
    }

    @Test
    void theApiKeyGoesOnlyWhereTheCallAsksForIt() throws Exception {
        try (StubServer feed = StubServer.start((exchange, index) -> respond(exchange, 200, "{}"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            client.getBytes(feed.uri("/v3/index.json"), CODING, 1024);
            assertThat(feed.requests().get(0).header("X-NuGet-ApiKey")).isNull();
        }
    }

    @Test
    void aRejectionNamesTheSourceAndWhereTheCredentialsCameFromButNotThePassword() throws Exception {
        try (StubServer feed = StubServer.start((exchange, index) ->
                    respond(exchange, 401, "", "WWW-Authenticate", "Basic realm=\"feed\""));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            assertThatThrownBy(() -> client.getBytes(feed.uri("/v3/index.json"), CODING, 1024))
                    .isInstanceOfSatisfying(NuGetHttpException.class, e -> assertThat(e.status()).hasValue(401))
                    .hasMessageContaining("'coding'")
                    .hasMessageContaining("401")
                    .hasMessageContaining("user 'ci-bot'")
                    .hasMessageContaining("settings.xml server 'coding'")
                    .hasMessageNotContaining(PASSWORD)
                    .hasMessageNotContaining("api-key-never-shown");
            // A wrong password does not get better by repeating it.
            assertThat(feed.requests()).hasSize(1);
        }
    }

    @Test
    void aRejectionWithoutCredentialsSaysWhereToPutThem() throws Exception {
        try (StubServer feed = StubServer.start((exchange, index) -> respond(exchange, 401, ""));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            assertThatThrownBy(() -> client.getBytes(feed.uri("/v3/index.json"), Endpoint.anonymous("github"), 1024))
                    .hasMessageContaining("no credentials were sent")
                    .hasMessageContaining("settings.xml")
                    .hasMessageContaining("NuGetPackageSourceCredentials_github");
        }
    }

    @Test
    void secretsNeverShowInToString() {
        HttpProxy proxy = HttpProxy.parse("http://proxyuser:" + PASSWORD + "@proxy.corp:3128", "http_proxy", "");
        HttpSettings settings = HttpSettings.defaults().withProxy(java.util.Optional.of(proxy));
        HttpCall call = new HttpCall("PUT", java.net.URI.create("https://u:" + PASSWORD + "@feed.example/api?token=t0k"),
                CODING, java.util.Map.of("X-NuGet-ApiKey", "api-key-never-shown"), java.util.Optional.empty(),
                false, true, false);

        assertThat(CREDENTIALS.toString()).contains("ci-bot", "settings.xml server 'coding'").doesNotContain(PASSWORD);
        assertThat(CODING.toString()).contains("coding", "settings.xml server 'coding'")
                .doesNotContain(PASSWORD, "api-key-never-shown");
        assertThat(proxy.toString()).contains("proxyuser").doesNotContain(PASSWORD);
        assertThat(settings.toString()).doesNotContain(PASSWORD);
        assertThat(call.toString()).contains("X-NuGet-ApiKey")
                .doesNotContain(PASSWORD, "api-key-never-shown", "t0k");
    }
}
