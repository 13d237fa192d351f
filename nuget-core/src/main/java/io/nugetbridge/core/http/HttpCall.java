package io.nugetbridge.core.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.hc.core5.http.HttpEntity;

/**
 * One request to send.
 *
 * @param body makes a fresh entity per attempt (a push re-opens its file rather than buffering it)
 * @param repeatable whether a failure after the request started may be retried; false for pushes, which
 *     are retried only when the connection was refused, so a package is never published twice
 * @param sendsApiKey whether the endpoint's API key goes along (only pushes and deletes want it)
 * @param followsRedirects whether a 3xx is followed (not for a streamed push body)
 * @param requestTimeout this call's own limit on one attempt (a push's {@code -Timeout}), instead of the
 *     client's request timeout
 */
public record HttpCall(String method, URI uri, Endpoint endpoint, Map<String, String> headers,
        Optional<Supplier<HttpEntity>> body, boolean repeatable, boolean sendsApiKey, boolean followsRedirects,
        Optional<Duration> requestTimeout) {

    public HttpCall {
        headers = Map.copyOf(headers);
        requestTimeout.ifPresent(t -> {
            if (t.isZero() || t.isNegative()) {
                throw new IllegalArgumentException("A request timeout must be positive, not " + t);
            }
        });
    }

    /** A call with the client's own request timeout. */
    public HttpCall(String method, URI uri, Endpoint endpoint, Map<String, String> headers,
            Optional<Supplier<HttpEntity>> body, boolean repeatable, boolean sendsApiKey, boolean followsRedirects) {
        this(method, uri, endpoint, headers, body, repeatable, sendsApiKey, followsRedirects, Optional.empty());
    }

    /** Header names only: a caller's header may hold a secret. */
    @Override
    public String toString() {
        return method + " " + SafeUri.of(uri) + " for " + endpoint + (headers.isEmpty() ? "" : " with headers "
                + headers.keySet().stream().sorted().toList());
    }

    /** The same call for another endpoint (the same source with renewed credentials). */
    public HttpCall withEndpoint(Endpoint value) {
        return new HttpCall(method, uri, value, headers, body, repeatable, sendsApiKey, followsRedirects, requestTimeout);
    }

    public static HttpCall get(URI uri, Endpoint endpoint) {
        return new HttpCall("GET", uri, endpoint, Map.of(), Optional.empty(), true, false, true);
    }
}
