package io.nugetbridge.core.packaging;

import io.nugetbridge.core.version.NuGetVersion;
import java.nio.file.Path;
import java.util.List;

/**
 * A package {@link PackageBuilder} wrote.
 *
 * @param file    the {@code .nupkg} (or {@code .snupkg})
 * @param id      the package id as written
 * @param version the package version
 * @param files   the payload paths in zip order (without the nuspec and the OPC parts)
 */
public record BuiltPackage(Path file, String id, NuGetVersion version, List<String> files) {

    public BuiltPackage {
        files = List.copyOf(files);
    }
}
