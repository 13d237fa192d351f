package io.nugetbridge.core.http;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * The one HTTP client every feed, push and download goes through: per-source concurrency limits,
 * preemptive Basic auth, our own redirect handling (credentials never follow to another origin),
 * retries with backoff, timeouts that tell waiting from stalling, plain-HTTP refusal, and errors that
 * say what to fix. Thread-safe; share one.
 */
public final class NuGetHttpClient implements Closeable {

    /** Header NuGet servers read the API key from; sent only where the caller asks and only to the first origin. */
    public static final String API_KEY_HEADER = "X-NuGet-ApiKey";

    /** Headers a caller may add that are secrets of the source, so they stay with its origin like our own. */
    private static final Set<String> ORIGIN_BOUND_HEADERS =
            Set.of("authorization", API_KEY_HEADER.toLowerCase(Locale.ROOT), "cookie");

    private static final int DOWNLOAD_BUFFER = 64 * 1024;

    /**
     * The most a download may decode to: NuGet.org takes packages up to 250 MB and Azure Artifacts up to 500 MB;
     * a body that outgrows this is no package, and stopping it keeps it from filling the disk.
     */
    static final long MAX_DOWNLOAD_BYTES = 8L * 1024 * 1024 * 1024;

    private final HttpSettings settings;
    private final CloseableHttpClient client;
    private final RetryPolicy retryPolicy;
    private final Pause pause;
    private final Map<String, Semaphore> perSource = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor timeouts = newTimeoutThread();
    private final RenewedCredentials renewed = new RenewedCredentials();

    public NuGetHttpClient(HttpSettings settings) {
        this(settings, Pause.SLEEP);
    }

    NuGetHttpClient(HttpSettings settings, Pause pause) {
        this(settings, pause, new LazyTlsStrategy());
    }

    /** With the TLS of https connections given, as a test gives one that trusts its own server. */
    NuGetHttpClient(HttpSettings settings, Pause pause, TlsSocketStrategy tls) {
        LibraryLogging.keepSecretsOutOfLibraryLogs();
        this.settings = settings;
        this.client = ApacheClientFactory.create(settings, UserAgent.VALUE, tls);
        this.retryPolicy = new RetryPolicy(settings);
        this.pause = pause;
    }

    public HttpSettings settings() {
        return settings;
    }

    /** A small body (a service index, a version list, a nuspec), or empty on 404 or 410. */
    public Optional<byte[]> getBytes(URI uri, Endpoint endpoint, long maxBytes) {
        return execute(HttpCall.get(uri, endpoint), received -> {
            if (received.status() == 404 || received.status() == 410) {
                return Optional.empty();
            }
            requireSuccess(received);
            return Optional.of(readCapped(received.response().getEntity(), maxBytes, received.uri()));
        });
    }

    /**
     * Streams a body (a {@code .nupkg}) to {@code target} through a temporary file in the same folder,
     * renamed into place only when complete. Returns false on 404 or 410. A cut connection is retried;
     * nothing partial is ever left at {@code target}, nor beside it.
     */
    public boolean download(URI uri, Endpoint endpoint, Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return execute(HttpCall.get(uri, endpoint), received -> {
            if (received.status() == 404 || received.status() == 410) {
                return false;
            }
            requireSuccess(received);
            Path temporary = createTemporary(parent, target);
            try {
                try (InputStream in = received.response().getEntity().getContent();
                        OutputStream out = Files.newOutputStream(temporary)) {
                    copy(in, out, target, received.uri());
                }
                move(temporary, target);
                return true;
            } finally {
                Files.deleteIfExists(temporary);
            }
        });
    }

    /**
     * Sends any request (a push, a delete) and hands back the status and a short excerpt of the body.
     * Unlike the other methods it does not turn an error status into an exception; the caller knows
     * what a 409 means for it.
     */
    public HttpAnswer send(HttpCall call) {
        return execute(call, received -> {
            HttpEntity entity = received.response().getEntity();
            byte[] excerpt = entity == null ? new byte[0] : readExcerpt(entity);
            return new HttpAnswer(received.status(), received.uri(), new String(excerpt, StandardCharsets.UTF_8),
                    received.attempts(), received.endpoint());
        });
    }

