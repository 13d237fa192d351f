package io.nugetbridge.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.feed.ServiceIndexCache;
import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire format of a push and what each refusal says, against a hand-written receiver (a real server
 * cannot be made to answer 400, 403, 413 or offer a symbol endpoint on demand).
 */
@RequiresCorpus
class HttpPushTest {

    private static final String INDEX_WITH_SYMBOLS = """
        {"version": "3.0.0", "resources": [
          {"@id": "{base}/api/v2/package", "@type": "PackagePublish/2.0.0"},
          {"@id": "{base}/api/v2/symbolpackage", "@type": "SymbolPackagePublish/4.9.0"},
          {"@id": "{base}/flat/", "@type": "PackageBaseAddress/3.0.0"}]}""";

    private NuGetHttpClient http;
    private Path polly;

    @BeforeEach
    void start() {
        http = new NuGetHttpClient(HttpSettings.defaults());
        polly = Fixtures.path("nupkg/Polly.4.3.0.nupkg");
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
    }

    private PackagePublisher publisher(Receiver receiver, String indexPath, Endpoint endpoint) {
        return new PublisherFactory(http, new ServiceIndexCache(http)).open(receiver.base() + indexPath, Optional.empty(),
                endpoint);
    }

    @Test
    void theRequestIsWhatNuGetSends() throws IOException {
        try (Receiver receiver = new Receiver(r -> r.path().endsWith("index.json")
                ? new Receiver.Answer(200, INDEX_WITH_SYMBOLS) : new Receiver.Answer(201, ""))) {
            Endpoint endpoint = Endpoint.anonymous("coding").withCredentials(new Credentials("dev", "pat-123", "test"))
                    .withApiKey("api");
            List<Long> progress = new ArrayList<>();

            PushResult result = publisher(receiver, "/index.json", endpoint).push(polly,
                    PushOptions.defaults().withProgress((file, sent, total) -> progress.add(sent)));

            assertThat(result.outcome()).isEqualTo(PushResult.Outcome.PUSHED);
            assertThat(result.status()).isEqualTo(201);
            assertThat(result.file().id()).isEqualTo("Polly");
            Receiver.Request put = receiver.requests().get(1);
            assertThat(put.method()).isEqualTo("PUT");
            assertThat(put.path()).as("NuGet adds a trailing slash").isEqualTo("/api/v2/package/");
            assertThat(put.header("X-NuGet-ApiKey")).isEqualTo("api");
            assertThat(put.header("X-NuGet-Protocol-Version")).isEqualTo("4.1.0");
            assertThat(put.header("Authorization")).as("Basic on the first and only request")
                    .isEqualTo("Basic ZGV2OnBhdC0xMjM=");
            assertThat(receiver.requests()).hasSize(2);
            String contentType = put.header("Content-Type");
            assertThat(contentType).startsWith("multipart/form-data; boundary=");
            assertThat(firstPart(put.body(), contentType.substring(contentType.indexOf('=') + 1)))
                    .isEqualTo(Files.readAllBytes(polly));
            assertThat(progress).isNotEmpty().last().isEqualTo((long) put.body().length);
        }
    }

    @Test
    void noApiKeyHeaderWithoutAKey() {
        try (Receiver receiver = new Receiver(r -> new Receiver.Answer(201, ""))) {
            new HttpPackagePublisher("v2", receiver.uri("/api/v2/package"), Optional.empty(),
                    Endpoint.anonymous("v2").withApiKey(""), http).push(polly, PushOptions.defaults());

            assertThat(receiver.requests().get(0).header("X-NuGet-ApiKey")).isNull();
            assertThat(receiver.requests().get(0).header("Authorization")).isNull();
        }
    }

    @Test
    void theSymbolsPackageBesideGoesToTheSymbolEndpoint(@TempDir Path temp) throws IOException {
        Path nupkg = temp.resolve("Composable.Core.3.4.0.nupkg");
        Files.copy(Fixtures.path("nupkg/Dapper.2.0.78.nupkg"), nupkg);
        Files.copy(Fixtures.path("nupkg/test-stubs/Composable.Core.3.4.0.symbols.nupkg"),
                temp.resolve("Composable.Core.3.4.0.snupkg"));
        try (Receiver receiver = new Receiver(r -> r.path().endsWith("index.json")
                ? new Receiver.Answer(200, INDEX_WITH_SYMBOLS) : new Receiver.Answer(201, ""))) {
            PackagePublisher publisher = publisher(receiver, "/index.json", Endpoint.anonymous("feed").withApiKey("k"));

            PushResult result = publisher.push(nupkg, PushOptions.defaults());

            assertThat(result.symbols()).hasValueSatisfying(s -> {
                assertThat(s.target()).isEqualTo(receiver.base() + "/api/v2/symbolpackage/");
                assertThat(s.outcome()).isEqualTo(PushResult.Outcome.PUSHED);
            });
            assertThat(receiver.requests()).extracting(Receiver.Request::path)
                    .containsExactly("/index.json", "/api/v2/package/", "/api/v2/symbolpackage/");

            publisher.push(nupkg, PushOptions.defaults().withSymbols(false));
            assertThat(receiver.requests()).hasSize(4);
        }
    }

    @Test
    void eachRefusalSaysWhatToDo() {
        assertRefusal(400, "{\"message\":\"bad nuspec\"}", "answered 400 ({\"message\":\"bad nuspec\"})", "invalid");
        assertRefusal(403, "", "answered 403", "may not push Polly");
        assertRefusal(409, "", "Polly 4.3.0 is already on the feed", "nuget.skipDuplicate=true");
        assertRefusal(413, "", "answered 413", "larger than the feed accepts");
        // Issue 19, item 7: a 5xx is retried (the body is a file, sent again whole); what is left says so.
        assertRefusal(500, "", "answered 500", "failed on every attempt", "may be in all the same");
    }

