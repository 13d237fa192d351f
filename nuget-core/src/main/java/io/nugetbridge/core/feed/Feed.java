package io.nugetbridge.core.feed;

import io.nugetbridge.core.version.NuGetVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A NuGet package source: a V3 or V2 HTTP feed, or a local folder. Everything that lists or fetches
 * packages (the wagon, restore) goes through this. Implementations are thread-safe and remember
 * version lists for the life of the instance, so one run asks a source about an id only once.
 */
public interface Feed {

    /** The source as configured: a URL or a folder path. Used in every message. */
    String source();

    /** Every version of the id on this source, unlisted ones included with their flag, lowest first; empty when unknown. */
    List<FeedPackage> versions(String id);

    /** The nuspec bytes of one version, or empty when the source does not have it. */
    Optional<byte[]> nuspec(String id, NuGetVersion version);

    /**
     * Downloads one version's .nupkg to {@code target} (written under a temporary name and renamed);
     * false when the source does not have it.
     */
    boolean download(String id, NuGetVersion version, Path target);

    /** True when the source has this exact version (listed or not). */
    default boolean exists(String id, NuGetVersion version) {
        return find(id, version).isPresent();
    }

    /** The listing of one version, when the source has it. */
    default Optional<FeedPackage> find(String id, NuGetVersion version) {
        return versions(id).stream().filter(p -> p.version().equals(version)).findFirst();
    }
}
