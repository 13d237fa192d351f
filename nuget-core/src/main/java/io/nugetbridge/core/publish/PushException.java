package io.nugetbridge.core.publish;

/** A push that failed for a reason the user can act on; the message says what to change. Never holds a secret. */
public class PushException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PushException(String message) {
        super(message);
    }

    public PushException(String message, Throwable cause) {
        super(message, cause);
    }
}
