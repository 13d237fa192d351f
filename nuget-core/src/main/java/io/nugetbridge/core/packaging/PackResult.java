package io.nugetbridge.core.packaging;

import java.util.Optional;

/**
 * What {@link NuspecPacker} wrote.
 *
 * @param packageFile the {@code .nupkg}
 * @param symbols     the {@code .snupkg}, when symbols were asked for
 */
public record PackResult(BuiltPackage packageFile, Optional<BuiltPackage> symbols) {}
