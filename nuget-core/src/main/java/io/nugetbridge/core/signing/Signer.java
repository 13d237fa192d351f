package io.nugetbridge.core.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One signature of a package, the primary one or a repository countersignature, already verified
 * cryptographically: who signed (the certificate), as what, and for a repository signature the
 * service index and the package owners it vouches for.
 *
 * @param type author, repository or unknown
 * @param certificate the signing certificate
 * @param serviceIndex a repository signature's {@code nuget-v3-service-index-url}
 * @param owners a repository signature's {@code nuget-package-owners}
 */
public record Signer(SignatureType type, X509Certificate certificate, Optional<String> serviceIndex, List<String> owners) {

    public Signer {
        owners = List.copyOf(owners);
    }

    /** Upper-case hex of the certificate's hash with a JDK algorithm name ({@code SHA-256}...). */
    public String fingerprint(String javaAlgorithm) {
        try {
            return HexFormat.of().withUpperCase().formatHex(
                    MessageDigest.getInstance(javaAlgorithm).digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot compute the " + javaAlgorithm + " fingerprint of "
                    + certificate.getSubjectX500Principal(), e);
        }
    }

    /** For messages: kind, subject, SHA-256 fingerprint, owners. */
    public String describe() {
        return type.name().toLowerCase(Locale.ROOT) + " signature by " + certificate.getSubjectX500Principal().getName()
                + " (SHA256 fingerprint " + fingerprint("SHA-256") + ")"
                + serviceIndex.map(s -> " from " + s).orElse("")
                + (owners.isEmpty() ? "" : " for owners " + String.join(";", owners));
    }
}
