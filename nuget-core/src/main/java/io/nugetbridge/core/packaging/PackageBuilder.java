package io.nugetbridge.core.packaging;

import io.nugetbridge.core.spec.Nuspec;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.PackageType;
import io.nugetbridge.core.version.NuGetVersion;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@code .nupkg} from nuspec metadata and files, the way NuGet's pack does, so that nuget.exe,
 * dotnet and every server take it like one of theirs:
 *
 * <pre>{@code
 * NuspecMetadata metadata = NuspecMetadata.builder()
 *         .id("Contoso.Utilities").versionText("1.2.0").authorsText("Contoso")
 *         .description("Utilities for Contoso apps")
 *         .dependencies(Dependencies.grouped(List.of(new DependencyGroup("netstandard2.0",
 *                 List.of(Dependency.of("Newtonsoft.Json", "13.0.3"))))))
 *         .build();
 * BuiltPackage built = new PackageBuilder(metadata)
 *         .addFile("lib/netstandard2.0/Contoso.Utilities.dll", Path.of("bin/Contoso.Utilities.dll"))
 *         .addFile("README.md", "# Contoso".getBytes(StandardCharsets.UTF_8))
 *         .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
 *         .writeToFolder(Path.of("target"));    // target/Contoso.Utilities.1.2.0.nupkg
 * }</pre>
 *
 * <ul>
 *   <li>Validates first, with NuGet's rules (required metadata, id, version, ranges, frameworks,
 *       license, icon, readme, duplicate paths...), and throws a {@link PackageValidationException}
 *       listing every problem before a byte is written.</li>
 *   <li>Complete OPC parts ({@code _rels/.rels}, {@code [Content_Types].xml}, core properties), the
 *       nuspec at the root as {@code <Id>.nuspec}, payload deflated.</li>
 *   <li>Reproducible: with a {@link #timestamp(Instant) timestamp} the same metadata and files give the
 *       same bytes whatever the files' times; files go in the order added.</li>
 *   <li>Streaming: file bytes go from disk to the zip through fixed buffers, so gigabytes need no more
 *       memory than kilobytes.</li>
 *   <li>Safe: the package is written to a temporary file, read back, then renamed over the target.</li>
 * </ul>
 * The {@code <files>} section of an authoring nuspec is not read here; {@link NuspecFileResolver}
 * turns it into {@link PackageFile}s, and {@link NuspecPacker} does the whole of {@code nuget pack}.
 */
public final class PackageBuilder {

    private final NuspecMetadata metadata;
    private final List<PackageFile> files = new ArrayList<>();
    private String sourceName = "the nuspec";
    private Instant timestamp;
    private int threads = BlockDeflater.defaultThreads();

    public PackageBuilder(NuspecMetadata metadata) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    /** A builder for the metadata of a nuspec (its {@code <files>} section is not used). */
    public static PackageBuilder of(Nuspec nuspec) {
        return new PackageBuilder(nuspec.metadata());
    }

    /** What error messages call the metadata's origin, e.g. the nuspec's path. */
    public PackageBuilder sourceName(String name) {
        this.sourceName = Objects.requireNonNull(name, "name");
        return this;
    }

    /** Packs the file on disk at {@code packagePath} (either slash; e.g. {@code lib/net8.0/A.dll}). */
    public PackageBuilder addFile(String packagePath, Path source) {
        return addFile(PackageFile.of(packagePath, source));
    }

    /** Packs these bytes at {@code packagePath}. */
    public PackageBuilder addFile(String packagePath, byte[] content) {
        return addFile(PackageFile.of(packagePath, content));
    }

    public PackageBuilder addFile(PackageFile file) {
        files.add(Objects.requireNonNull(file, "file"));
        return this;
    }

    public PackageBuilder addFiles(Collection<PackageFile> more) {
        more.forEach(this::addFile);
        return this;
    }

    /**
     * The time every entry carries (clamped to the zip range, 1980 to 2107), which makes the output
     * reproducible; without it each file keeps its own modification time, as in NuGet.
     */
    public PackageBuilder timestamp(Instant time) {
        this.timestamp = time;
        return this;
    }

    /**
     * How many threads deflate (by default the machine's cores, at most eight). The package's bytes are
     * the same whatever the number; fewer threads only leave more of a shared machine to others.
     */
    public PackageBuilder compressionThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("compressionThreads must be at least 1, not " + count);
        }
        this.threads = count;
        return this;
    }

    /** Whether the metadata has the {@code SymbolsPackage} type, which relaxes a few rules as in NuGet. */
    public boolean isSymbolsPackage() {
        return metadata.packageTypes().stream().map(PackageType::name).anyMatch("SymbolsPackage"::equalsIgnoreCase);
    }

    /** Every rule the metadata and files break; empty when the package can be written. */
    public List<PackageProblem> problems() {
        List<PackageProblem> problems = new ArrayList<>();
        MetadataRules.check(metadata, isSymbolsPackage(), problems);
        DependencyRules.check(metadata, problems);
        ContentRules.check(metadata, files, isSymbolsPackage(), problems);
        return problems;
    }

    /** @throws PackageValidationException listing every problem, when there is any */
    public void validate() {
        List<PackageProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new PackageValidationException(sourceName, problems);
        }
    }

    /** Validates and writes the package to {@code file}, replacing it only once the new one is complete. */
    public BuiltPackage writeTo(Path file) {
        validate();
        return write(file);
    }

    /** Writes {@code <Id>.<NormalizedVersion>.nupkg} (or {@code .snupkg} for symbols) into {@code folder}. */
    public BuiltPackage writeToFolder(Path folder) {
        validate();
        return write(folder.resolve(fileName(metadata.id(), metadata.version(), isSymbolsPackage())));
    }

    private BuiltPackage write(Path file) {
        return PackageWriter.write(file, PackedNuspec.of(metadata, files), files, timestamp, threads);
    }

    /** NuGet's output name: {@code <Id>.<NormalizedVersion>.nupkg}, or {@code .snupkg} for a symbols package. */
    public static String fileName(String id, NuGetVersion version, boolean symbols) {
        return id + "." + version.toNormalizedString() + (symbols ? ".snupkg" : ".nupkg");
    }
}
