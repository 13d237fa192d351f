package io.nugetbridge.core.config;

import java.util.Locale;
import java.util.Objects;

/**
 * A {@code <certificate>} of a trusted signer: the fingerprint of the signing certificate (hex, compared
 * ignoring case) computed with {@code hashAlgorithm}.
 *
 * @param fingerprint upper-case hex of the certificate's hash
 * @param hashAlgorithm {@code SHA256}, {@code SHA384} or {@code SHA512}
 * @param allowUntrustedRoot read and shown; trust here rests on the fingerprint itself
 */
public record TrustedCertificate(String fingerprint, String hashAlgorithm, boolean allowUntrustedRoot) {

    public TrustedCertificate {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
        fingerprint = fingerprint.trim().toUpperCase(Locale.ROOT);
        hashAlgorithm = hashAlgorithm.trim().toUpperCase(Locale.ROOT);
    }

    /** The JDK's name of the hash ({@code SHA-256}...). */
    public String javaAlgorithm() {
        return hashAlgorithm.replace("SHA", "SHA-");
    }
}
