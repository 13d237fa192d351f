package io.nugetbridge.core.http;

import static io.nugetbridge.core.http.StubServer.respond;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class UserAgentTest {

    @Test
    void everyRequestNamesThisProjectAndItsVersion() throws Exception {
        try (StubServer feed = StubServer.start((exchange, index) -> respond(exchange, 200, "{}"));
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1))) {
            client.getBytes(feed.uri("/v3/index.json"), Endpoint.anonymous("feed"), 64);

            assertThat(feed.requests()).singleElement().satisfies(request -> assertThat(request.header("User-Agent"))
                    .startsWith("NuGetBridge/")
                    .matches("NuGetBridge/[^ ]+ \\(Java [^;]+; .+\\)"));
        }
    }
}
