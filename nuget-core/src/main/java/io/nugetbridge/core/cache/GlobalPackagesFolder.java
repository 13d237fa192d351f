package io.nugetbridge.core.cache;

import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.feed.FeedPackage;
import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.packaging.ExtractionLimits;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * NuGet's global packages folder ({@code ~/.nuget/packages}), shared with dotnet and nuget.exe, and the
 * read-only fallback folders behind it. Restore installs into it and the wagon serves the .nupkg files
 * from it.
 *
 * <p>A package is present when its version folder has {@code .nupkg.metadata}, whoever wrote it; one
 * with only the older {@code .nupkg.sha512} gets its metadata written, as NuGet does. A package present
 * is never downloaded again. Installing goes through a staging folder renamed into place and holds a
 * per-package lock across threads and processes, so concurrent builds never see, nor leave, half a
 * package, and each package is downloaded once per machine; the lock's file is removed on release, so the folder
 * holds nothing of ours but packages, as NuGet leaves it. Thread-safe.
 *
 * <pre>{@code
 * GlobalPackagesFolder cache = new GlobalPackagesFolder(
 *         GlobalPackagesLocation.fromSystem(configuredFolder), fallbackFolders, log);
 * InstalledPackage polly = cache.install("Polly", NuGetVersion.parse("4.3.0"), feed, Optional.empty());
 * Path nupkg = polly.nupkg();
 * }</pre>
 */
public final class GlobalPackagesFolder {

    /** How long an install waits for another build installing the same package. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(30);

    private final Path root;
    private final List<Path> fallbackFolders;
    private final NuGetLog log;
    private final ExtractionLimits limits;
    private final Duration lockTimeout;
    private final PackageCheck check;

    /**
     * @param root            the global packages folder (see {@link GlobalPackagesLocation}); created on first install
     * @param fallbackFolders read-only folders looked at after it, in order
     * @param log             where installs are reported
     */
    public GlobalPackagesFolder(Path root, List<Path> fallbackFolders, NuGetLog log) {
        this(root, fallbackFolders, log, ExtractionLimits.DEFAULT, DEFAULT_LOCK_TIMEOUT, PackageCheck.NONE);
    }

    private GlobalPackagesFolder(Path root, List<Path> fallbackFolders, NuGetLog log, ExtractionLimits limits,
            Duration lockTimeout, PackageCheck check) {
        this.root = root.toAbsolutePath().normalize();
        this.fallbackFolders = fallbackFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.log = log;
        this.limits = limits;
        this.lockTimeout = lockTimeout;
        this.check = check;
    }

    /** A copy with other bounds on what extracting one package may write. */
    public GlobalPackagesFolder withExtractionLimits(ExtractionLimits value) {
        return new GlobalPackagesFolder(root, fallbackFolders, log, value, lockTimeout, check);
    }

    /** A copy that waits this long at most for another build installing the same package. */
    public GlobalPackagesFolder withLockTimeout(Duration value) {
        return new GlobalPackagesFolder(root, fallbackFolders, log, limits, value, check);
    }

    /** A copy that runs {@code value} on every package it downloads, before extracting it. */
    public GlobalPackagesFolder withPackageCheck(PackageCheck value) {
        return new GlobalPackagesFolder(root, fallbackFolders, log, limits, lockTimeout, value);
    }

    public Path root() {
        return root;
    }

    public List<Path> fallbackFolders() {
        return fallbackFolders;
    }

    /**
     * The versions of an id present in the global folder or a fallback folder (by {@link #find}'s rule:
     * with {@code .nupkg.metadata}, or in the global folder a {@code .nupkg} with its {@code .sha512}),
     * lowest first; no network, no lock.
     */
    public List<NuGetVersion> versions(String id) {
        return InstalledVersions.of(root, fallbackFolders, id);
    }

    /** The package from the global folder, else from the first fallback folder that has it; no network. */
    public Optional<InstalledPackage> find(String id, NuGetVersion version) {
        PackagePaths paths = PackagePaths.of(root, id, version);
        if (Files.isRegularFile(paths.metadata())) {
            return Optional.of(read(paths, id, version, InstalledPackage.Origin.GLOBAL_FOLDER));
        }
        if (Files.isRegularFile(paths.sha512()) && Files.isRegularFile(paths.nupkg())) {
            Optional<InstalledPackage> repaired = underLock(paths, id, version, () -> presentLocked(paths, id, version));
            if (repaired.isPresent()) {
                return repaired;
            }
        }
        for (Path fallback : fallbackFolders) {
            // NuGet only trusts a fallback package with its metadata, since it cannot write one there.
            PackagePaths there = PackagePaths.of(fallback, id, version);
            if (Files.isRegularFile(there.metadata())) {
                return Optional.of(read(there, id, version, InstalledPackage.Origin.FALLBACK_FOLDER));
            }
        }
        return Optional.empty();
    }

