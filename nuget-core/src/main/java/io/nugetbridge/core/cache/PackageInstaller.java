package io.nugetbridge.core.cache;

import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.packaging.ExtractionLimits;
import io.nugetbridge.core.packaging.PackageException;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.spec.NuspecException;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Installs one package into the global packages folder, the caller holding its lock: download to a
 * working file beside the version folder, hash it (checking the feed's hash), check it is the package
 * asked for, extract it into a staging folder with the nupkg, its hash, the lower-cased nuspec and
 * {@code .nupkg.metadata} written last, and rename the staging folder into place. Until that rename
 * nothing is at the version folder's name; after it everything is. A failure removes what it made.
 */
final class PackageInstaller {

    private final ExtractionLimits limits;
    private final NuGetLog log;
    private final PackageCheck check;

    PackageInstaller(ExtractionLimits limits, NuGetLog log, PackageCheck check) {
        this.limits = limits;
        this.log = log;
        this.check = check;
    }

    InstalledPackage install(PackagePaths paths, String id, NuGetVersion version, Feed source,
            Optional<String> expectedSha512) throws IOException {
        String what = id + " " + version;
        removeLeftovers(paths);
        Path download = paths.workingPath("download");
        Path staging = paths.workingPath("staging");
        try {
            fetch(download, id, version, source, paths);
            PackageHashes hashes = PackageHashes.of(download);
            HashCheck.requireMatch(expectedSha512, hashes.sha512(), what, SourceName.of(source), paths.root());
            check.check(download, id, version);
            String spelled;
            try (PackageReader reader = PackageReader.open(download)) {
                CheckedNuspec nuspec = checkedNuspec(reader, id, version, source);
                spelled = nuspec.spelled();
                reader.extractTo(staging, limits, new ExtractedEntries(paths));
                Files.write(staging.resolve(paths.nuspecName()), nuspec.bytes(), StandardOpenOption.CREATE_NEW);
            } catch (PackageException | NuspecException e) {
                throw new CacheException("The package " + what + " from " + SourceName.of(source) + " cannot be installed"
                        + " into " + paths.root() + ": " + e.getMessage(), e);
            }
            Files.move(download, staging.resolve(paths.nupkgName()));
            Files.writeString(staging.resolve(paths.sha512Name()), hashes.sha512(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
            NupkgMetadata metadata = NupkgMetadata.of(hashes.contentHash(), Optional.of(SourceName.of(source)));
            metadata.writeInto(staging);
            if (!publish(staging, paths)) {
                log.debug(() -> "Another tool installed " + what + " into " + paths.versionFolder() + " meanwhile; using it");
                return new InstalledPackage(id, version, paths.versionFolder(), NupkgMetadata.read(paths.metadata()),
                        InstalledPackage.Origin.GLOBAL_FOLDER);
            }
            // One line per package is noise at INFO (a build shows its own summary and Maven its download lines).
            log.debug(() -> "Installed " + spelled + " from " + SourceName.of(source) + " to " + paths.versionFolder()
                    + " with content hash " + hashes.contentHash() + ".");
            return new InstalledPackage(id, version, paths.versionFolder(), metadata, InstalledPackage.Origin.DOWNLOADED);
        } finally {
            AtomicFiles.deleteQuietly(download);
            AtomicFiles.deleteQuietly(staging);
        }
    }

    private static void fetch(Path download, String id, NuGetVersion version, Feed source, PackagePaths paths) {
        boolean found;
        try {
            found = source.download(id, version, download);
        } catch (RuntimeException e) {
            throw new CacheException("Could not download " + id + " " + version + " from " + SourceName.of(source)
                    + " into " + paths.root() + ": " + e.getMessage(), e);
        }
        if (!found) {
            throw new PackageNotOnSourceException("The source " + SourceName.of(source) + " has no package " + id + " "
                    + version + ". Check the id and version, or add a source that has it.");
        }
    }

    /**
     * A package's nuspec and its identity as it spells it ({@code NUnit 3.3.0-CI-2857-issue-1593}), what the log
     * names, as NuGet's "Installing NUnit 3.3.0-CI-2857-issue-1593." does whatever the spelling asked.
     */
    private record CheckedNuspec(byte[] bytes, String spelled) {}

    /** The nuspec, once its id and version are known to be what was asked (a feed may answer anything). */
    private static CheckedNuspec checkedNuspec(PackageReader reader, String id, NuGetVersion version, Feed source)
            throws IOException {
        byte[] bytes;
        try (InputStream in = reader.openNuspec()) {
            bytes = in.readNBytes(NuspecReader.MAX_BYTES + 1);
        }
        NuspecMetadata metadata = NuspecReader.read(bytes, reader.nuspecSourceName()).metadata();
        Optional<NuGetVersion> actualVersion = metadata.tryVersion();
        if (metadata.id() == null || !metadata.id().equalsIgnoreCase(id) || !actualVersion.equals(Optional.of(version))) {
            throw new CacheException("The source " + SourceName.of(source) + " answered the request for " + id + " "
                    + version + " with a package whose nuspec says " + metadata.id() + " " + metadata.versionText()
                    + "; nothing was installed. The feed is misconfigured or not trustworthy.");
        }
        return new CheckedNuspec(bytes, metadata.id() + " " + actualVersion.get().toNormalizedString());
    }

    /**
     * Renames the staging folder to the version folder. False when a tool that does not take our lock
     * (dotnet) completed the same package in the meantime: theirs is kept. A version folder without
     * {@code .nupkg.metadata} is what a killed install left; it is moved aside first, as NuGet clears
     * such a folder before extracting again.
     */
    private static boolean publish(Path staging, PackagePaths paths) throws IOException {
        Path target = paths.versionFolder();
        if (Files.isRegularFile(paths.metadata())) {
            return false;
        }
        if (Files.exists(target)) {
            Path stale = paths.workingPath("stale");
            Files.move(target, stale, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.deleteQuietly(stale);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            if (Files.isRegularFile(paths.metadata())) {
                return false;
            }
            throw e;
        }
    }

    /** Our working files for this version that a killed run left; safe to remove since we hold the lock. */
    private static void removeLeftovers(PackagePaths paths) throws IOException {
        if (!Files.isDirectory(paths.idFolder())) {
            return;
        }
        try (Stream<Path> entries = Files.list(paths.idFolder())) {
            entries.filter(p -> paths.isWorkingName(p.getFileName().toString())).forEach(AtomicFiles::deleteQuietly);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
