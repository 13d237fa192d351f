package io.nugetbridge.core.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code <trustedSigners>}: {@code <author name>} and {@code <repository name serviceIndex>}
 * entries with {@code <certificate fingerprint hashAlgorithm allowUntrustedRoot>} children and, for a
 * repository, {@code <owners>}. Entries merge by name, the closest file winning.
 */
final class TrustedSignersReader {

    private static final Set<String> ALGORITHMS = Set.of("SHA256", "SHA384", "SHA512");

    private TrustedSignersReader() {}

    static List<TrustedSigner> read(ConfigStack stack) {
        Map<String, TrustedSigner> byName = new LinkedHashMap<>();
        for (ConfigElement element : stack.items("trustedSigners")) {
            TrustedSigner.Kind kind = switch (element.name()) {
                case "author" -> TrustedSigner.Kind.AUTHOR;
                case "repository" -> TrustedSigner.Kind.REPOSITORY;
                default -> null; // other elements are not signers; NuGet ignores them too
            };
            if (kind != null) {
                String name = element.requireAttribute("name", "<trustedSigners>");
                byName.putIfAbsent(name.toLowerCase(Locale.ROOT), signer(kind, name, element));
            }
        }
        return List.copyOf(byName.values());
    }

    private static TrustedSigner signer(TrustedSigner.Kind kind, String name, ConfigElement element) {
        List<TrustedCertificate> certificates = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (ConfigElement child : element.children()) {
            if (child.name().equals("certificate")) {
                certificates.add(certificate(name, child));
            } else if (child.name().equals("owners")) {
                Arrays.stream(child.text().split(";")).map(String::trim).filter(s -> !s.isEmpty()).forEach(owners::add);
            }
        }
        Optional<URI> serviceIndex = element.attribute("serviceIndex").map(String::trim).map(value -> {
            try {
                return URI.create(value);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(element.file(), element.line(), "serviceIndex '" + value
                        + "' of trusted signer '" + name + "' is not a URL");
            }
        });
        return new TrustedSigner(kind, name, serviceIndex, certificates, owners, element.file(), element.line());
    }

    private static TrustedCertificate certificate(String signer, ConfigElement element) {
        String fingerprint = element.requireAttribute("fingerprint", "trusted signer '" + signer + "'").trim();
        String algorithm = element.requireAttribute("hashAlgorithm", "trusted signer '" + signer + "'")
                .trim().toUpperCase(Locale.ROOT);
        if (!ALGORITHMS.contains(algorithm)) {
            throw new ConfigException(element.file(), element.line(), "hashAlgorithm '" + algorithm
                    + "' of trusted signer '" + signer + "' is not SHA256, SHA384 or SHA512");
        }
        if (!fingerprint.matches("[0-9A-Fa-f]+")) {
            throw new ConfigException(element.file(), element.line(), "fingerprint of trusted signer '" + signer
                    + "' is not hexadecimal");
        }
        boolean allowUntrustedRoot = element.attribute("allowUntrustedRoot")
                .map(v -> new ConfigValue("allowUntrustedRoot", v, element.file(), element.line()).asBoolean())
                .orElse(false);
        return new TrustedCertificate(fingerprint, algorithm, allowUntrustedRoot);
    }
}
