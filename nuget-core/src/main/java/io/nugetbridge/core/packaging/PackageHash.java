package io.nugetbridge.core.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The SHA-512 of a package file, base64-encoded: what NuGet writes to {@code .nupkg.sha512} and to
 * {@code contentHash} in {@code .nupkg.metadata}. Streams the file, so size does not matter.
 */
public final class PackageHash {

    private PackageHash() {}

    public static String sha512Base64(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return sha512Base64(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " to compute its SHA-512: " + e.getMessage(), e);
        }
    }

    public static String sha512Base64(InputStream in) throws IOException {
        MessageDigest digest = newSha512();
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = in.read(buffer)) >= 0; ) {
            digest.update(buffer, 0, read);
        }
        return Base64.getEncoder().encodeToString(digest.digest());
    }

    static MessageDigest newSha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-512", e);
        }
    }
}
