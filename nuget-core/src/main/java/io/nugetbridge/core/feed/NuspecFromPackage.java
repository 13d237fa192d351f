package io.nugetbridge.core.feed;

import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The nuspec of a version on a source that has no nuspec endpoint (registrations only, V2): the package
 * is downloaded to a temporary file and its root nuspec read, as NuGet's restore does for every source.
 */
final class NuspecFromPackage {

    private NuspecFromPackage() {}

    static Optional<byte[]> read(Feed feed, String id, NuGetVersion version) {
        Path temp = null;
        try {
            temp = Files.createTempFile("nuget-bridge-", ".nupkg");
            Files.delete(temp);
            if (!feed.download(id, version, temp)) {
                return Optional.empty();
            }
            try (PackageReader reader = PackageReader.open(temp); InputStream in = reader.openNuspec()) {
                return Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the nuspec of " + id + " " + version + " from "
                    + feed.source() + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