    /**
     * The package, downloaded from {@code source} and installed unless {@link #find} has it. When the
     * feed lists a hash for it, the download must match it.
     *
     * @throws PackageNotOnSourceException when the source does not have this version
     * @throws CacheException when the download is not the package (hash, id, version), is unsafe, or
     *                        cannot be written; nothing is left behind
     */
    public InstalledPackage install(String id, NuGetVersion version, Feed source, Optional<String> expectedSha512) {
        Optional<InstalledPackage> present = find(id, version);
        if (present.isPresent()) {
            return present.get();
        }
        PackagePaths paths = PackagePaths.of(root, id, version);
        return underLock(paths, id, version, () -> {
            // Another build may have installed it while we waited for the lock.
            Optional<InstalledPackage> meanwhile = presentLocked(paths, id, version);
            return meanwhile.isPresent() ? meanwhile.get()
                    : new PackageInstaller(limits, log, check).install(paths, id, version, source, expectedSha512);
        });
    }

    /** As {@link #install(String, NuGetVersion, Feed, Optional)} for a version as the feed listed it, with its hash. */
    public InstalledPackage install(Feed source, FeedPackage listing) {
        return install(listing.id(), listing.version(), source, listing.sha512());
    }

    /**
     * As {@link #install(Feed, FeedPackage)} when the feed lists the version (so its hash is checked), else as
     * {@link #install(String, NuGetVersion, Feed, Optional)} without a hash: what restore installs from a source.
     */
    public InstalledPackage install(Feed source, String id, NuGetVersion version) {
        Optional<FeedPackage> listing = source.find(id, version);
        return listing.isPresent() ? install(source, listing.get()) : install(id, version, source, Optional.empty());
    }

    /** Presence in the global folder, the lock held: metadata, or a .sha512 from which it is regenerated. */
    private Optional<InstalledPackage> presentLocked(PackagePaths paths, String id, NuGetVersion version)
            throws IOException {
        if (!Files.isRegularFile(paths.metadata())) {
            if (!Files.isRegularFile(paths.sha512()) || !Files.isRegularFile(paths.nupkg())) {
                return Optional.empty();
            }
            MetadataRegeneration.regenerate(paths);
            log.debug(() -> "Wrote the missing " + paths.metadata() + " of " + id + " " + version);
        }
        return Optional.of(read(paths, id, version, InstalledPackage.Origin.GLOBAL_FOLDER));
    }

    private static InstalledPackage read(PackagePaths paths, String id, NuGetVersion version,
            InstalledPackage.Origin origin) {
        return new InstalledPackage(id, version, paths.versionFolder(), NupkgMetadata.read(paths.metadata()), origin);
    }

    /** Work done holding a package's lock. */
    @FunctionalInterface
    private interface Locked<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} holding the package's lock; I/O failures become errors that name package and folder. */
    private <T> T underLock(PackagePaths paths, String id, NuGetVersion version, Locked<T> work) {
        try {
            PackageLock lock = lock(paths, id, version);
            try {
                return work.run();
            } finally {
                lock.close();
            }
        } catch (IOException e) {
            throw cannotWrite(paths, id, version, e);
        } catch (UncheckedIOException e) {
            throw cannotWrite(paths, id, version, e.getCause());
        }
    }

    private PackageLock lock(PackagePaths paths, String id, NuGetVersion version) throws IOException {
        try {
            return PackageLock.acquire(paths.lockFile(), lockTimeout, () -> log.info("Waiting for another build to"
                    + " finish installing " + id + " " + version + " into " + root + " (lock " + paths.lockFile() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CacheException("Interrupted while waiting to install " + id + " " + version + " into " + root, e);
        }
    }

    private static CacheException cannotWrite(PackagePaths paths, String id, NuGetVersion version, IOException e) {
        return new CacheException("Cannot install " + id + " " + version + " into " + paths.root() + ": " + e
                + ". Check that the folder is writable and has space, or point NUGET_PACKAGES (or"
                + " globalPackagesFolder in nuget.config) at one that is.", e);
    }
}
