package io.nugetbridge.core.http;

import java.util.Optional;

/**
 * What to do when a source answers 401 to credentials that may simply have run out, such as a CodeArtifact
 * token: a token the client fetched itself is fetched anew and the request sent once more; a token the user
 * gave cannot be renewed here, but the failure can say how to get a new one.
 */
public interface CredentialRenewal {

    /** Credentials that are never renewed and get the general advice. */
    CredentialRenewal NONE = refused -> Optional.empty();

    /**
     * Fresh credentials to send once in place of {@code refused}, or empty when there are none to try.
     * Called at most once per request; may block while a new token is fetched.
     */
    Optional<Credentials> renew(Credentials refused);

    /** What to tell the user when {@code refused} was turned down and could not be renewed; empty for the default. */
    default Optional<String> adviceWhenRefused(Credentials refused) {
        return Optional.empty();
    }
}