    @Test
    void a401NamesTheCredentialsButNeverTheSecret() {
        try (Receiver receiver = new Receiver(r -> new Receiver.Answer(401, ""))) {
            Endpoint endpoint = Endpoint.anonymous("coding")
                    .withCredentials(new Credentials("dev", "super-secret-pat", "settings.xml server 'coding'"));
            assertThatThrownBy(() -> new HttpPackagePublisher("coding", receiver.uri("/push"), Optional.empty(),
                    endpoint, http).push(polly, PushOptions.defaults()))
                    .isInstanceOf(PushException.class)
                    .hasMessageContaining("user 'dev' from settings.xml server 'coding'")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("super-secret-pat"));
        }
    }

    @Test
    void skipDuplicateReportsAndGoesOn() {
        try (Receiver receiver = new Receiver(r -> new Receiver.Answer(409, "Conflict"))) {
            PushResult result = new HttpPackagePublisher("feed", receiver.uri("/push"), Optional.empty(),
                    Endpoint.anonymous("feed"), http).push(polly, PushOptions.defaults().withSkipDuplicate(true));

            assertThat(result.outcome()).isEqualTo(PushResult.Outcome.ALREADY_EXISTS);
            assertThat(result.status()).isEqualTo(409);
        }
    }

    @Test
    void deleteAnswers() {
        try (Receiver receiver = new Receiver(r -> new Receiver.Answer(r.path().contains("/Gone/") ? 404
                : r.path().contains("/Locked/") ? 405 : 204, ""))) {
            HttpPackagePublisher publisher = new HttpPackagePublisher("feed", receiver.uri("/api/v2/package"),
                    Optional.empty(), Endpoint.anonymous("feed").withApiKey("key-1"), http);

            assertThat(publisher.delete("Polly", NuGetVersion.parse("4.3.0"))).isTrue();
            assertThat(receiver.requests().get(0).method()).isEqualTo("DELETE");
            assertThat(receiver.requests().get(0).path()).isEqualTo("/api/v2/package/Polly/4.3.0");
            assertThat(receiver.requests().get(0).header("X-NuGet-ApiKey")).isEqualTo("key-1");
            assertThat(publisher.delete("Gone", NuGetVersion.parse("1.0"))).isFalse();
            assertThatThrownBy(() -> publisher.delete("Locked", NuGetVersion.parse("1.0")))
                    .hasMessageContaining("does not support deleting");
        }
    }

    @Test
    void aV3IndexWithoutPackagePublishCannotBePushedTo() {
        try (Receiver receiver = new Receiver(r -> new Receiver.Answer(200,
                "{\"version\":\"3.0.0\",\"resources\":[{\"@id\":\"{base}/flat/\",\"@type\":\"PackageBaseAddress/3.0.0\"}]}"))) {
            assertThatThrownBy(() -> publisher(receiver, "/index.json", Endpoint.anonymous("static")))
                    .isInstanceOf(PushException.class)
                    .hasMessageContaining("no PackagePublish");
        }
    }

    @Test
    void v2EndpointRule() {
        assertThat(PublisherFactory.v2Endpoint(URI.create("https://host"))).isEqualTo(URI.create("https://host/api/v2/package/"));
        assertThat(PublisherFactory.v2Endpoint(URI.create("https://host/"))).isEqualTo(URI.create("https://host/api/v2/package/"));
        assertThat(PublisherFactory.v2Endpoint(URI.create("https://host/nuget/feed"))).isEqualTo(URI.create("https://host/nuget/feed"));
    }

    @Test
    void aMissingOrBrokenFileIsNamed(@TempDir Path temp) throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.nupkg"), "not a zip");
        PackagePublisher publisher = new HttpPackagePublisher("feed", URI.create("http://127.0.0.1:9/x"), Optional.empty(),
                Endpoint.anonymous("feed"), http);

        assertThatThrownBy(() -> publisher.push(temp.resolve("missing.nupkg"), PushOptions.defaults()))
                .hasMessageContaining("There is no package at").hasMessageContaining("missing.nupkg");
        assertThatThrownBy(() -> publisher.push(broken, PushOptions.defaults()))
                .hasMessageContaining("broken.nupkg is not a NuGet package");
    }

    private void assertRefusal(int status, String body, String... parts) {
        try (Receiver receiver = new Receiver(r -> new Receiver.Answer(status, body))) {
            PackagePublisher publisher = new HttpPackagePublisher("feed", receiver.uri("/push"), Optional.empty(),
                    Endpoint.anonymous("feed").withApiKey("k"), http);
            assertThatThrownBy(() -> publisher.push(polly, PushOptions.defaults()))
                    .isInstanceOf(PushException.class)
                    .hasMessageContaining("Pushing Polly 4.3.0 to feed")
                    .hasMessageContainingAll(parts);
            assertThat(receiver.requests()).as("a refusal is not repeated; a server error is, whole")
                    .hasSize(status >= 500 ? HttpSettings.defaults().maxAttempts() : 1);
        }
    }

    /** The bytes of the first part of a multipart body, as a server reads it. */
    private static byte[] firstPart(byte[] body, String boundary) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("\r\n\r\n") + 4;
        int end = text.indexOf("\r\n--" + boundary + "--");
        return Arrays.copyOfRange(body, start, end);
    }
}
