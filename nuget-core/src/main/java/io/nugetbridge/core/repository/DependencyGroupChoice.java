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
 * AssetTargetFallback frameworks are tried (for .NETCoreApp and .NETStandard 2.0 and later, as the SDK sets them); when still none fits, the package has no dependencies there.
 */
public final class DependencyGroupChoice {

    private DependencyGroupChoice() {}

    public static Optional<DependencyGroup> forFramework(Dependencies dependencies, NuGetFramework framework) {
        List<DependencyGroup> groups = dependencies.asGroups();
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        return FrameworkReducer.nearest(framework, FrameworkReducer.defaultAssetTargetFallback(framework), groups,
                group -> group.isFallback() ? NuGetFramework.ANY : NuGetFramework.parse(group.targetFramework()))
                .map(FrameworkReducer.Match::item);
    }
}
