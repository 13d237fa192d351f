package io.nugetbridge.core.resolve;

import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.feed.FeedPackage;
import io.nugetbridge.core.feed.LocalFolderFeed;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.List;
import java.util.Optional;

/**
 * A {@link PackageSource} over a {@link Feed}: version lists from the feed's listing, dependencies from
 * the version's nuspec (registrations are only advisory and many servers leave their dependencies out).
 */
public final class FeedPackageSource implements PackageSource {

    private final String name;
    private final Feed feed;

    /**
     * @param name what messages call the source (its nuget.config key); the feed's URL or folder when blank
     * @param feed the feed, one instance per run so its version lists are fetched once
     */
    public FeedPackageSource(String name, Feed feed) {
        this.feed = feed;
        this.name = name == null || name.isBlank() ? feed.source() : name;
    }

    public Feed feed() {
        return feed;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isHttp() {
        return !(feed instanceof LocalFolderFeed);
    }

    @Override
    public List<NuGetVersion> versions(String id) {
        return feed.versions(id).stream().map(FeedPackage::version).toList();
    }

    @Override
    public Optional<PackageInfo> packageInfo(String id, NuGetVersion version) {
        return feed.nuspec(id, version).map(bytes -> {
            String where = id + " " + version.toNormalizedString() + " from " + name + " (" + feed.source() + ")";
            return PackageInfo.fromNuspec(NuspecReader.read(bytes, "the nuspec of " + where).metadata(), id, version);
        });
    }

    @Override
    public String toString() {
        return name;
    }
}