    /**
     * A response as handed to a reader: its status, itself, the URL it finally came from, the tries it took, the
     * endpoint as last sent (with renewed credentials, if they were renewed), and whether its credentials went
     * along (not to a redirect target on another origin).
     */
    record Received(int status, ClassicHttpResponse response, URI uri, int attempts, Endpoint endpoint,
            boolean credentialsSent) {}

    @FunctionalInterface
    interface ResponseReader<T> {
        T read(Received received) throws IOException;
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

    private <T> T executeWithRetries(HttpCall given, ResponseReader<T> reader) {
        HttpCall call = given.withEndpoint(renewed.current(given.endpoint()));
        boolean renewalTried = false;
        Origin firstOrigin = Origin.of(call.uri());
        Set<URI> visited = new LinkedHashSet<>();
        visited.add(call.uri());
        URI current = call.uri();
        String method = call.method();
        boolean sendsBody = call.body().isPresent();
        int attempt = 1;
        while (true) {
            // Checked on every hop, so a redirect cannot downgrade a source to plain HTTP either.
            TransportSecurity.check(current, call.endpoint());
            HttpUriRequestBase request = buildRequest(call, method, current, Origin.of(current).equals(firstOrigin));
            Duration wait;
            Watchdog watchdog = Watchdog.start(timeouts, request, call.requestTimeout()
                    .map(t -> settings.withTimeouts(settings.connectTimeout(), settings.responseTimeout(),
                            settings.stallTimeout(), t))
                    .orElse(settings));
            try {
                if (sendsBody) {
                    request.setEntity(new WatchedEntity(call.body().get().get(), watchdog));
                }
                HttpClientContext context = newContext();
                try (ClassicHttpResponse response = client.executeOpen(null, request, context)) {
                    watchdog.bodyStarted();
                    if (response.getEntity() != null) {
                        response.setEntity(new WatchedEntity(response.getEntity(), watchdog));
                    }
                    DecodedEntity.decode(response, current);
                    int status = response.getCode();
                    // An https request through a proxy may be answered by the proxy itself, refusing the tunnel.
                    Optional<HttpProxy> refusingProxy = tunnelRefusedBy(current, context);
                    Optional<URI> location = call.followsRedirects() && refusingProxy.isEmpty()
                            ? redirectTarget(status, response, current, call) : Optional.empty();
                    if (location.isPresent()) {
                        current = nextHop(location.get(), visited, call);
                        if (status == 303 && !method.equals("HEAD")) {
                            method = "GET";
                            sendsBody = false;
                        }
                        continue;
                    }
                    // Credentials that ran out (a CodeArtifact token the client fetched) are renewed once and the same
                    // request sent again: the server refused it unread, so even a push may go again.
                    if (status == 401 && !renewalTried && Origin.of(current).equals(firstOrigin)
                            && call.endpoint().credentials().isPresent()) {
                        renewalTried = true;
                        Optional<Credentials> fresh = renewed.renew(call.endpoint().credentials().get());
                        if (fresh.isPresent()) {
                            call = call.withEndpoint(call.endpoint().withCredentials(fresh.get()));
                            continue;
                        }
                    }
                    // When the proxy refused the tunnel nothing reached the server, so even a push may go again.
                    // A 408 or 429 means the server turned the request away unread, so even a push may go again.
                    boolean mayRepeat = call.repeatable() || refusingProxy.isPresent() || status == 408 || status == 429;
                    if (RetryPolicy.isRetryableStatus(status) && mayRepeat && retryPolicy.hasAttemptLeft(attempt)) {
                        wait = retryPolicy.delay(attempt, header(response, HttpHeaders.RETRY_AFTER), Instant.now());
                    } else if (refusingProxy.isPresent()) {
                        throw HttpFailures.tunnelRefused(status, response.getReasonPhrase(), refusingProxy.get(),
                                current, call.endpoint(), attempt);
                    } else {
                        return readOrAbandon(reader, new Received(status, response, current, attempt, call.endpoint(),
                                Origin.of(current).equals(firstOrigin)), request);
                    }
                }
            } catch (IOException e) {
                Optional<String> refused = HttpFailures.certificateRefused(e);
                if (refused.isPresent()) { // the same certificate again would be refused again
                    throw new NuGetHttpException(current, 0, "Could not " + method + " " + SafeUri.of(current) + " for "
                            + call.endpoint() + ": " + refused.get(), e);
                }
                Optional<String> expiry = watchdog.expiry();
                boolean nothingSent = e instanceof ConnectException;
                boolean worthRepeating = (call.repeatable() || nothingSent) && !watchdog.ranOutOfTime();
                if (!worthRepeating || !retryPolicy.hasAttemptLeft(attempt)) {
                    String why = expiry.orElseGet(() -> e.getClass().getSimpleName() + ": " + e.getMessage());
                    throw new NuGetHttpException(current, 0, "Could not " + method + " " + SafeUri.of(current)
                            + " for " + call.endpoint() + " after " + attempt + " attempt(s): " + why, e);
                }
                wait = retryPolicy.delay(attempt, Optional.empty(), Instant.now());
            } finally {
                watchdog.close();
            }
            pause(wait);
            attempt++;
        }
    }

