package io.nugetbridge.core.cache;

/**
 * The source asked to provide a package does not have that version (it answered 404 or the folder has
 * no such file). Restore catches this to try its next source; nothing was written.
 */
public class PackageNotOnSourceException extends CacheException {

    private static final long serialVersionUID = 1L;

    public PackageNotOnSourceException(String message) {
        super(message);
    }
}
