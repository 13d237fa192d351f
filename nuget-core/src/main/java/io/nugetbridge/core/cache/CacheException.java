package io.nugetbridge.core.cache;

/**
 * The global packages folder cannot give or take a package: a download that does not match its hash,
 * a package that is not what was asked, a folder that cannot be written. The message names the package,
 * its version, the source and the folder, and says what to change; nothing was left half-installed.
 */
public class CacheException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CacheException(String message) {
        super(message);
    }

    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
