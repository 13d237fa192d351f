package io.nugetbridge.core.cloud;

/** A cloud feed could not be authenticated; the message says what to set. Never holds a secret. */
public class CloudException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CloudException(String message, Throwable cause) {
        super(message, cause);
    }

    public CloudException(String message) {
        super(message);
    }
}
