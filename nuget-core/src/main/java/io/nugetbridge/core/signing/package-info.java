/**
 * NuGet package signatures: verifying {@code .signature.p7s} (author signatures and repository
 * countersignatures) against the package content and the {@code trustedSigners} of nuget.config.
 */
package io.nugetbridge.core.signing;
