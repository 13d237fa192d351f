package io.nugetbridge.core.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Extracts a package as if it were hostile: no entry may land outside the target folder, no entry
 * may be written twice, and inflated bytes are counted as they stream so a zip bomb stops at the
 * limit. Work happens in a fresh temporary folder beside the target that is renamed into place at
 * the end, so nothing that already exists is ever touched.
 */
final class SafeExtractor {

    private static final long RATIO_CHECK_THRESHOLD = 1024 * 1024;

    private final PackageReader reader;
    private final List<PackageEntry> files;
    private final ExtractionLimits limits;

    SafeExtractor(PackageReader reader, List<PackageEntry> files, ExtractionLimits limits) {
        this.reader = reader;
        this.files = files;
        this.limits = limits;
    }

    void extractTo(Path target) {
        Path absoluteTarget = target.toAbsolutePath().normalize();
        if (Files.exists(absoluteTarget, LinkOption.NOFOLLOW_LINKS)) {
            throw new PackageException("Cannot extract " + reader.file() + " into " + absoluteTarget
                    + ": the folder already exists and would be overwritten.");
        }
        if (reader.entries().size() > limits.maxEntries()) {
            throw new PackageException(reader.file() + " has " + reader.entries().size() + " entries, more than the "
                    + limits.maxEntries() + " allowed; refusing to extract it (a zip bomb?).");
        }
        Path parent = absoluteTarget.getParent();
        Path staging = parent.resolve("." + absoluteTarget.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            Files.createDirectories(parent);
            Files.createDirectory(staging);
            writeAll(files, staging);
            Files.move(staging, absoluteTarget, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(staging);
            throw new PackageException("Cannot extract " + reader.file() + " into " + absoluteTarget
                    + ": another process created it meanwhile.", e);
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new UncheckedIOException("Cannot extract " + reader.file() + " into " + absoluteTarget + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    private void writeAll(List<PackageEntry> files, Path staging) throws IOException {
        Map<String, String> written = new HashMap<>();
        long[] total = {0};
        for (PackageEntry entry : files) {
            Optional<String> unsafe = EntryNames.unsafeReason(entry.path());
            if (unsafe.isPresent()) {
                throw new PackageException(reader.file() + " contains the entry '" + entry.rawName()
                        + "', which cannot be extracted safely because " + unsafe.get() + ".");
            }
            // Case-insensitive file systems (Windows, macOS) would merge these; NuGet refuses them too.
            String previous = written.put(entry.path().toLowerCase(Locale.ROOT), entry.rawName());
            if (previous != null) {
                throw new PackageException(reader.file() + " contains both '" + previous + "' and '"
                        + entry.rawName() + "', which name the same file.");
            }
            Path destination = staging.resolve(entry.path()).normalize();
            if (!destination.startsWith(staging) || destination.equals(staging)) {
                throw new PackageException(reader.file() + " contains the entry '" + entry.rawName()
                        + "', which would be written outside the target folder.");
            }
            try {
                Files.createDirectories(destination.getParent());
                copy(entry, destination, total);
            } catch (FileAlreadyExistsException e) {
                throw new PackageException(reader.file() + " contains the entry '" + entry.rawName()
                        + "', which clashes with another entry (a file and a folder of the same name).", e);
            }
        }
    }

    private void copy(PackageEntry entry, Path destination, long[] total) throws IOException {
        ZipEntry zipEntry = reader.zipEntry(entry.rawName());
        long compressed = Math.max(zipEntry.getCompressedSize(), 1);
        long entryBytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = reader.open(entry);
                OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW)) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                entryBytes += read;
                total[0] += read;
                if (total[0] > limits.maxTotalBytes()) {
                    throw new PackageException(reader.file() + " inflates to more than " + limits.maxTotalBytes()
                            + " bytes; refusing to extract it further (a zip bomb?).");
                }
                if (entryBytes > RATIO_CHECK_THRESHOLD && entryBytes / compressed > limits.maxCompressionRatio()) {
                    throw new PackageException(reader.file() + ": the entry '" + entry.rawName() + "' inflates more than "
                            + limits.maxCompressionRatio() + " times its compressed size; refusing to extract it (a zip bomb?).");
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // Best effort: a leftover .partial folder is harmless and named as such.
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // Same as above.
        }
    }
}
