package io.nugetbridge.core.lockfile;

import io.nugetbridge.core.version.NuGetVersion;
import java.util.Optional;

/**
 * The base64 SHA-512 of installed packages ({@code contentHash} in the lock file, {@code .nupkg.metadata} in
 * the global packages folder). The restore goal backs it with the global packages folder after installing.
 */
@FunctionalInterface
public interface ContentHashes {

    /** No hashes known (the lock file is then compared or written without them). */
    ContentHashes NONE = (id, version) -> Optional.empty();

    Optional<String> of(String id, NuGetVersion version);
}
