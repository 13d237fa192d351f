package io.nugetbridge.core.restore;

import io.nugetbridge.core.cache.GlobalPackagesFolder;
import io.nugetbridge.core.cache.InstalledPackage;
import io.nugetbridge.core.cache.PackageNotOnSourceException;
import io.nugetbridge.core.resolve.FeedPackageSource;
import io.nugetbridge.core.resolve.PackageInfo;
import io.nugetbridge.core.resolve.PackageSource;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.List;
import java.util.Optional;

/**
 * An HTTP source as restore reads it, the way NuGet's restore does: a version's dependencies come from the
 * downloaded {@code .nupkg}, not from the feed's {@code .nuspec} endpoint. The package goes straight into the
 * global packages folder (checked against the feed's hash as any install), so the walk's one request per version
 * is also the install, and the install phase finds it done. What it downloads is recorded in {@link RunDownloads}, so
 * the report still counts it as downloaded and the global packages folder, as a source, does not see it.
 */
final class DownloadingFeedSource implements PackageSource {

    private final FeedPackageSource source;
    private final GlobalPackagesFolder cache;
    private final RunDownloads downloads;

    DownloadingFeedSource(FeedPackageSource source, GlobalPackagesFolder cache, RunDownloads downloads) {
        this.source = source;
        this.cache = cache;
        this.downloads = downloads;
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public boolean isHttp() {
        return true;
    }

    @Override
    public List<NuGetVersion> versions(String id) {
        return source.versions(id);
    }

    @Override
    public Optional<PackageInfo> packageInfo(String id, NuGetVersion version) {
        Optional<InstalledPackage> present = cache.find(id, version);
        if (present.isPresent()) {
            return Optional.of(GlobalPackagesSource.infoOf(present.get(), id, version));
        }
        InstalledPackage fetched;
        downloads.starting(id, version);
        try {
            fetched = cache.install(source.feed(), id, version);
        } catch (PackageNotOnSourceException e) {
            return Optional.empty();
        }
        downloads.installed(id, version, fetched);
        return Optional.of(GlobalPackagesSource.infoOf(fetched, id, version));
    }

    @Override
    public String toString() {
        return name();
    }
}
