package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.util.List;
import java.util.Optional;

/**
 * One package of a framework's resolved graph.
 *
 * @param id           the id as the package spells it
 * @param version      the chosen version
 * @param source       the name of the source it comes from (the first in configured order that has it)
 * @param requested    the project's range when the project references it directly
 * @param dependencies its dependencies for the framework, as its nuspec declares them
 * @param viaFallback  whether its dependencies were taken for an AssetTargetFallback framework
 */
public record ResolvedPackage(String id, NuGetVersion version, String source, Optional<VersionRange> requested,
        List<PackageDependency> dependencies, boolean viaFallback) {

    public ResolvedPackage {
        dependencies = List.copyOf(dependencies);
    }

    /** Whether the project references the package itself (a lock file's "Direct"). */
    public boolean isDirect() {
        return requested.isPresent();
    }

    /** {@code Id.Version}: the folder name {@code nuget install -OutputDirectory} and packages.config use. */
    public String folderName() {
        return id + "." + version.toNormalizedString();
    }

    @Override
    public String toString() {
        return id + " " + version.toNormalizedString();
    }
}
