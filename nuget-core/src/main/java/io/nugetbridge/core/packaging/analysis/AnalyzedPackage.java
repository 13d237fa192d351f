package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.packaging.PackageEntry;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.List;
import java.util.Objects;

/**
 * What the rules see of a built package, as NuGet's rules see a {@code PackageArchiveReader}: the nuspec in it
 * and the path of every zip entry (decoded, forward slashes, OPC parts and the nuspec included, in zip order,
 * as {@code GetFiles()} lists them).
 */
public record AnalyzedPackage(NuspecMetadata metadata, List<String> files) {

    public AnalyzedPackage {
        Objects.requireNonNull(metadata, "metadata");
        files = List.copyOf(files);
    }

    /** The package as written to disk. */
    public static AnalyzedPackage of(PackageReader reader) {
        return new AnalyzedPackage(reader.nuspec().metadata(),
                reader.entries().stream().map(PackageEntry::path).filter(p -> !p.endsWith("/")).toList());
    }

    public String id() {
        return metadata.id();
    }

    public NuGetVersion version() {
        return metadata.version();
    }
}
