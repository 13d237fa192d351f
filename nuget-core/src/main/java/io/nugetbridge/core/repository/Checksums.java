package io.nugetbridge.core.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** The checksum files a Maven repository serves beside each file: lower-case hex of the exact bytes. */
public final class Checksums {

    private static final Map<String, String> ALGORITHMS = Map.of("sha1", "SHA-1", "md5", "MD5", "sha256", "SHA-256",
            "sha512", "SHA-512");

    private Checksums() {}

    /** Whether Maven may ask for a checksum with this extension ({@code sha1}, {@code md5}, ...). */
    public static boolean isChecksumExtension(String extension) {
        return ALGORITHMS.containsKey(extension.toLowerCase(Locale.ROOT));
    }

    public static String of(byte[] bytes, String extension) {
        return HexFormat.of().formatHex(digest(extension).digest(bytes));
    }

    /** Streams the file once. */
    public static String of(Path file, String extension) {
        MessageDigest digest = digest(extension);
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " to compute its checksum", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest(String extension) {
        String algorithm = ALGORITHMS.get(extension.toLowerCase(Locale.ROOT));
        if (algorithm == null) {
            throw new IllegalArgumentException("Not a checksum extension: " + extension);
        }
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }
}
