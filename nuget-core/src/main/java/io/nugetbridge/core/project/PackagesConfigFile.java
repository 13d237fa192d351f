package io.nugetbridge.core.project;

import io.nugetbridge.core.resolve.ExactPackage;
import java.nio.file.Path;
import java.util.List;

/**
 * A packages.config: the packages a classic project uses, each at one exact version.
 *
 * @param file     where it was read from
 * @param packages the entries in file order
 */
public record PackagesConfigFile(Path file, List<PackagesConfigEntry> packages) {

    public PackagesConfigFile {
        packages = List.copyOf(packages);
    }

    /** The entries as exact packages for {@link io.nugetbridge.core.resolve.PackageResolver#resolveExact}. */
    public List<ExactPackage> toExactPackages() {
        return packages.stream().map(PackagesConfigEntry::toExactPackage).toList();
    }
}
