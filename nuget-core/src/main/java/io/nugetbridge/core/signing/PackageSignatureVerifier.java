package io.nugetbridge.core.signing;

import io.nugetbridge.core.config.SignatureValidationMode;
import io.nugetbridge.core.config.TrustedCertificate;
import io.nugetbridge.core.config.TrustedSigner;
import io.nugetbridge.core.packaging.PackageEntry;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.packaging.SignedContentDigest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a package against a {@link SignaturePolicy}, as NuGet does before it extracts one:
 * <ul>
 *   <li>a signed package must be intact in any mode: its signature verifies, and the hash it signs is
 *       the package's hash computed with the signature entry left out ({@link SignedContentDigest}, the
 *       rule the cache's content hash uses too);</li>
 *   <li>in {@code require} mode it must be signed, and its author signature (for an {@code <author>}
 *       entry) or its repository signature or countersignature (for a {@code <repository>} entry, with
 *       its {@code <owners>} if any) must have a certificate whose fingerprint, computed with the entry's
 *       hash algorithm, is listed.</li>
 * </ul>
 * Trust rests on those pinned fingerprints; certificate chains, revocation and timestamps are not checked.
 */
public final class PackageSignatureVerifier {

    /** Far above NuGet's signatures (some ten KiB with their certificate chains). */
    private static final int MAX_SIGNATURE_BYTES = 1024 * 1024;

    private final SignaturePolicy policy;

    public PackageSignatureVerifier(SignaturePolicy policy) {
        this.policy = policy;
    }

    /**
     * Returns what vouches for the package (empty for an unsigned package accepted in accept mode), or
     * throws a {@link SignatureException} naming the package and what failed.
     */
    public Optional<Signer> verify(Path nupkg) {
        String name = nupkg.getFileName().toString();
        Optional<byte[]> p7s = signatureFile(nupkg);
        if (p7s.isEmpty()) {
            if (policy.mode() == SignatureValidationMode.REQUIRE) {
                throw new SignatureException(name + " is not signed, and signatureValidationMode is require ("
                        + policy.origin() + "); only signed packages from a trusted signer are accepted");
            }
            return Optional.empty();
        }
        PackageSignature signature = PackageSignature.read(p7s.get(), name);
        byte[] actual = SignedContentDigest.of(nupkg, digest(signature.hashAlgorithm())).orElseThrow(() ->
                new SignatureException(name + " has a .signature.p7s entry, but not in the form NuGet signs (a single"
                        + " entry with that exact name, not flagged UTF-8, in a zip that is not zip64)"));
        if (!MessageDigest.isEqual(actual, signature.signedHash())) {
            throw new SignatureException(name + " was changed after it was signed: its " + signature.hashAlgorithm()
                    + " content hash does not match the one its signature signs (NU3008); get the package again");
        }
        if (policy.mode() == SignatureValidationMode.ACCEPT) {
            return Optional.of(signature.primary());
        }
        return Optional.of(trusted(signature, name));
    }

    private Signer trusted(PackageSignature signature, String name) {
        List<Signer> signers = new ArrayList<>();
        signers.add(signature.primary());
        signature.countersigners().stream().filter(c -> c.type() == SignatureType.REPOSITORY).forEach(signers::add);
        for (TrustedSigner entry : policy.trustedSigners()) {
            Optional<Signer> match = signers.stream().filter(signer -> matches(entry, signer)).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
        String found = String.join("; ", signers.stream().map(Signer::describe).toList());
        String trusted = policy.trustedSigners().isEmpty() ? "there are no <trustedSigners>"
                : "the trusted signers are " + policy.trustedSigners();
        throw new SignatureException(name + " is not signed by a trusted signer (signatureValidationMode is require, "
                + policy.origin() + "): it has " + found + ", and " + trusted + ". Add an <author> or <repository>"
                + " entry with one of these fingerprints to <trustedSigners> if you trust it (NU3034)");
    }

    private static boolean matches(TrustedSigner entry, Signer signer) {
        boolean kindMatches = entry.kind() == TrustedSigner.Kind.AUTHOR
                ? signer.type() == SignatureType.AUTHOR : signer.type() == SignatureType.REPOSITORY;
        if (!kindMatches || !hasCertificate(entry.certificates(), signer)) {
            return false;
        }
        // nuget.org account names ignore case, so owners are compared the same way.
        return entry.owners().isEmpty()
                || entry.owners().stream().anyMatch(owner -> signer.owners().stream().anyMatch(owner::equalsIgnoreCase));
    }

    private static boolean hasCertificate(List<TrustedCertificate> certificates, Signer signer) {
        return certificates.stream().anyMatch(c -> c.fingerprint().equals(signer.fingerprint(c.javaAlgorithm())));
    }

    private static Optional<byte[]> signatureFile(Path nupkg) {
        try (PackageReader reader = PackageReader.open(nupkg)) {
            Optional<PackageEntry> entry = reader.entry(PackageEntry.SIGNATURE_FILE);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream in = reader.open(entry.get())) {
                byte[] bytes = in.readNBytes(MAX_SIGNATURE_BYTES + 1);
                if (bytes.length > MAX_SIGNATURE_BYTES) {
                    throw new SignatureException(nupkg.getFileName() + ": its .signature.p7s is larger than "
                            + MAX_SIGNATURE_BYTES + " bytes; that is no NuGet signature");
                }
                return Optional.of(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signature of " + nupkg + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no " + algorithm, e);
        }
    }
}
