package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.NuGetVersion;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a node of the walk resolved to: the project itself, a package version from a source, or nothing
 * (unresolved, carrying the range's minimum as NuGet's unresolved identities do). Nodes that asked for
 * the same id and range share one item, as NuGet's graph items are shared.
 *
 * @param id           the id as the package spells it (the asked id when unresolved)
 * @param version      the version; for unresolved items the range's minimum, which may be absent
 * @param kind         project, package or unresolved
 * @param source       where the package comes from; null for the project and unresolved items
 * @param dependencies the dependencies for the walked framework, in nuspec order
 * @param viaFallback  whether those dependencies came from an AssetTargetFallback framework
 */
record ResolvedItem(String id, NuGetVersion version, Kind kind, PackageSource source,
        List<PackageDependency> dependencies, boolean viaFallback) {

    enum Kind { PROJECT, PACKAGE, UNRESOLVED }

    /** Identity as NuGet's graph items have it: id (any case), version and kind. */
    record Key(String id, NuGetVersion version, Kind kind) {}

    ResolvedItem {
        dependencies = List.copyOf(dependencies);
    }

    static ResolvedItem project(String name, List<PackageDependency> dependencies) {
        return new ResolvedItem(name, null, Kind.PROJECT, null, dependencies, false);
    }

    static ResolvedItem unresolved(PackageDependency asked) {
        return new ResolvedItem(asked.id(), asked.range().minVersion().orElse(null), Kind.UNRESOLVED, null, List.of(), false);
    }

    Key key() {
        return new Key(id.toLowerCase(Locale.ROOT), version, kind);
    }

    boolean isPackage() {
        return kind == Kind.PACKAGE;
    }

    /** Versions compare with "no version" lowest, as NuGet compares null versions. */
    static int compareVersions(NuGetVersion a, NuGetVersion b) {
        if (Objects.equals(a, b)) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
