package io.nugetbridge.core.cache;

import io.nugetbridge.core.version.NuGetVersion;
import java.nio.file.Path;

/**
 * A check a downloaded package must pass before it is extracted into the global packages folder, such as
 * signature validation when nuget.config's {@code signatureValidationMode} is {@code require}. It refuses a
 * package by throwing; nothing of that package is then left in the folder.
 */
@FunctionalInterface
public interface PackageCheck {

    /** Accepts every package. */
    PackageCheck NONE = (nupkg, id, version) -> {};

    /**
     * @param nupkg   the downloaded file, hash already checked, not yet extracted
     * @param id      the package id as asked
     * @param version its version
     * @throws RuntimeException naming the package and what is wrong with it, to refuse it
     */
    void check(Path nupkg, String id, NuGetVersion version);
}
