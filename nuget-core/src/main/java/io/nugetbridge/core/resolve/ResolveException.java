package io.nugetbridge.core.resolve;

/** Resolution cannot go on: a package or input is broken in a way no diagnostic can describe. */
public final class ResolveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ResolveException(String message) {
        super(message);
    }

    public ResolveException(String message, Throwable cause) {
        super(message, cause);
    }
}
