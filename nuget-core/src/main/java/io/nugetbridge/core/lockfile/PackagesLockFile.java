package io.nugetbridge.core.lockfile;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.List;
import java.util.Optional;

/**
 * A packages.lock.json in NuGet's format (version 1): per target framework, every package of the graph with
 * its requested range, resolved version, content hash and dependencies.
 *
 * @param version the format version (1; NuGet writes 2 with central transitive pinning and reads up to 3)
 * @param targets one per framework (and runtime), in the project's framework order
 */
public record PackagesLockFile(int version, List<LockTarget> targets) {

    /** The format this project writes. */
    public static final int FORMAT_VERSION = 1;

    /** The file name NuGet uses beside the project. */
    public static final String FILE_NAME = "packages.lock.json";

    public PackagesLockFile {
        targets = List.copyOf(targets);
    }

    /** The runtime-independent target of a framework. */
    public Optional<LockTarget> target(NuGetFramework framework) {
        return targets.stream().filter(t -> t.runtimeIdentifier().isEmpty() && t.framework().equals(framework)).findFirst();
    }
}
