package io.nugetbridge.core.config;

/** {@code config/signatureValidationMode}: whether every package must carry a trusted signature. */
public enum SignatureValidationMode {
    /** NuGet's default: signatures are checked when present, unsigned packages are accepted. */
    ACCEPT,
    /** Only packages signed by a {@code trustedSigners} entry are accepted. */
    REQUIRE
}
