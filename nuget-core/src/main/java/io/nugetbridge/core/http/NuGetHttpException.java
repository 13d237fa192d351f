package io.nugetbridge.core.http;

import java.net.URI;
import java.util.OptionalInt;

/**
 * A request to a package source failed. The message names the source, the URL and (where there was
 * a response) the HTTP status, and says what to change. It never contains a secret.
 */
public final class NuGetHttpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final URI uri;
    private final int status;

    public NuGetHttpException(URI uri, int status, String message, Throwable cause) {
        super(message, cause);
        this.uri = uri;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    /** The HTTP status, or empty where the request failed before a response (I/O, refused, timeout). */
    public OptionalInt status() {
        return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }
}
