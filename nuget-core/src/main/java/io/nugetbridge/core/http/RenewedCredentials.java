package io.nugetbridge.core.http;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials that a source refused and that were renewed (a CodeArtifact token fetched again after it ran
 * out), remembered for the client's life: the next request that would carry the refused ones carries the
 * fresh ones from its first byte, instead of earning its own 401 first.
 */
final class RenewedCredentials {

    /** More renewals of one secret than this in a row means a loop, not expiry. */
    private static final int MAX_CHAIN = 8;

    private final Map<String, Credentials> replacements = new ConcurrentHashMap<>();

    /** The endpoint with its credentials replaced by their latest renewal, if they were renewed. */
    Endpoint current(Endpoint endpoint) {
        if (endpoint.credentials().isEmpty()) {
            return endpoint;
        }
        Credentials given = endpoint.credentials().get();
        Credentials latest = given;
        for (int i = 0; i < MAX_CHAIN; i++) {
            Credentials next = replacements.get(key(latest));
            if (next == null) {
                break;
            }
            latest = next;
        }
        return latest == given ? endpoint : endpoint.withCredentials(latest);
    }

    /** Fresh credentials for refused ones, when their renewal has any that differ; remembered for later requests. */
    Optional<Credentials> renew(Credentials refused) {
        Optional<Credentials> fresh = refused.renewal().renew(refused).filter(f -> !f.sameSecretAs(refused));
        fresh.ifPresent(f -> replacements.put(key(refused), f));
        return fresh;
    }

    private static String key(Credentials credentials) {
        return credentials.username() + '\u0000' + credentials.password();
    }
}
