package io.nugetbridge.core.cache;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/** Checks a download against the hash its feed lists for it, before anything is extracted. */
final class HashCheck {

    private HashCheck() {}

    /**
     * Throws when the feed gave a hash and the download's differs. Hashes are compared as bytes, so a
     * feed that pads or wraps its base64 differently is not taken for a bad one.
     */
    static void requireMatch(Optional<String> expected, String actual, String what, String source, Path root) {
        if (expected.isEmpty() || expected.get().isBlank() || sameBytes(expected.get(), actual)) {
            return;
        }
        throw new CacheException("The package " + what + " downloaded from " + source + " does not match"
                + " the SHA-512 the source lists for it: the source lists " + expected.get().strip() + ", the"
                + " download has " + actual + ". Nothing was installed into " + root + ". The feed's copy is"
                + " damaged or was replaced after it was listed; tell the feed's administrators, or remove the"
                + " source if it cannot be trusted.");
    }

    private static boolean sameBytes(String expected, String actual) {
        try {
            return Arrays.equals(Base64.getMimeDecoder().decode(expected.strip()), Base64.getDecoder().decode(actual));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