    /** Runs the reader; if it fails, the connection is dropped rather than drained of a body nobody wants. */
    private static <T> T readOrAbandon(ResponseReader<T> reader, Received received, HttpUriRequestBase request)
            throws IOException {
        try {
            return reader.read(received);
        } catch (IOException | RuntimeException e) {
            request.cancel();
            throw e;
        }
    }

    private URI nextHop(URI location, Set<URI> visited, HttpCall call) {
        if (!visited.add(location)) {
            throw new NuGetHttpException(location, 0, "Redirect loop for " + call.endpoint() + ": "
                    + chain(visited) + " -> " + SafeUri.of(location) + " again. Check the source URL, or tell the"
                    + " feed's owner that its redirects go round in circles.", null);
        }
        if (visited.size() - 1 > settings.maxRedirects()) {
            throw new NuGetHttpException(location, 0, "Too many redirects (more than " + settings.maxRedirects()
                    + ") for " + call.endpoint() + ": " + chain(visited), null);
        }
        return location;
    }

    private static String chain(Set<URI> visited) {
        return String.join(" -> ", visited.stream().map(SafeUri::of).toList());
    }

    /**
     * The proxy that answered instead of the server: the request was for https through it, yet no TLS
     * session came up, so the answer is the proxy's to our CONNECT.
     */
    private Optional<HttpProxy> tunnelRefusedBy(URI uri, HttpClientContext context) {
        return settings.proxy()
                .filter(proxy -> "https".equalsIgnoreCase(uri.getScheme()) && proxy.appliesTo(uri))
                .filter(proxy -> context.getSSLSession() == null);
    }

    private HttpClientContext newContext() {
        HttpClientContext context = HttpClientContext.create();
        settings.proxy().ifPresent(proxy -> ApacheClientFactory.preemptiveProxyAuth(proxy, context));
        return context;
    }

