package io.nugetbridge.core.lockfile;

/** A packages.lock.json that cannot be read; the message names the file and what is wrong. */
public final class LockFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LockFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public LockFileException(String message) {
        super(message);
    }
}
