package io.nugetbridge.core.feed;

/** A feed answered something we cannot use; the message names the source and the URL or file. */
public class FeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
