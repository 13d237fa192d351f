package io.nugetbridge.core.http;

import java.util.Optional;

/**
 * How to talk to one package source: its name for messages, its credentials, the API key for pushes,
 * and whether plain {@code http://} to a non-loopback host is allowed.
 */
public record Endpoint(String sourceName, Optional<Credentials> credentials, Optional<String> apiKey,
        boolean allowInsecureConnections) {

    /** An anonymous source. */
    public static Endpoint anonymous(String sourceName) {
        return new Endpoint(sourceName, Optional.empty(), Optional.empty(), false);
    }

    public Endpoint withCredentials(Credentials value) {
        return new Endpoint(sourceName, Optional.of(value), apiKey, allowInsecureConnections);
    }

    public Endpoint withApiKey(String value) {
        return new Endpoint(sourceName, credentials, Optional.ofNullable(value), allowInsecureConnections);
    }

    public Endpoint allowingInsecureConnections(boolean value) {
        return new Endpoint(sourceName, credentials, apiKey, value);
    }

    /**
     * The same source without its credentials and API key: for requests to another origin than the source's,
     * such as a V2 {@code next} link or a download URL on someone else's host, which must not receive them.
     */
    public Endpoint withoutSecrets() {
        return new Endpoint(sourceName, Optional.empty(), Optional.empty(), allowInsecureConnections);
    }

    @Override
    public String toString() {
        return "source '" + sourceName + "'" + credentials.map(c -> " (" + c + ")").orElse("")
                + apiKey.map(k -> " with an API key").orElse("");
    }
}
