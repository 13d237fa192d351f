package io.nugetbridge.core.packaging;

import io.nugetbridge.core.spec.Nuspec;
import io.nugetbridge.core.spec.NuspecReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a {@code .nupkg}: its single root {@code .nuspec}, its entries with NuGet's names, and safe
 * extraction. Only the nuspec is required, as in NuGet; the OPC parts are optional and set apart.
 */
public final class PackageReader implements Closeable {

    private final Path file;
    private final ZipFile zip;
    private final List<PackageEntry> entries;
    private final String nuspecEntry;

    private PackageReader(Path file, ZipFile zip, List<PackageEntry> entries, String nuspecEntry) {
        this.file = file;
        this.zip = zip;
        this.entries = entries;
        this.nuspecEntry = nuspecEntry;
    }

    /** Opens a package; fails with a message naming the file when it is not a zip or has no single root nuspec. */
    public static PackageReader open(Path nupkg) {
        ZipFile zip;
        try {
            zip = new ZipFile(nupkg.toFile());
        } catch (ZipException e) {
            throw new PackageException(nupkg + " is not a valid .nupkg (a zip file): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open package " + nupkg + ": " + e.getMessage(), e);
        }
        try {
            List<PackageEntry> entries = new ArrayList<>();
            List<String> nuspecs = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String path = EntryNames.decode(entry.getName());
                entries.add(new PackageEntry(path, entry.getName(), entry.getSize(), PackageEntry.isPackagingPart(path)));
                if (!entry.isDirectory() && path.indexOf('/') < 0
                        && path.toLowerCase(Locale.ROOT).endsWith(".nuspec")) {
                    nuspecs.add(entry.getName());
                }
            }
            if (nuspecs.isEmpty()) {
                throw new PackageException("NU5037: " + nupkg + " has no .nuspec file at its root; every package "
                        + "needs exactly one. Is it a NuGet package?");
            }
            if (nuspecs.size() > 1) {
                throw new PackageException(nupkg + " has " + nuspecs.size() + " .nuspec files at its root " + nuspecs
                        + "; a package must have exactly one.");
            }
            return new PackageReader(nupkg, zip, List.copyOf(entries), nuspecs.get(0));
        } catch (RuntimeException e) {
            closeQuietly(zip, e);
            if (e instanceof PackageException) {
                throw e;
            }
            // ZipFile reports malformed entry names (not UTF-8) as IllegalArgumentException.
            throw new PackageException(nupkg + " cannot be read as a .nupkg: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The name of the root nuspec entry as stored, e.g. {@code CsvHelper.nuspec}. */
    public String nuspecEntryName() {
        return nuspecEntry;
    }

    /** The raw bytes of the nuspec; parse them with the spec package's reader. */
    public InputStream openNuspec() {
        return open(nuspecEntry);
    }

    /** The package's nuspec, read with the hardened reader; errors name the package and the entry. */
    public Nuspec nuspec() {
        try (InputStream in = openNuspec()) {
            return NuspecReader.read(in, nuspecSourceName());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + nuspecSourceName() + ": " + e.getMessage(), e);
        }
    }

    /** A name for messages: {@code CsvHelper.33.0.1.nupkg!/CsvHelper.nuspec}. */
    public String nuspecSourceName() {
        return file.getFileName() + "!/" + nuspecEntry;
    }

    /** Every entry, OPC parts included, in zip order. */
    public List<PackageEntry> entries() {
        return entries;
    }

    /** The entries NuGet extracts: everything but the OPC parts and folder entries. */
    public List<PackageEntry> files() {
        return entries.stream().filter(e -> !e.packagingPart() && !e.path().endsWith("/")).toList();
    }

    /** The entry with this decoded path (case-sensitive, as zip names are), if present. */
    public Optional<PackageEntry> entry(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    /** True when the package carries a NuGet signature ({@code .signature.p7s} at its root). */
    public boolean isSigned() {
        return entry(PackageEntry.SIGNATURE_FILE).isPresent();
    }

    /** Opens one entry by its decoded path. */
    public InputStream open(PackageEntry entry) {
        return open(entry.rawName());
    }

    /** The base64 SHA-512 of the whole package file, as NuGet records it. */
    public String sha512Base64() {
        return PackageHash.sha512Base64(file);
    }

    /**
     * Extracts the payload (no OPC parts) into {@code target}, which must not exist yet: everything is
     * written to a temporary sibling folder and renamed into place only when complete, so a failure
     * leaves nothing half-written.
     */
    public void extractTo(Path target, ExtractionLimits limits) {
        extractTo(target, limits, entry -> !entry.packagingPart());
    }

    /**
     * As {@link #extractTo(Path, ExtractionLimits)}, writing only the file entries {@code which} accepts
     * (folder entries are never written). The global packages folder uses this to apply NuGet's own rule
     * for what it extracts, which differs from the OPC rule in a few corners.
     */
    public void extractTo(Path target, ExtractionLimits limits, Predicate<PackageEntry> which) {
        List<PackageEntry> selected = entries.stream().filter(e -> !e.path().endsWith("/")).filter(which).toList();
        new SafeExtractor(this, selected, limits).extractTo(target);
    }

    ZipEntry zipEntry(String rawName) {
        return zip.getEntry(rawName);
    }

    private InputStream open(String rawName) {
        try {
            ZipEntry entry = zip.getEntry(rawName);
            if (entry == null) {
                throw new PackageException(file + " has no entry " + rawName);
            }
            return zip.getInputStream(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + rawName + " from " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file, e);
        }
    }

    private static void closeQuietly(ZipFile zip, RuntimeException failure) {
        try {
            zip.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
