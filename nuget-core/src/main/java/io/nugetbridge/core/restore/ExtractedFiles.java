package io.nugetbridge.core.restore;

import io.nugetbridge.core.assets.PackageContents;
import io.nugetbridge.core.spec.NuspecException;
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
     * The folder's files with the framework assemblies and references of its nuspec (the {@code .nuspec} at its
     * root), which count as assets in NuGet's compatibility check. The nuspec was read when the package was
     * resolved; should it not read now, the files alone are used.
     */
    PackageContents contents(String folderName, String id) {
        return contents.computeIfAbsent(folderName, name -> {
            List<String> files = of(name);
            Path folder = folders.get(name);
            return files.stream().filter(f -> f.indexOf('/') < 0 && f.toLowerCase(Locale.ROOT).endsWith(".nuspec"))
                    .findFirst().flatMap(nuspec -> {
                        try {
                            return Optional.of(PackageContents.of(NuspecReader.read(folder.resolve(nuspec)).metadata(), files));
                        } catch (NuspecException | UncheckedIOException e) {
                            return Optional.empty();
                        }
                    }).orElseGet(() -> PackageContents.of(id, files));
        });
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
