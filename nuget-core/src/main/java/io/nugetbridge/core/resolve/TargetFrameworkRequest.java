package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.FrameworkReducer;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One target framework of a restore: the project's dependencies for it, the frameworks to fall back to
 * when a package has nothing for it, and the versions a valid lock file pins.
 *
 * @param framework           the project's target framework
 * @param dependencies        the project's package dependencies for it, in project order
 * @param assetTargetFallback NuGet's AssetTargetFallback, tried in order when no dependency group or asset
 *                            fits (NU1701 when used)
 * @param lockedVersions      id (lower case) to the version a valid packages.lock.json records; empty without one
 */
public record TargetFrameworkRequest(NuGetFramework framework, List<PackageDependency> dependencies,
        List<NuGetFramework> assetTargetFallback, Map<String, NuGetVersion> lockedVersions) {

    public TargetFrameworkRequest {
        dependencies = List.copyOf(dependencies);
        assetTargetFallback = List.copyOf(assetTargetFallback);
        Map<String, NuGetVersion> lower = new HashMap<>();
        lockedVersions.forEach((id, version) -> lower.put(id.toLowerCase(Locale.ROOT), version));
        lockedVersions = Map.copyOf(lower);
    }

    /** The framework with the .NET SDK's default fallback and no lock file. */
    public static TargetFrameworkRequest of(NuGetFramework framework, List<PackageDependency> dependencies) {
        return new TargetFrameworkRequest(framework, dependencies, defaultAssetTargetFallback(framework), Map.of());
    }

    /** The same request with the versions of a valid lock file pinned. */
    public TargetFrameworkRequest withLockedVersions(Map<String, NuGetVersion> locked) {
        return new TargetFrameworkRequest(framework, dependencies, assetTargetFallback, locked);
    }

    /**
     * What the .NET SDK sets when the project does not: {@code net461} to {@code net481} for .NETCoreApp and
     * .NETStandard 2.0 and later, nothing for other frameworks ({@link FrameworkReducer#defaultAssetTargetFallback}).
     */
    public static List<NuGetFramework> defaultAssetTargetFallback(NuGetFramework framework) {
        return FrameworkReducer.defaultAssetTargetFallback(framework);
    }
}
