package io.nugetbridge.core.signing;

import io.nugetbridge.core.config.ConfigValue;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.config.SignatureValidationMode;
import io.nugetbridge.core.config.TrustedSigner;
import java.util.List;
import java.util.Objects;

/**
 * What nuget.config asks of package signatures: {@code signatureValidationMode} and the
 * {@code trustedSigners}, with where the mode was set, for messages.
 *
 * @param mode accept (NuGet's default) or require
 * @param trustedSigners the entries a signer must match in require mode
 * @param origin where the mode comes from, e.g. {@code /repo/nuget.config line 4}
 */
public record SignaturePolicy(SignatureValidationMode mode, List<TrustedSigner> trustedSigners, String origin) {

    public SignaturePolicy {
        Objects.requireNonNull(mode, "mode");
        trustedSigners = List.copyOf(trustedSigners);
        Objects.requireNonNull(origin, "origin");
    }

    public static SignaturePolicy of(NuGetConfig config) {
        String origin = config.config().entry("signatureValidationMode").map(ConfigValue::declaredAt)
                .orElse("NuGet's default");
        return new SignaturePolicy(config.config().signatureValidationMode(), config.trustedSigners(), origin);
    }
}
