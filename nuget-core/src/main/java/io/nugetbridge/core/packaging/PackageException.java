package io.nugetbridge.core.packaging;

/** A package that cannot be read or safely extracted; the message names the package and what is wrong. */
public class PackageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PackageException(String message) {
        super(message);
    }

    public PackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
