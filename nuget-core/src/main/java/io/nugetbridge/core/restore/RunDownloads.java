package io.nugetbridge.core.restore;

import io.nugetbridge.core.cache.InstalledPackage;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The packages one restore downloads into the global packages folder while it resolves (see
 * {@link DownloadingFeedSource}). The global packages folder, as a source, must not see them: it is asked first for
 * every id, and whether it answers before or after a download finishes would otherwise decide, by timing, which
 * source a package is reported from. So a package counts from the moment its download starts, and the install
 * phase takes what was downloaded from here, still counted as downloaded.
 */
final class RunDownloads {

    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final Map<String, InstalledPackage> installed = new ConcurrentHashMap<>();

    /** Marks the package as this run's download, before any of it is written. */
    void starting(String id, NuGetVersion version) {
        started.add(PackageToInstall.key(id, version));
    }

    void installed(String id, NuGetVersion version, InstalledPackage result) {
        installed.putIfAbsent(PackageToInstall.key(id, version), result);
    }

    /** Whether this run started downloading the package (so the global folder's copy is not one it found there). */
    boolean isThisRuns(String id, NuGetVersion version) {
        return started.contains(PackageToInstall.key(id, version));
    }

    /** What this run installed for a {@link PackageToInstall#key()}. */
    Optional<InstalledPackage> installed(String key) {
        return Optional.ofNullable(installed.get(key));
    }
}
