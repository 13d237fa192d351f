package io.nugetbridge.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.nugetbridge.core.feed.ServiceIndexCache;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 7 and the push fault suite: a push that fails in flight (a reset after 256 KiB of upload, a
 * 503, an upload stall) is sent again whole; a 409 on a retry whose first answer was lost counts as published
 * only when the feed's copy has the same SHA-512. A hand-written receiver, since no real server can be made to
 * cut an upload, stall or lose an answer on demand.
 */
@Timeout(60)
class PushFaultsTest {

    interface PutHandler {
        /** Handles PUT number {@code attempt} (from 0); the body has not been read. */
        void handle(HttpExchange exchange, int attempt) throws IOException;
    }

    @TempDir
    Path work;

    private Path nupkg;
    private byte[] nupkgBytes;
    private HttpServer server;
    private final AtomicInteger puts = new AtomicInteger();
    private final List<Integer> bodiesReceived = new CopyOnWriteArrayList<>();
    private volatile byte[] feedCopy;
    private NuGetHttpClient http;

    @BeforeEach
    void packageAndClient() throws IOException {
        nupkg = work.resolve("Big.Pkg.1.0.0.nupkg");
        byte[] payload = new byte[2 * 1024 * 1024];
        new Random(19).nextBytes(payload);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(nupkg))) {
            zip.putNextEntry(new ZipEntry("Big.Pkg.nuspec"));
            zip.write(("<?xml version=\"1.0\"?><package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">"
                    + "<metadata><id>Big.Pkg</id><version>1.0.0</version><authors>t</authors><description>d</description>"
                    + "</metadata></package>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("lib/netstandard2.0/payload.bin"));
            zip.write(payload);
        }
        nupkgBytes = Files.readAllBytes(nupkg);
        http = new NuGetHttpClient(HttpSettings.defaults().withRetries(3, Duration.ofMillis(2), Duration.ofMillis(20))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(60)));
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aResetAfter256KibOfUploadIsRetriedWithTheWholeBody() throws IOException {
        start((exchange, attempt) -> {
            if (attempt == 0) {
                exchange.getRequestBody().readNBytes(256 * 1024);
                exchange.close(); // the connection goes away mid-upload
            } else {
                readAll(exchange);
                answer(exchange, 201);
            }
        });

        PushResult result = push(PushOptions.defaults());

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.PUSHED);
        assertThat(puts).hasValue(2);
        assertThat(bodiesReceived.get(bodiesReceived.size() - 1)).isGreaterThan(nupkgBytes.length);
    }

    @Test
    void aServerErrorIsRetried() throws IOException {
        start((exchange, attempt) -> {
            readAll(exchange);
            answer(exchange, attempt == 0 ? 503 : 201);
        });

        assertThat(push(PushOptions.defaults()).outcome()).isEqualTo(PushResult.Outcome.PUSHED);
        assertThat(puts).hasValue(2);
    }

    @Test
    void anUploadStallIsRetried() throws IOException {
        start((exchange, attempt) -> {
            if (attempt == 0) {
                exchange.getRequestBody().readNBytes(64 * 1024);
                sleep(4_000); // reads nothing more: the upload stalls
                exchange.close();
            } else {
                readAll(exchange);
                answer(exchange, 201);
            }
        });

        assertThat(push(PushOptions.defaults()).outcome()).isEqualTo(PushResult.Outcome.PUSHED);
        assertThat(puts.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a409AfterALostAnswerIsPublishedWhenTheFeedHoldsTheSameFile() throws IOException {
        start((exchange, attempt) -> {
            if (attempt == 0) {
                feedCopy = nupkgBytes; // published, but the answer never arrives
                readAll(exchange);
                exchange.close();
            } else {
                readAll(exchange);
                answer(exchange, 409);
            }
        });

        PushResult result = push(PushOptions.defaults());

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.PUSHED);
        assertThat(result.target()).contains("answer to attempt 1 was lost", "SHA-512");
    }

    @Test
    void a409AfterALostAnswerFailsWhenTheFeedHoldsAnotherFile() throws IOException {
        start((exchange, attempt) -> {
            if (attempt == 0) {
                feedCopy = new byte[] {1, 2, 3};
                readAll(exchange);
                exchange.close();
            } else {
                readAll(exchange);
                answer(exchange, 409);
            }
        });

        assertThatThrownBy(() -> push(PushOptions.defaults())).isInstanceOf(PushException.class)
                .hasMessageContaining("Big.Pkg 1.0.0").hasMessageContaining("409")
                .hasMessageContaining("different package");
    }

    @Test
    void aPushCutOnEveryAttemptNamesThePackageAndSaysItMayBeThere() throws IOException {
        start((exchange, attempt) -> {
            exchange.getRequestBody().readNBytes(256 * 1024);
            exchange.close();
        });

        assertThatThrownBy(() -> push(PushOptions.defaults())).isInstanceOf(PushException.class)
                .hasMessageContaining("Big.Pkg 1.0.0").hasMessageContaining("Big.Pkg.1.0.0.nupkg")
                .hasMessageContaining("may have received it").hasMessageContaining("skipDuplicate");
        assertThat(puts).hasValue(3);
    }

    private PushResult push(PushOptions options) {
        return new PublisherFactory(http, new ServiceIndexCache(http))
                .open(base() + "/index.json", Optional.empty(), Endpoint.anonymous("stub").withApiKey("key"))
                .push(nupkg, options);
    }

    private void start(PutHandler puts) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try {
                String path = exchange.getRequestURI().getPath();
                if (exchange.getRequestMethod().equals("PUT")) {
                    puts.handle(exchange, this.puts.getAndIncrement());
                } else if (path.equals("/index.json")) {
                    send(exchange, 200, ("{\"version\":\"3.0.0\",\"resources\":[{\"@id\":\"" + base()
                            + "/api/v2/package\",\"@type\":\"PackagePublish/2.0.0\"},{\"@id\":\"" + base()
                            + "/flat/\",\"@type\":\"PackageBaseAddress/3.0.0\"}]}").getBytes(StandardCharsets.UTF_8));
                } else if (path.equals("/flat/big.pkg/index.json") && feedCopy != null) {
                    send(exchange, 200, "{\"versions\":[\"1.0.0\"]}".getBytes(StandardCharsets.UTF_8));
                } else if (path.equals("/flat/big.pkg/1.0.0/big.pkg.1.0.0.nupkg") && feedCopy != null) {
                    send(exchange, 200, feedCopy);
                } else {
                    send(exchange, 404, new byte[0]);
                }
            } catch (IOException | RuntimeException e) {
                exchange.close();
            }
        });
        server.start();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void readAll(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            bodiesReceived.add(in.readAllBytes().length);
        }
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        send(exchange, status, new byte[0]);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
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
