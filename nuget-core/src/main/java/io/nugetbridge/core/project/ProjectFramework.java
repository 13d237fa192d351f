package io.nugetbridge.core.project;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.TargetFrameworkRequest;
import java.util.List;
import java.util.Map;

/**
 * One target framework of a project, as its inner build sees it.
 *
 * @param alias               the framework as written in TargetFramework(s), e.g. {@code net8.0}
 * @param framework           the framework parsed
 * @param packageReferences   its package references in project order
 * @param assetTargetFallback the project's AssetTargetFallback followed by the SDK's default for the framework
 */
public record ProjectFramework(String alias, NuGetFramework framework, List<ProjectPackageReference> packageReferences,
        List<NuGetFramework> assetTargetFallback) {

    public ProjectFramework {
        packageReferences = List.copyOf(packageReferences);
        assetTargetFallback = List.copyOf(assetTargetFallback);
    }

    /** What the resolver needs for this framework (no lock file pins yet). */
    public TargetFrameworkRequest toRequest() {
        return new TargetFrameworkRequest(framework, packageReferences.stream().map(ProjectPackageReference::toDependency).toList(),
                assetTargetFallback, Map.of());
    }
}
