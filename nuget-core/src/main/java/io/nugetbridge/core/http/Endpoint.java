package io.nugetbridge.core.http;

import java.util.Map;
import java.util.Optional;

/**
 * How to talk to one package source: its name for messages, its credentials, the API key for pushes,
 * whether plain {@code http://} to a non-loopback host is allowed, and extra request headers the user
 * configured for it (the wagon's {@code <httpHeaders>}), which, like the credentials, go only to the
 * source's own origin.
 */
public record Endpoint(String sourceName, Optional<Credentials> credentials, Optional<String> apiKey,
        boolean allowInsecureConnections, Map<String, String> headers) {

    public Endpoint {
        headers = Map.copyOf(headers);
    }

    /** A source without extra headers. */
    public Endpoint(String sourceName, Optional<Credentials> credentials, Optional<String> apiKey,
            boolean allowInsecureConnections) {
        this(sourceName, credentials, apiKey, allowInsecureConnections, Map.of());
    }

    /** An anonymous source. */
    public static Endpoint anonymous(String sourceName) {
        return new Endpoint(sourceName, Optional.empty(), Optional.empty(), false);
    }

    public Endpoint withCredentials(Credentials value) {
        return new Endpoint(sourceName, Optional.of(value), apiKey, allowInsecureConnections, headers);
    }

    public Endpoint withApiKey(String value) {
        return new Endpoint(sourceName, credentials, Optional.ofNullable(value), allowInsecureConnections, headers);
    }

    public Endpoint allowingInsecureConnections(boolean value) {
        return new Endpoint(sourceName, credentials, apiKey, value, headers);
    }

    /** The same source sending these headers with every request to its origin. */
    public Endpoint withHeaders(Map<String, String> value) {
        return new Endpoint(sourceName, credentials, apiKey, allowInsecureConnections, value);
    }

    /**
     * The same source without its credentials and API key: for requests to another origin than the source's,
     * such as a V2 {@code next} link or a download URL on someone else's host, which must not receive them.
     */
    public Endpoint withoutSecrets() {
        return new Endpoint(sourceName, Optional.empty(), Optional.empty(), allowInsecureConnections, Map.of());
    }

    /** Neither secrets nor headers (a configured header may hold one). */
    @Override
    public String toString() {
        return "source '" + sourceName + "'" + credentials.map(c -> " (" + c + ")").orElse("")
                + apiKey.map(k -> " with an API key").orElse("");
    }
}
