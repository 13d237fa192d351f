package io.nugetbridge.core.repository;

import io.nugetbridge.core.frameworks.FrameworkReducer;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.Dependencies;
import io.nugetbridge.core.spec.DependencyGroup;
import java.util.List;
import java.util.Optional;

/**
 * Which of a package's dependency groups applies to a target framework, by NuGet's rule: the nearest
 * compatible group (a group without framework counts as {@code any}); when none fits, the SDK's
 * AssetTargetFallback frameworks are tried; when still none fits, the package has no dependencies there.
 */
public final class DependencyGroupChoice {

    private DependencyGroupChoice() {}

    public static Optional<DependencyGroup> forFramework(Dependencies dependencies, NuGetFramework framework) {
        List<DependencyGroup> groups = dependencies.asGroups();
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        return FrameworkReducer.nearest(framework, fallbacksFor(framework), groups,
                group -> group.isFallback() ? NuGetFramework.ANY : NuGetFramework.parse(group.targetFramework()))
                .map(FrameworkReducer.Match::item);
    }

    /** AssetTargetFallback, as the .NET SDK sets it: only for projects on .NET 5 or later. */
    private static List<NuGetFramework> fallbacksFor(NuGetFramework framework) {
        return framework.isNet5Era() ? FrameworkReducer.DEFAULT_ASSET_TARGET_FALLBACK : List.of();
    }
}
