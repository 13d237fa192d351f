package io.nugetbridge.core.restore;

import io.nugetbridge.core.cache.GlobalPackagesFolder;
import io.nugetbridge.core.cache.InstalledPackage;
import io.nugetbridge.core.config.CredentialChain;
import io.nugetbridge.core.config.PackageSource;
import io.nugetbridge.core.config.PackageSourceMapping;
import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.feed.FeedFactory;
import io.nugetbridge.core.resolve.FeedPackageSource;
import io.nugetbridge.core.resolve.PackageSources;
import io.nugetbridge.core.resolve.SourceMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sources of one restore, ready for the resolver and the installer: the global packages folder (with its
 * fallback folders) first, then each configured source as a feed, with package source mapping applied.
 * Offline, HTTP sources are left out (only the local folders and folder sources are read), as NuGet does
 * without a network. Building this sends no request and makes no HTTP client. An HTTP source's dependencies are
 * read from the package itself, downloaded into the global packages folder ({@link DownloadingFeedSource}).
 */
public final class RestoreSources {

    private final GlobalPackagesSource local;
    private final Map<String, Feed> feedsByName;
    private final PackageSources packageSources;
    private final List<PackageSource> leftOutOffline;
    private final RunDownloads downloads;

    private RestoreSources(GlobalPackagesSource local, Map<String, Feed> feedsByName, PackageSources packageSources,
            List<PackageSource> leftOutOffline, RunDownloads downloads) {
        this.local = local;
        this.feedsByName = feedsByName;
        this.packageSources = packageSources;
        this.leftOutOffline = List.copyOf(leftOutOffline);
        this.downloads = downloads;
    }

    /**
     * @param sources     the enabled sources, in configured order (see {@link SourceList})
     * @param credentials where each HTTP source's credentials are looked up
     * @param feeds       one factory for the run, so feeds share the HTTP client and service indexes; asked for
     *                    only when an HTTP source is first used
     * @param mapping     nuget.config's {@code packageSourceMapping}
     * @param cache       the global packages folder, read first
     * @param offline     whether only local folders and folder sources may be read
     */
    public static RestoreSources of(List<PackageSource> sources, CredentialChain credentials, Supplier<FeedFactory> feeds,
            PackageSourceMapping mapping, GlobalPackagesFolder cache, boolean offline) {
        Map<String, Feed> byName = new LinkedHashMap<>();
        List<io.nugetbridge.core.resolve.PackageSource> remote = new ArrayList<>();
        List<PackageSource> leftOut = new ArrayList<>();
        RunDownloads downloads = new RunDownloads();
        for (PackageSource source : sources) {
            if (offline && source.isHttp()) {
                leftOut.add(source);
                continue;
            }
            // HTTP feeds (and their credentials) are opened on first use: a warm restore opens none.
            Feed feed = source.isHttp()
                    ? new LazyFeed(source.location(), () -> source.openFeed(feeds.get(), credentials.credentialsFor(source)))
                    : FeedFactory.folderFeed(source.location(), source.endpoint(Optional.empty()));
            byName.put(key(source.name()), feed);
            FeedPackageSource feedSource = new FeedPackageSource(source.name(), feed);
            remote.add(source.isHttp() ? new DownloadingFeedSource(feedSource, cache, downloads) : feedSource);
        }
        GlobalPackagesSource local = new GlobalPackagesSource(cache, downloads::isThisRuns);
        PackageSources packageSources = new PackageSources(List.of(local), remote, mappingOf(mapping));
        return new RestoreSources(local, byName, packageSources, leftOut, downloads);
    }

    /** What the resolver asks. */
    public PackageSources packageSources() {
        return packageSources;
    }

    /** The feed of a source by the name resolution reported; empty for the global packages folder. */
    public Optional<Feed> feed(String sourceName) {
        return Optional.ofNullable(feedsByName.get(key(sourceName)));
    }

    /** Whether resolution found a package in the global packages folder (or a fallback folder). */
    public boolean isLocal(String sourceName) {
        return local.name().equals(sourceName);
    }

    /**
     * A package resolution downloaded into the global packages folder to read its dependencies (as NuGet's restore
     * reads them from the .nupkg), by {@link PackageToInstall#key()}.
     */
    Optional<InstalledPackage> downloadedDuringResolution(String key) {
        return downloads.installed(key);
    }

    /** The HTTP sources not asked because the restore runs offline. */
    public List<PackageSource> leftOutOffline() {
        return leftOutOffline;
    }

    private static SourceMapping mappingOf(PackageSourceMapping mapping) {
        if (!mapping.isEnabled()) {
            return SourceMapping.NONE;
        }
        return (sourceName, packageId) -> mapping.sourcesFor(packageId).stream().anyMatch(sourceName::equalsIgnoreCase);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
