package io.nugetbridge.core.restore;

/** A restore that cannot go on because of its input or the packages it got; the message says what to change. */
public final class RestoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RestoreException(String message) {
        super(message);
    }

    public RestoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
