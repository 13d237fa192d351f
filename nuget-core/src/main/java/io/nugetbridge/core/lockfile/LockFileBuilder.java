package io.nugetbridge.core.lockfile;

import io.nugetbridge.core.resolve.FrameworkGraph;
import io.nugetbridge.core.resolve.ResolveResult;
import io.nugetbridge.core.resolve.ResolvedPackage;
import io.nugetbridge.core.version.OrdinalIgnoreCase;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Makes the lock file of a resolved project, as NuGet's lock file builder does: one target per framework, a
 * package the project references is Direct with its requested range, every other one Transitive; Direct first,
 * then by id.
 */
public final class LockFileBuilder {

    private LockFileBuilder() {}

    public static PackagesLockFile build(ResolveResult result, ContentHashes hashes) {
        return new PackagesLockFile(PackagesLockFile.FORMAT_VERSION,
                result.graphs().stream().map(graph -> target(graph, hashes)).toList());
    }

    private static LockTarget target(FrameworkGraph graph, ContentHashes hashes) {
        List<LockedPackage> packages = graph.packages().stream()
                .map(p -> locked(p, hashes))
                .sorted(Comparator.comparing(LockedPackage::type).thenComparing(LockedPackage::id, OrdinalIgnoreCase.ORDER))
                .toList();
        return new LockTarget(graph.framework(), Optional.empty(), packages);
    }

    private static LockedPackage locked(ResolvedPackage resolved, ContentHashes hashes) {
        return new LockedPackage(resolved.id(), resolved.isDirect() ? LockType.DIRECT : LockType.TRANSITIVE,
                resolved.requested(), Optional.of(resolved.version()), hashes.of(resolved.id(), resolved.version()),
                resolved.dependencies().stream().map(d -> new LockedDependency(d.id(), d.range())).toList());
    }
}
