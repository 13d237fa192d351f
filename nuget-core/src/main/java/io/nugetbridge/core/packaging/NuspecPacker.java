package io.nugetbridge.core.packaging;

import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.packaging.analysis.AnalyzedPackage;
import io.nugetbridge.core.packaging.analysis.PackWarningPolicy;
import io.nugetbridge.core.packaging.analysis.PackageAnalysis;
import io.nugetbridge.core.spec.Nuspec;
import io.nugetbridge.core.spec.NuspecFile;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.spec.PackageType;
import io.nugetbridge.core.spec.References;
import io.nugetbridge.core.spec.TokenReplacer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code nuget pack} for a nuspec: tokens replaced from the given properties, the {@code <files>}
 * section (plus any extra file entries) resolved, everything validated, then
 * {@code <Id>.<NormalizedVersion>.nupkg} written, and on request the {@code .snupkg} symbols package
 * beside it. As in NuGet, asking for symbols moves the {@code .pdb} files (and {@code src/}) out of the
 * main package into the symbols package.
 *
 * <p>Each package written is then analysed with NuGet's pack rules ({@link PackageAnalysis}: NU5048, NU5125,
 * NU5128 ...), and the findings are logged as warnings, after the warning policy: the {@code NoWarn},
 * {@code WarningsAsErrors} and {@code TreatWarningsAsErrors} properties (NuGet reads them from
 * {@code -Properties}) and the {@link #warningPolicy} given. A warning made an error fails the pack and removes
 * the package, as in NuGet.
 */
public final class NuspecPacker {

    /** NuGet's {@code LibPackageExcludes}: what the main package loses when symbols are packed separately. */
    private static final List<Pattern> SYMBOLS_ONLY = List.of(Wildcards.compile("**/*.pdb"), Wildcards.compile("src/**/*"));
    /** NuGet's {@code SymbolPackageExcludes}. */
    private static final List<Pattern> NOT_SYMBOLS = List.of(Wildcards.compile("content/**/*"), Wildcards.compile("tools/**/*.ps1"));

    private final NuGetLog log;
    private Map<String, String> properties = Map.of();
    private Path basePath;
    private final List<NuspecFile> extraFiles = new ArrayList<>();
    private Path extraFilesBase;
    private Instant timestamp;
    private boolean symbols;
    private boolean defaultExcludes = true;
    private String version;
    private int threads;
    private PackWarningPolicy policy = PackWarningPolicy.DEFAULT;
    private boolean analysis = true;

    public NuspecPacker(NuGetLog log) {
        this.log = log == null ? NuGetLog.SILENT : log;
    }

    /** Values for the nuspec's {@code $tokens$} (names compared case-insensitively). */
    public NuspecPacker properties(Map<String, String> values) {
        this.properties = Map.copyOf(values);
        return this;
    }

    /** The folder {@code <file src>} is relative to; by default the nuspec's folder. */
    public NuspecPacker basePath(Path folder) {
        this.basePath = folder;
        return this;
    }

    /** More {@code <file>} entries, packed after the nuspec's own, with sources relative to {@code base}. */
    public NuspecPacker extraFiles(List<NuspecFile> entries, Path base) {
        this.extraFiles.addAll(entries);
        this.extraFilesBase = base;
        return this;
    }

    /** Fixed entry time for reproducible packages; null keeps the files' own times. */
    public NuspecPacker timestamp(Instant time) {
        this.timestamp = time;
        return this;
    }

    /** Also write the {@code .snupkg} with the {@code .pdb} files. */
    public NuspecPacker symbols(boolean enabled) {
        this.symbols = enabled;
        return this;
    }

    /** NuGet's default excludes (dot-files, {@code .nupkg} files); on unless {@code -NoDefaultExcludes}. */
    public NuspecPacker defaultExcludes(boolean enabled) {
        this.defaultExcludes = enabled;
        return this;
    }

    /** A version that replaces the nuspec's, like {@code -Version}; null keeps it. */
    public NuspecPacker version(String value) {
        this.version = value;
        return this;
    }

    /** NoWarn, WarningsAsErrors and TreatWarningsAsErrors, besides those in the properties. */
    public NuspecPacker warningPolicy(PackWarningPolicy value) {
        this.policy = Objects.requireNonNull(value, "value");
        return this;
    }

    /** Run NuGet's package analysis on what was written (on unless {@code -NoPackageAnalysis}). */
    public NuspecPacker packageAnalysis(boolean enabled) {
        this.analysis = enabled;
        return this;
    }

    /** Threads for deflating (0, the default, means the machine's cores); see {@link PackageBuilder#compressionThreads}. */
    public NuspecPacker compressionThreads(int count) {
        this.threads = count;
        return this;
    }

    /** Packs a nuspec file into {@code outputDirectory}. */
    public PackResult pack(Path nuspecFile, Path outputDirectory) {
        Nuspec nuspec = NuspecReader.read(nuspecFile, new TokenReplacer(properties, packLog()));
        Path base = basePath != null ? basePath : nuspecFile.toAbsolutePath().getParent();
        return pack(nuspec, nuspecFile.toString(), base, outputDirectory);
    }

    /** Packs a nuspec model (no tokens to replace); {@code base} is the folder its sources are relative to. */
    public PackResult pack(Nuspec nuspec, String sourceName, Path base, Path outputDirectory) {
        PackLog log = packLog();
        NuspecMetadata metadata = version == null ? nuspec.metadata() : nuspec.metadata().toBuilder().versionText(version).build();
        NuspecFileResolver.Result own = new NuspecFileResolver(base, defaultExcludes, log).resolve(nuspec.files());
        List<PackageFile> files = new ArrayList<>(own.files());
        List<PackageProblem> problems = new ArrayList<>(own.problems());
        if (!extraFiles.isEmpty()) {
            NuspecFileResolver.Result extra = new NuspecFileResolver(Objects.requireNonNullElse(extraFilesBase, base),
                    defaultExcludes, log).resolve(extraFiles);
            files.addAll(extra.files());
            problems.addAll(extra.problems());
        }
        List<PackageFile> mainFiles = symbols ? without(files, SYMBOLS_ONLY) : files;
        if (symbols && !files.isEmpty() && mainFiles.isEmpty()) {
            problems.add(new PackageProblem("NU5004", "<files>", "with symbols split off, the package has no files left"));
        }
        PackageBuilder main = configure(new PackageBuilder(metadata).sourceName(sourceName).addFiles(mainFiles));
        problems.addAll(main.problems());
        Optional<PackageBuilder> symbolsPackage = symbols ? Optional.of(symbolsBuilder(metadata, files, sourceName, problems))
                : Optional.empty();
        if (!problems.isEmpty()) {
            throw new PackageValidationException(sourceName, problems);
        }
        BuiltPackage nupkg = main.writeToFolder(outputDirectory);
        analyze(nupkg, sourceName, log);
        // NuGet analyses the symbols package of a nuspec too (PackCommandRunner.BuildSymbolsPackage).
        Optional<BuiltPackage> snupkg = symbolsPackage.map(b -> b.writeToFolder(outputDirectory));
        snupkg.ifPresent(s -> analyze(s, sourceName + " (symbols)", log));
        return new PackResult(nupkg, snupkg);
    }

    /** The log with this pack's warning policy: the one given, plus the properties' NoWarn and friends. */
    private PackLog packLog() {
        Map<String, String> byName = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(properties);
        PackWarningPolicy effective = policy.plus(PackWarningPolicy.codes(byName.get("NoWarn")),
                PackWarningPolicy.codes(byName.get("WarningsAsErrors")),
                "true".equalsIgnoreCase(Objects.requireNonNullElse(byName.get("TreatWarningsAsErrors"), "").strip()));
        return new PackLog(log, effective);
    }

    /**
     * NuGet's analysis of a written package; warnings made errors (and those of the file selection before it)
     * remove the package and fail the pack.
     */
    private void analyze(BuiltPackage built, String sourceName, PackLog log) {
        if (analysis) {
            try (PackageReader reader = PackageReader.open(built.file())) {
                AnalyzedPackage pkg = AnalyzedPackage.of(reader);
                PackageAnalysis.analyze(pkg).forEach(log::report);
                PackageAnalysis.readmeNotice(pkg).ifPresent(log::info);
            }
        }
        if (!log.errors().isEmpty()) {
            try {
                Files.deleteIfExists(built.file());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove " + built.file() + ", which failed its analysis", e);
            }
            throw new PackageValidationException(sourceName, log.errors().stream()
                    .map(e -> new PackageProblem(e.substring(0, 6), "warning as error", e.substring(8)))
                    .toList());
        }
    }

    /** NuGet's snupkg: the same metadata typed {@code SymbolsPackage}, no references, only the .pdb files. */
    private PackageBuilder symbolsBuilder(NuspecMetadata metadata, List<PackageFile> files, String sourceName,
            List<PackageProblem> problems) {
        List<PackageFile> pdbs = without(files, NOT_SYMBOLS).stream()
                .filter(f -> f.path().toLowerCase(java.util.Locale.ROOT).endsWith(".pdb")).toList();
        if (pdbs.isEmpty()) {
            problems.add(new PackageProblem("NU5005", "<files>", "symbols were asked for, but the package has no .pdb files"));
        }
        NuspecMetadata symbolsMetadata = metadata.toBuilder()
                .packageTypes(List.of(new PackageType("SymbolsPackage", null)))
                .references(References.NONE)
                .build();
        PackageBuilder builder = configure(new PackageBuilder(symbolsMetadata).sourceName(sourceName + " (symbols)")
                .addFiles(pdbs));
        if (!pdbs.isEmpty()) {
            problems.addAll(builder.problems());
        }
        return builder;
    }

    private PackageBuilder configure(PackageBuilder builder) {
        builder.timestamp(timestamp);
        return threads > 0 ? builder.compressionThreads(threads) : builder;
    }

    private static List<PackageFile> without(List<PackageFile> files, List<Pattern> patterns) {
        return files.stream().filter(f -> patterns.stream().noneMatch(p -> p.matcher(f.path()).matches())).toList();
    }
}
