package io.nugetbridge.core.project;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.ExactPackage;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.util.Optional;

/**
 * One {@code <package>} of a packages.config.
 *
 * @param id                    the id as written
 * @param versionText           the version as written ({@code 1.0.0.0}, {@code 1.3}): packages.config folders use it
 * @param version               the version, parsed
 * @param targetFramework       the {@code targetFramework} attribute, when present
 * @param allowedVersions       the {@code allowedVersions} range, when present (it limits updates, not restore)
 * @param developmentDependency whether {@code developmentDependency="true"}
 */
public record PackagesConfigEntry(String id, String versionText, NuGetVersion version,
        Optional<NuGetFramework> targetFramework, Optional<VersionRange> allowedVersions, boolean developmentDependency) {

    /**
     * {@code Id.Version} with the id and version exactly as written ({@code Microsoft.Web.Infrastructure.1.0.0.0}):
     * the folder NuGet extracts a packages.config package to when its nuspec spells them the same, as it usually
     * does; NuGet goes by the nuspec (restore renames after installing, see {@code UnitResolution.spelledAsInstalled}).
     */
    public String folderName() {
        return id + "." + versionText;
    }

    /** What the resolver looks for: exactly this version. */
    public ExactPackage toExactPackage() {
        return new ExactPackage(id, version, targetFramework.orElse(NuGetFramework.ANY));
    }
}
