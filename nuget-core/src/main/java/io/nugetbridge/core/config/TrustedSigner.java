package io.nugetbridge.core.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code <trustedSigners>} entry: an {@code <author>} trusted for its author signatures, or a
 * {@code <repository>} trusted for its repository signatures and countersignatures, optionally only
 * for packages whose repository signature lists one of {@code owners}.
 *
 * @param kind author or repository
 * @param name the {@code name} attribute
 * @param serviceIndex a repository's {@code serviceIndex}
 * @param certificates the trusted certificates; an entry without any trusts nothing
 * @param owners a repository's {@code <owners>} ({@code ;}-separated in the file); empty = any owner
 * @param declaredIn the file that declares it
 * @param line the line of its element
 */
public record TrustedSigner(Kind kind, String name, Optional<URI> serviceIndex, List<TrustedCertificate> certificates,
        List<String> owners, Path declaredIn, int line) {

    /** Which signatures an entry trusts. */
    public enum Kind { AUTHOR, REPOSITORY }

    public TrustedSigner {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        certificates = List.copyOf(certificates);
        owners = List.copyOf(owners);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " '" + name + "' (" + certificates.size()
                + " certificate(s)" + (owners.isEmpty() ? "" : ", owners " + owners) + ") from " + declaredIn;
    }
}
