package io.nugetbridge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The wrapper starts the real server on loopback, records requests, and enforces Basic auth when asked. */
@RequiresCorpus
class ArtipieServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void servesPushedPackagesOnLoopback() throws Exception {
        Path polly = Fixtures.path("nupkg/Polly.4.3.0.nupkg");
        try (ArtipieServer server = ArtipieServer.start()) {
            assertThat(server.base().getHost()).isEqualTo("127.0.0.1");
            assertThat(server.push(polly)).isEqualTo(201);
            assertThat(server.push(polly)).as("a second push of the same version").isEqualTo(409);
            assertThat(get(server.base().resolve("/content/polly/index.json"))).contains("\"4.3.0\"");
            assertThat(server.requests()).contains("GET /content/polly/index.json");
        }
    }

    @Test
    void basicAuthGuardsEverythingButTheServiceIndex() throws Exception {
        Path polly = Fixtures.path("nupkg/Polly.4.3.0.nupkg");
        try (ArtipieServer server = ArtipieServer.startWithBasicAuth("alice", "s3cret")) {
            assertThat(server.push(polly, null, null)).isEqualTo(401);
            assertThat(server.push(polly, "alice", "wrong")).isEqualTo(401);
            assertThat(server.push(polly)).isEqualTo(201);
            assertThat(status(server.serviceIndex())).isEqualTo(200);
            assertThat(status(server.base().resolve("/content/polly/index.json"))).isEqualTo(401);
        }
    }

    private static String get(URI uri) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int status(URI uri) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