    private static HttpUriRequestBase buildRequest(HttpCall call, String method, URI uri, boolean sameOrigin) {
        HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
        // Bodies are decoded by DecodedEntity, which bounds what they may grow to.
        request.setHeader(HttpHeaders.ACCEPT_ENCODING, DecodedEntity.ACCEPTED);
        // Credentials and the API key go only to the origin the caller named, never to a redirect target elsewhere.
        if (sameOrigin) {
            call.endpoint().credentials().ifPresent(c -> request.setHeader(HttpHeaders.AUTHORIZATION, basic(c)));
            if (call.sendsApiKey()) {
                call.endpoint().apiKey().ifPresent(key -> request.setHeader(API_KEY_HEADER, key));
            }
        }
        call.headers().forEach((name, value) -> {
            if (sameOrigin || !ORIGIN_BOUND_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                request.setHeader(name, value);
            }
        });
        // The source's configured headers may carry a token, so they stay with its origin like its credentials.
        if (sameOrigin) {
            call.endpoint().headers().forEach((name, value) -> request.setHeader(name,
                    name.equalsIgnoreCase(HttpHeaders.USER_AGENT) ? UserAgent.VALUE + " " + value : value));
        }
        return request;
    }

    private static String basic(Credentials credentials) {
        String pair = credentials.username() + ":" + credentials.password();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<URI> redirectTarget(int status, ClassicHttpResponse response, URI current, HttpCall call) {
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            return Optional.empty();
        }
        Optional<String> location = header(response, HttpHeaders.LOCATION);
        if (location.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(current.resolve(location.get().trim()));
        } catch (IllegalArgumentException e) {
            throw new NuGetHttpException(current, status, SafeUri.of(current) + " for " + call.endpoint()
                    + " redirected to a Location that is not a valid URL; tell the feed's owner.", null);
        }
    }

    private static Optional<String> header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? Optional.empty() : Optional.of(header.getValue());
    }

    private static void requireSuccess(Received received) {
        if (received.status() < 200 || received.status() > 299) {
            throw HttpFailures.forStatus(received.status(), received.response().getReasonPhrase(), received.uri(),
                    received.credentialsSent() ? received.endpoint() : received.endpoint().withoutSecrets(),
                    received.attempts(), !received.credentialsSent());
        }
    }

    private static byte[] readCapped(HttpEntity entity, long maxBytes, URI uri) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Not closed on the way out when too large: closing would first drain the rest of an oversized body.
        InputStream in = entity.getContent();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total > maxBytes) {
                throw new NuGetHttpException(uri, 0, "The response from " + SafeUri.of(uri) + " is larger than "
                        + maxBytes + " bytes, more than any such document should be; refusing to read it", null);
            }
            out.write(buffer, 0, read);
        }
        in.close();
        return out.toByteArray();
    }

    private static byte[] readExcerpt(HttpEntity entity) throws IOException {
        try (InputStream in = entity.getContent()) {
            return in.readNBytes(4096);
        }
    }

    private static Path createTemporary(Path parent, Path target) {
        try {
            Files.createDirectories(parent);
            return Files.createTempFile(parent, "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary file in " + parent + " to download "
                    + target.getFileName() + " into; check that the folder is writable", e);
        }
    }

    /** Copies the body; a failed read is the network's (retried), a failed write is the disk's (not retried). */
    private static void copy(InputStream in, OutputStream out, Path target, URI uri) throws IOException {
        byte[] buffer = new byte[DOWNLOAD_BUFFER];
        int read;
        long total = 0;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total > MAX_DOWNLOAD_BYTES) {
                throw new NuGetHttpException(uri, 0, "The download from " + SafeUri.of(uri) + " is larger than "
                        + MAX_DOWNLOAD_BYTES + " bytes, more than any NuGet feed accepts in a package; refusing it", null);
            }
            try {
                out.write(buffer, 0, read);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the download of " + target + "; check free space", e);
            }
        }
    }

    private static void move(Path temporary, Path target) {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the finished download into place at " + target, e);
        }
    }

    private static ScheduledThreadPoolExecutor newTimeoutThread() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "nuget-http-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        // Almost every check is cancelled when its request ends; drop them then rather than when due.
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private void pause(Duration delay) {
        try {
            pause.pause(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry an HTTP request", e);
        }
    }

    @Override
    public void close() throws IOException {
        timeouts.shutdownNow();
        client.close();
    }
}
