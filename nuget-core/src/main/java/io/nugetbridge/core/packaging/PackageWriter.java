package io.nugetbridge.core.packaging;

import io.nugetbridge.core.BridgeVersion;
import io.nugetbridge.core.spec.Nuspec;
import io.nugetbridge.core.spec.NuspecMetadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Writes a validated package in NuGet's part order: {@code _rels/.rels}, {@code <Id>.nuspec}, the
 * payload, {@code [Content_Types].xml}, the core properties. The zip goes to a hidden temporary file
 * beside the target, is read back to check it, and only then replaces the target; on any failure the
 * temporary file is deleted and an existing target is left as it was.
 */
final class PackageWriter {

    private PackageWriter() {}

    /**
     * @param timestamp every entry's time, for reproducible output; null to take each file's own time
     *                  (and the current time for the parts pack generates), as NuGet does by default
     * @param threads   how many threads deflate; the bytes written do not depend on it
     */
    static BuiltPackage write(Path target, Nuspec packed, List<PackageFile> files, Instant timestamp, int threads) {
        NuspecMetadata metadata = packed.metadata();
        byte[] nuspec = PackedNuspec.bytes(packed);
        String nuspecEntry = PartNames.entryName(metadata.id() + ".nuspec");
        Path absolute = target.toAbsolutePath().normalize();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            Files.createDirectories(absolute.getParent());
            List<Long> sizes = new ArrayList<>(files.size());
            for (PackageFile file : files) {
                sizes.add(file.size());
            }
            String coreProperties = OpcParts.corePropertiesEntry(nuspec, files, sizes);
            long partsTime = DosTime.of(timestamp != null ? timestamp : Instant.now());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    ZipWriter zip = new ZipWriter(channel, threads, ZipWriter.ZIP64_THRESHOLD)) {
                add(zip, OpcParts.RELATIONSHIPS, partsTime, OpcParts.relationships(nuspecEntry, coreProperties));
                add(zip, nuspecEntry, partsTime, nuspec);
                ContentTypes types = new ContentTypes();
                for (int i = 0; i < files.size(); i++) {
                    PackageFile file = files.get(i);
                    String entry = PartNames.entryName(file.path());
                    long time = timestamp != null ? partsTime : DosTime.of(file.lastModified().toInstant());
                    try (InputStream in = file.open()) {
                        zip.add(entry, time, in, sizes.get(i));
                    }
                    types.add(entry);
                }
                add(zip, ContentTypes.PART_NAME, partsTime, types.toXml());
                add(zip, coreProperties, partsTime, OpcParts.coreProperties(coreProperties(metadata)));
                zip.finish();
            }
            verify(temporary, nuspecEntry, metadata, files.size() + 4);
            move(temporary, absolute);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Cannot write " + absolute + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
        return new BuiltPackage(absolute, metadata.id(), metadata.version(), files.stream().map(PackageFile::path).toList());
    }

    private static void add(ZipWriter zip, String name, long time, byte[] bytes) throws IOException {
        zip.add(name, time, new ByteArrayInputStream(bytes), bytes.length);
    }

    private static OpcParts.CoreProperties coreProperties(NuspecMetadata m) {
        return new OpcParts.CoreProperties(String.join(", ", m.authors()), m.description(), m.id(),
                m.version().toNormalizedString(), keywords(m.tagsText()),
                "NuGet Bridge for Maven, Version=" + BridgeVersion.current());
    }

    /** NuGet's keywords: the tags split on spaces only, each once, joined with spaces. */
    private static String keywords(String tags) {
        return tags == null ? "" : String.join(" ", new LinkedHashSet<>(Arrays.asList(tags.strip().split(" +"))));
    }

    /** Reads the new file back as any NuGet reader would: one root nuspec, the expected entries, our id. */
    private static void verify(Path file, String nuspecEntry, NuspecMetadata metadata, int entries) {
        try (PackageReader reader = PackageReader.open(file)) {
            String id = reader.nuspec().metadata().id();
            if (!reader.nuspecEntryName().equals(nuspecEntry) || reader.entries().size() != entries
                    || !metadata.id().equals(id)) {
                throw new PackageException("The package written to " + file + " did not read back as written ("
                        + reader.entries().size() + " entries, nuspec " + reader.nuspecEntryName() + ", id " + id + ")");
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Best effort: a leftover hidden .partial file is harmless and named as such.
        }
    }
}
