package io.nugetbridge.core.http;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * The one HTTP client every feed, push and download goes through: per-source concurrency limits,
 * preemptive Basic auth, our own redirect handling (credentials never follow to another origin),
 * retries with backoff, plain-HTTP refusal, and errors that say what to fix. Thread-safe; share one.
 */
public final class NuGetHttpClient implements Closeable {

    /** Header NuGet servers read the API key from; sent only where the caller asks and only to the first origin. */
    public static final String API_KEY_HEADER = "X-NuGet-ApiKey";

    private final HttpSettings settings;
    private final CloseableHttpClient client;
    private final RetryPolicy retryPolicy;
    private final Map<String, Semaphore> perSource = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timeouts = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "nuget-http-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    public NuGetHttpClient(HttpSettings settings) {
        this.settings = settings;
        this.client = ApacheClientFactory.create(settings, UserAgent.VALUE);
        this.retryPolicy = new RetryPolicy(settings);
    }

    public HttpSettings settings() {
        return settings;
    }

    /** A small body (a service index, a version list, a nuspec), or empty on 404 or 410. */
    public Optional<byte[]> getBytes(URI uri, Endpoint endpoint, long maxBytes) {
        return execute(HttpCall.get(uri, endpoint), (status, response, finalUri) -> {
            if (status == 404 || status == 410) {
                return Optional.empty();
            }
            requireSuccess(status, response, finalUri, endpoint);
            return Optional.of(readCapped(response.getEntity(), maxBytes, finalUri));
        });
    }

    /**
     * Streams a body (a {@code .nupkg}) to {@code target} through a temporary file in the same folder,
     * renamed into place only when complete. Returns false on 404 or 410. A cut connection is retried;
     * nothing partial is ever left at {@code target}.
     */
    public boolean download(URI uri, Endpoint endpoint, Path target) {
        return execute(HttpCall.get(uri, endpoint), (status, response, finalUri) -> {
            if (status == 404 || status == 410) {
                return false;
            }
            requireSuccess(status, response, finalUri, endpoint);
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".part");
            try {
                try (InputStream in = response.getEntity().getContent(); OutputStream out = Files.newOutputStream(temporary)) {
                    in.transferTo(out);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } finally {
                Files.deleteIfExists(temporary);
            }
        });
    }

    /** Sends any request (a push, a delete) and hands back the status and a short excerpt of the body. */
    public HttpAnswer send(HttpCall call) {
        return execute(call, (status, response, finalUri) -> {
            byte[] excerpt = response.getEntity() == null ? new byte[0] : readExcerpt(response.getEntity());
            return new HttpAnswer(status, finalUri, new String(excerpt, StandardCharsets.UTF_8));
        });
    }

    /** Reads a response: the status, the response, and the URL it finally came from. */
    @FunctionalInterface
    interface ResponseReader<T> {
        T read(int status, ClassicHttpResponse response, URI finalUri) throws IOException;
    }

    private <T> T execute(HttpCall call, ResponseReader<T> reader) {
        Semaphore limit = perSource.computeIfAbsent(call.endpoint().sourceName(),
                name -> new Semaphore(settings.maxRequestsPerSource(), true));
        limit.acquireUninterruptibly();
        try {
            return executeWithRetries(call, reader);
        } finally {
            limit.release();
        }
    }

    private <T> T executeWithRetries(HttpCall call, ResponseReader<T> reader) {
        Origin firstOrigin = Origin.of(call.uri());
        URI current = call.uri();
        int attempt = 1;
        int redirects = 0;
        while (true) {
            TransportSecurity.check(current, call.endpoint());
            HttpUriRequestBase request = buildRequest(call, current, Origin.of(current).equals(firstOrigin));
            ScheduledFuture<?> deadline = timeouts.schedule(() -> request.cancel(),
                    settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            try (ClassicHttpResponse response = client.executeOpen(null, request, null)) {
                int status = response.getCode();
                Optional<URI> location = redirectTarget(status, response, current);
                if (location.isPresent() && call.followsRedirects()) {
                    if (++redirects > settings.maxRedirects()) {
                        throw new NuGetHttpException(current, status, "Too many redirects (more than "
                                + settings.maxRedirects() + ") from " + call.uri() + " for " + call.endpoint(), null);
                    }
                    current = location.get();
                    continue;
                }
                if (RetryPolicy.isRetryableStatus(status) && call.repeatable() && retryPolicy.hasAttemptLeft(attempt)) {
                    sleep(retryPolicy.delay(attempt, header(response, HttpHeaders.RETRY_AFTER), Instant.now()));
                    attempt++;
                    continue;
                }
                return reader.read(status, response, current);
            } catch (IOException e) {
                boolean nothingSent = e instanceof ConnectException;
                if ((call.repeatable() || nothingSent) && retryPolicy.hasAttemptLeft(attempt) && !request.isCancelled()) {
                    sleep(retryPolicy.delay(attempt, Optional.empty(), Instant.now()));
                    attempt++;
                    continue;
                }
                String why = request.isCancelled()
                        ? "it took longer than " + settings.requestTimeout().toSeconds() + " s"
                        : e.getClass().getSimpleName() + ": " + e.getMessage();
                throw new NuGetHttpException(current, 0, "Could not " + call.method() + " " + current + " for "
                        + call.endpoint() + " after " + attempt + " attempt(s): " + why, e);
            } finally {
                deadline.cancel(false);
            }
        }
    }

    private HttpUriRequestBase buildRequest(HttpCall call, URI uri, boolean sameOrigin) {
        HttpUriRequestBase request = new HttpUriRequestBase(call.method(), uri);
        // Credentials and the API key go only to the origin the caller named, never to a redirect target elsewhere.
        if (sameOrigin) {
            call.endpoint().credentials().ifPresent(c -> request.setHeader(HttpHeaders.AUTHORIZATION, basic(c)));
            if (call.sendsApiKey()) {
                call.endpoint().apiKey().ifPresent(key -> request.setHeader(API_KEY_HEADER, key));
            }
        }
        call.headers().forEach(request::setHeader);
        call.body().ifPresent(body -> request.setEntity(body.get()));
        return request;
    }

    private static String basic(Credentials credentials) {
        String pair = credentials.username() + ":" + credentials.password();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<URI> redirectTarget(int status, ClassicHttpResponse response, URI current) {
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            return Optional.empty();
        }
        return header(response, HttpHeaders.LOCATION).map(current::resolve);
    }

    private static Optional<String> header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? Optional.empty() : Optional.of(header.getValue());
    }

    private static void requireSuccess(int status, ClassicHttpResponse response, URI uri, Endpoint endpoint) {
        if (status < 200 || status > 299) {
            throw HttpFailures.forStatus(status, response.getReasonPhrase(), uri, endpoint);
        }
    }

    private static byte[] readCapped(HttpEntity entity, long maxBytes, URI uri) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = entity.getContent()) {
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    throw new NuGetHttpException(uri, 0, "The response from " + uri + " is larger than "
                            + maxBytes + " bytes, more than any such document should be; refusing to read it", null);
                }
                out.write(buffer, 0, read);
            }
        }
        return out.toByteArray();
    }

    private static byte[] readExcerpt(HttpEntity entity) throws IOException {
        try (InputStream in = entity.getContent()) {
            return in.readNBytes(4096);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }

    @Override
    public void close() throws IOException {
        timeouts.shutdownNow();
        client.close();
    }
}
