package io.nugetbridge.core.publish;

import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.packaging.PackageHash;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The SHA-512 of a package as the feed now holds it, to tell our own lost push from a real conflict. */
@FunctionalInterface
public interface PublishedCopies {

    /** Nothing can be read back: a 409 after a retry stays a conflict. */
    PublishedCopies NONE = (id, version) -> Optional.empty();

    /** The base64 SHA-512 of the feed's copy, or empty when it has none or cannot be read. */
    Optional<String> sha512(String id, NuGetVersion version);

    /** Downloads the feed's copy into a temporary file and hashes it. */
    static PublishedCopies downloadedFrom(Feed feed) {
        return (id, version) -> {
            Path temporary = null;
            try {
                temporary = Files.createTempFile("nuget-push-check", ".nupkg");
                return feed.download(id, version, temporary) ? Optional.of(PackageHash.sha512Base64(temporary))
                        : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (temporary != null) {
                    try {
                        Files.deleteIfExists(temporary);
                    } catch (IOException ignored) {
                        // a temporary file left in the temp folder
                    }
                }
            }
        };
    }
}
