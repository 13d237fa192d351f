package io.nugetbridge.core.restore;

import io.nugetbridge.core.assets.PackageContents;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.NuspecReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The files of extracted package folders as package paths ({@code lib/net8.0/Foo.dll}), for asset selection;
 * each folder is listed once.
 */
final class ExtractedFiles {

    private final Map<String, Path> folders;
    private final Map<String, List<String>> listed = new ConcurrentHashMap<>();
    private final Map<String, PackageContents> contents = new ConcurrentHashMap<>();

    /** @param folders folder name ({@code Id.Version}) to the extracted folder */
    ExtractedFiles(Map<String, Path> folders) {
        this.folders = folders;
    }

    List<String> of(String folderName) {
        Path folder = folders.get(folderName);
        return folder == null ? List.of() : listed.computeIfAbsent(folderName, name -> list(folder));
    }

    /**
     * The folder's files with the framework assemblies and references of the package's nuspec, which count as
     * assets in NuGet's compatibility check. The nuspec is read from the {@code .nuspec} at the folder's root, else
     * from the {@code .nupkg} there. It was read when the package was resolved; should it not read now, the files
     * alone are used.
     */
    PackageContents contents(String folderName, String id) {
        return contents.computeIfAbsent(folderName, name -> {
            List<String> files = of(name);
            Path folder = folders.get(name);
            return rootFile(files, ".nuspec").flatMap(nuspec -> metadata(() -> NuspecReader.read(folder.resolve(nuspec)).metadata()))
                    .or(() -> rootFile(files, ".nupkg").flatMap(nupkg -> metadata(() -> {
                        try (PackageReader reader = PackageReader.open(folder.resolve(nupkg))) {
                            return reader.nuspec().metadata();
                        }
                    })))
                    .map(metadata -> PackageContents.of(metadata, files))
                    .orElseGet(() -> PackageContents.of(id, files));
        });
    }

    private static Optional<String> rootFile(List<String> files, String extension) {
        return files.stream().filter(f -> f.indexOf('/') < 0 && f.toLowerCase(Locale.ROOT).endsWith(extension)).findFirst();
    }

    private static Optional<NuspecMetadata> metadata(Supplier<NuspecMetadata> read) {
        try {
            return Optional.of(read.get());
        } catch (RuntimeException e) {
            return Optional.empty(); // read and checked once already, when resolved; the files alone still select assets
        }
    }

    /** Every extracted folder. */
    Collection<Path> folders() {
        return folders.values();
    }

    Path folder(String folderName) {
        return folders.get(folderName);
    }

    private static List<String> list(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
