package io.nugetbridge.core.lockfile;

import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One package of a lock file target.
 *
 * @param id           the id as the package spells it
 * @param type         Direct, Transitive, Project or CentralTransitive
 * @param requested    the project's range, for Direct (and CentralTransitive) entries
 * @param resolved     the locked version (absent for projects)
 * @param contentHash  the base64 SHA-512 of the .nupkg, checked against the installed package (NU1403)
 * @param dependencies the package's own dependencies for the target's framework
 */
public record LockedPackage(String id, LockType type, Optional<VersionRange> requested, Optional<NuGetVersion> resolved,
        Optional<String> contentHash, List<LockedDependency> dependencies) {

    public LockedPackage {
        dependencies = List.copyOf(dependencies);
    }

    /**
     * The same entry without its content hash and with its dependencies in file order (by id): what "the graph
     * did not change" compares, since hashes are checked on install and nuspecs list dependencies in any order.
     */
    public LockedPackage withoutContentHash() {
        return new LockedPackage(id, type, requested, resolved, Optional.empty(),
                dependencies.stream().sorted(Comparator.comparing(LockedDependency::id)).toList());
    }
}
