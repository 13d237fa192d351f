package io.nugetbridge.core.http;

import java.time.Duration;
import java.util.Optional;

/**
 * Every knob of the HTTP layer, with NuGet-like defaults.
 *
 * @param connectTimeout time to open a connection
 * @param responseTimeout time to wait for a response to start
 * @param stallTimeout time without a single byte while a body streams (NuGet's download stall timeout)
 * @param requestTimeout time for a whole request, body included; a large push wants more
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
        if (value < 1) {
            throw new IllegalArgumentException("maxHttpRequestsPerSource must be at least 1, not " + value);
        }
        return new HttpSettings(connectTimeout, responseTimeout, stallTimeout, requestTimeout, value, maxAttempts,
                retryBaseDelay, retryMaxDelay, maxRedirects, proxy);
    }

    public HttpSettings withProxy(Optional<HttpProxy> value) {
        return new HttpSettings(connectTimeout, responseTimeout, stallTimeout, requestTimeout, maxRequestsPerSource,
                maxAttempts, retryBaseDelay, retryMaxDelay, maxRedirects, value);
    }
}
