package io.nugetbridge.core.restore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The files of extracted package folders as package paths ({@code lib/net8.0/Foo.dll}), for asset selection;
 * each folder is listed once.
 */
final class ExtractedFiles {

    private final Map<String, Path> folders;
    private final Map<String, List<String>> listed = new ConcurrentHashMap<>();

    /** @param folders folder name ({@code Id.Version}) to the extracted folder */
    ExtractedFiles(Map<String, Path> folders) {
        this.folders = folders;
    }

    List<String> of(String folderName) {
        Path folder = folders.get(folderName);
        return folder == null ? List.of() : listed.computeIfAbsent(folderName, name -> list(folder));
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
