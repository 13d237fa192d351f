package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.NuGetVersion;
import java.util.List;
import java.util.Optional;

/**
 * What resolution needs from a place that holds packages: the versions of an id, and one version's
 * dependency groups. The restore goal backs it with a {@link io.nugetbridge.core.feed.Feed} (see
 * {@link FeedPackageSource}), with the global packages folder, or with a fallback folder.
 *
 * <p>Implementations are called from several threads at once. The resolver asks each source about an id
 * once per run and remembers the answer, so implementations need no cache of their own.
 */
public interface PackageSource {

    /** The name messages use: the key in nuget.config, or the URL or folder when there is none. */
    String name();

    /**
     * Whether the source is reached over HTTP. NuGet asks folder sources first and HTTP sources only when
     * no folder source has the exact version a range starts at; the resolver does the same.
     */
    default boolean isHttp() {
        return false;
    }

    /**
     * Every version of the id on this source, unlisted ones included (restore does not skip them, as in
     * NuGet); empty when the source does not know the id.
     *
     * @throws PackageSourceException (or any runtime exception) when the source cannot answer; the restore
     *                                then fails with NU1301 naming the source
     */
    List<NuGetVersion> versions(String id);

    /** The package's id as its nuspec spells it and its dependency groups; empty when the source lacks it. */
    Optional<PackageInfo> packageInfo(String id, NuGetVersion version);
}
