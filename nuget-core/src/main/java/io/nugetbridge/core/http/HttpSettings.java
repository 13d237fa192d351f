package io.nugetbridge.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Every knob of the HTTP layer, with NuGet-like defaults.
 *
 * @param connectTimeout time to open a connection
 * @param responseTimeout silence allowed before the response head arrives (NuGet's 100 s HTTP timeout)
 * @param stallTimeout silence allowed while a body streams in (NuGet's 60 s download stall timeout)
 * @param requestTimeout time for one attempt to get its response head, the upload of a body included; a large
 *     push wants more. A body being read is bounded by the stall timeout instead, so a big download that keeps
 *     moving is never cut
 * @param maxRequestsPerSource requests in flight at once towards one source ({@code maxHttpRequestsPerSource})
 * @param maxAttempts tries per request, the first included
 * @param retryBaseDelay first backoff delay; it doubles per retry, with jitter
 * @param retryMaxDelay cap on one backoff delay, and on a server's {@code Retry-After}
 * @param maxRedirects redirect hops followed before giving up
 * @param proxy where requests go through, if anywhere
 */
public record HttpSettings(Duration connectTimeout, Duration responseTimeout, Duration stallTimeout,
        Duration requestTimeout, int maxRequestsPerSource, int maxAttempts, Duration retryBaseDelay,
        Duration retryMaxDelay, int maxRedirects, Optional<HttpProxy> proxy) {

    public HttpSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(responseTimeout, "responseTimeout");
        requirePositive(stallTimeout, "stallTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxRequestsPerSource < 1) {
            throw new IllegalArgumentException(
                    "maxHttpRequestsPerSource must be at least 1, not " + maxRequestsPerSource);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("The number of HTTP attempts must be at least 1, not " + maxAttempts);
        }
        if (retryBaseDelay.isNegative() || retryMaxDelay.isNegative()) {
            throw new IllegalArgumentException("HTTP retry delays cannot be negative");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("The number of redirects cannot be negative, not " + maxRedirects);
        }
        Objects.requireNonNull(proxy, "proxy");
    }

    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(30), Duration.ofSeconds(100), Duration.ofSeconds(60),
                Duration.ofSeconds(300), 16, 3, Duration.ofMillis(200), Duration.ofSeconds(30), 10, Optional.empty());
    }

    public HttpSettings withRetries(int attempts, Duration baseDelay, Duration maxDelay) {
        return new HttpSettings(connectTimeout, responseTimeout, stallTimeout, requestTimeout, maxRequestsPerSource,
                attempts, baseDelay, maxDelay, maxRedirects, proxy);
    }

    public HttpSettings withTimeouts(Duration connect, Duration response, Duration stall, Duration request) {
        return new HttpSettings(connect, response, stall, request, maxRequestsPerSource, maxAttempts, retryBaseDelay,
                retryMaxDelay, maxRedirects, proxy);
    }

    public HttpSettings withMaxRequestsPerSource(int value) {
        return new HttpSettings(connectTimeout, responseTimeout, stallTimeout, requestTimeout, value, maxAttempts,
                retryBaseDelay, retryMaxDelay, maxRedirects, proxy);
    }

    public HttpSettings withMaxRedirects(int value) {
        return new HttpSettings(connectTimeout, responseTimeout, stallTimeout, requestTimeout, maxRequestsPerSource,
                maxAttempts, retryBaseDelay, retryMaxDelay, value, proxy);
    }

    public HttpSettings withProxy(Optional<HttpProxy> value) {
        return new HttpSettings(connectTimeout, responseTimeout, stallTimeout, requestTimeout, maxRequestsPerSource,
                maxAttempts, retryBaseDelay, retryMaxDelay, maxRedirects, value);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("The HTTP " + name + " must be positive, not " + value);
        }
    }
}
