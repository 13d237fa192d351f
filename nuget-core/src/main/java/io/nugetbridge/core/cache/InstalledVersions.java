package io.nugetbridge.core.cache;

import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The versions of an id a global packages folder and its fallback folders hold, by the rule
 * {@link GlobalPackagesFolder#find} applies: a version folder counts with its {@code .nupkg.metadata}, and in the
 * global folder also with a {@code .nupkg} and its {@code .sha512} (its metadata is then written on first use).
 * Folders whose names are not versions (our working files, other tools' leftovers) are not packages.
 */
final class InstalledVersions {

    private InstalledVersions() {}

    static List<NuGetVersion> of(Path root, List<Path> fallbackFolders, String id) {
        TreeSet<NuGetVersion> found = new TreeSet<>();
        collect(root, id, true, found);
        fallbackFolders.forEach(fallback -> collect(fallback, id, false, found));
        return List.copyOf(found);
    }

    private static void collect(Path folder, String id, boolean global, TreeSet<NuGetVersion> found) {
        Path idFolder = PackagePaths.of(folder, id, NuGetVersion.of(0, 0, 0)).idFolder();
        if (!Files.isDirectory(idFolder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(idFolder)) {
            entries.map(p -> p.getFileName().toString()).map(NuGetVersion::tryParse).flatMap(Optional::stream)
                    .filter(version -> isPresent(PackagePaths.of(folder, id, version), global))
                    .forEach(found::add);
        } catch (NoSuchFileException e) {
            // Removed meanwhile: an install that failed removes the id folder it left empty (see PackageLock).
        } catch (IOException | UncheckedIOException e) {
            throw new CacheException("Cannot list " + idFolder + ": " + e.getMessage()
                    + ". Check that the folder is readable.", e);
        }
    }

    private static boolean isPresent(PackagePaths paths, boolean global) {
        return Files.isRegularFile(paths.metadata())
                || (global && Files.isRegularFile(paths.sha512()) && Files.isRegularFile(paths.nupkg()));
    }
}
