package io.nugetbridge.core.feed;

import io.nugetbridge.core.version.NuGetVersion;
import java.net.URI;
import java.util.Optional;

/**
 * One version of a package as a feed lists it.
 *
 * @param id             the id as the feed spells it (may differ in case from what was asked)
 * @param version        the version, parsed
 * @param versionAsListed the version string exactly as the feed wrote it (some servers build URLs from it)
 * @param listed         false for unlisted versions (kept: an exact pin may still need them)
 * @param contentUri     where the .nupkg is, when the feed says so (registrations, V2 content src)
 * @param sha512         the package hash in base64 when the feed gives one (V2 PackageHash)
 */
public record FeedPackage(String id, NuGetVersion version, String versionAsListed, boolean listed,
        Optional<URI> contentUri, Optional<String> sha512) {

    public static FeedPackage listed(String id, NuGetVersion version, String versionAsListed) {
        return new FeedPackage(id, version, versionAsListed, true, Optional.empty(), Optional.empty());
    }
}
