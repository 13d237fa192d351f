package io.nugetbridge.core.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The two file moves the cache is built on: write-then-rename, and deleting what we abandoned (which restore
 * uses for its own staging folders too).
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /**
     * Writes {@code bytes} to a temporary sibling and renames it onto {@code target}, so a reader (dotnet
     * included) sees the whole file or no file, never a part.
     */
    static void write(Path target, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "~", ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Deletes a file or folder tree we made or abandoned, as far as it can; what is left keeps its
     * working name, which nothing mistakes for a package. Links are removed, never followed.
     */
    public static void deleteQuietly(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(AtomicFiles::deleteOne);
        } catch (IOException | UncheckedIOException e) {
            // Best effort, as said.
        }
    }

    private static void deleteOne(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Best effort, as said.
        }
    }
}
