package io.nugetbridge.core.restore;

import io.nugetbridge.core.cache.GlobalPackagesFolder;
import io.nugetbridge.core.cache.InstalledPackage;
import io.nugetbridge.core.feed.Feed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Puts every package a restore needs into the global packages folder, all at once on the run's threads: one
 * install per id and version whatever asks for it, nothing downloaded that is already there (the folder's own
 * rule, across processes too), each download checked against the feed's hash when it lists one. Failures are
 * collected, so one message names every package that could not be installed.
 */
final class PackageInstalls {

    private final GlobalPackagesFolder cache;
    private final RestoreSources sources;
    private final Executor executor;

    PackageInstalls(GlobalPackagesFolder cache, RestoreSources sources, Executor executor) {
        this.cache = cache;
        this.sources = sources;
        this.executor = executor;
    }

    /** Key ({@link PackageToInstall#key()}) to the installed package. */
    Map<String, InstalledPackage> installAll(Collection<PackageToInstall> wanted) {
        Map<String, PackageToInstall> unique = new LinkedHashMap<>();
        wanted.forEach(p -> unique.putIfAbsent(p.key(), p));
        Map<String, CompletableFuture<InstalledPackage>> running = new LinkedHashMap<>();
        unique.forEach((key, p) -> running.put(key, CompletableFuture.supplyAsync(() -> install(p), executor)));
        Map<String, InstalledPackage> installed = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        running.forEach((key, future) -> {
            try {
                installed.put(key, future.join());
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                failures.add(unique.get(key) + ": " + cause.getMessage());
            }
        });
        if (!failures.isEmpty()) {
            throw new RestoreException("Could not install " + failures.size() + (failures.size() == 1 ? " package" : " packages")
                    + " into the global packages folder " + cache.root() + ":\n  " + String.join("\n  ", failures));
        }
        return installed;
    }

    private InstalledPackage install(PackageToInstall wanted) {
        Optional<InstalledPackage> downloaded = sources.downloadedDuringResolution(wanted.key());
        if (downloaded.isPresent()) {
            return downloaded.get();
        }
        Optional<InstalledPackage> present = cache.find(wanted.id(), wanted.version());
        if (present.isPresent()) {
            return present.get();
        }
        Feed feed = sources.feed(wanted.source()).orElseThrow(() -> new RestoreException(sources.isLocal(wanted.source())
                ? "it was in " + wanted.source() + " during resolution but is gone now; run the restore again"
                : "no source is named " + wanted.source()));
        return cache.install(feed, wanted.id(), wanted.version());
    }
}
