package io.nugetbridge.core.project;

import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.version.VersionRange;
import java.nio.file.Path;

/**
 * A package the project references, with the version range restore uses and where that range came from.
 *
 * @param id     the id as written in {@code Include}
 * @param range  the range (floats allowed); all versions when no version was given
 * @param origin which declaration gave the version
 * @param file   the file that declared the version (the project, or Directory.Packages.props)
 * @param line   its line there
 */
public record ProjectPackageReference(String id, VersionRange range, Origin origin, Path file, int line) {

    /** Where a reference's version comes from. */
    public enum Origin {
        /** The PackageReference's own {@code Version}. */
        VERSION,
        /** A {@code PackageVersion} item (central package management). */
        PACKAGE_VERSION,
        /** The PackageReference's {@code VersionOverride} (central package management). */
        VERSION_OVERRIDE,
        /** A {@code GlobalPackageReference} item of Directory.Packages.props. */
        GLOBAL_PACKAGE_REFERENCE,
        /** No version anywhere: every version is allowed, and restore warns NU1604. */
        NONE
    }

    public PackageDependency toDependency() {
        return new PackageDependency(id, range);
    }
}
