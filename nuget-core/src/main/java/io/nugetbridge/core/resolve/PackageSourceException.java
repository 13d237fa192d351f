package io.nugetbridge.core.resolve;

/** A source could not answer (unreachable, refused, malformed); the restore reports it as NU1301. */
public final class PackageSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PackageSourceException(String message) {
        super(message);
    }

    public PackageSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
