package io.nugetbridge.core.restore;

import io.nugetbridge.core.cache.GlobalPackagesFolder;
import io.nugetbridge.core.cache.InstalledPackage;
import io.nugetbridge.core.cache.NupkgMetadata;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.resolve.FrameworkGraph;
import io.nugetbridge.core.resolve.PackageResolver;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A whole restore, as {@code nuget:restore} runs it: every unit resolved with one resolver (each source asked
 * about an id once), every needed package installed into the global packages folder in parallel, the units'
 * packages extracted to {@code <output>/packages/<Id>.<Version>/}, their assets gathered per framework into
 * {@code <output>/<tfm>/compile|runtime|native/}, a summary per unit in {@code <output>/summary/<unit>.json}, and
 * lock files written where in use. A unit that fails to resolve is reported and gets no outputs; the others go on.
 * Everything is written under a temporary name and renamed into place. When nothing the outcome depends on has
 * changed since the last successful run, and everything it produced is still there, the run does nothing
 * (NuGet's no-op restore, see {@link NoOpCache}).
 */
public final class RestoreRun {

    /** Below the output folder: the extracted packages. */
    public static final String PACKAGES_FOLDER = "packages";
    /** Below the output folder: one summary JSON per unit. */
    public static final String SUMMARY_FOLDER = "summary";

    private final RestoreSources sources;
    private final GlobalPackagesFolder cache;
    private final String settings;
    private final Path output;
    private final Optional<String> runtime;

    /**
     * @param settings what of the configuration the outcome depends on, for the no-op check (see {@link NoOpCache})
     * @param output   the restore's output folder ({@code target/nuget})
     * @param runtime  the runtime identifier whose {@code runtimes/<rid>/} assets to select, if any
     */
    public RestoreRun(RestoreSources sources, GlobalPackagesFolder cache, String settings, Path output,
            Optional<String> runtime) {
        this.sources = sources;
        this.cache = cache;
        this.settings = settings;
        this.output = output.toAbsolutePath().normalize();
        this.runtime = runtime;
    }

    /** Restores the units, or only reports the last restore when nothing it depends on has changed since. */
    public RestoreReport run(List<RestoreUnit> units) {
        requireDistinct(units);
        Optional<RestoreReport> upToDate = RestoreFingerprint.of(settings, units, output, runtime)
                .flatMap(fingerprint -> NoOpCache.read(output, fingerprint));
        if (upToDate.isPresent()) {
            return upToDate.get();
        }
        ExecutorService threads = threads();
        try {
            List<UnitResolution> resolutions;
            try (PackageResolver resolver = new PackageResolver(sources.packageSources(), threads)) {
                resolutions = units.stream().map(unit -> UnitResolution.of(unit, resolver)).toList();
            }
            Map<String, InstalledPackage> installed = new PackageInstalls(cache, sources, threads)
                    .installAll(resolutions.stream().filter(UnitResolution::succeeded).flatMap(r -> r.installs().stream()).toList());
            resolutions = resolutions.stream().map(r -> r.checkedAgainst(installed).spelledAsInstalled(installed)).toList();
            Map<String, InstalledPackage> installedForFailed = installForFailed(resolutions, installed, threads);
            List<UnitResolution> resolved = resolutions.stream().filter(UnitResolution::succeeded).toList();
            Map<String, InstalledPackage> byFolder = new LinkedHashMap<>();
            resolved.forEach(r -> r.extracts().forEach((folder, p) -> byFolder.putIfAbsent(folder, installed.get(p.key()))));
            ExtractedFiles files = new ExtractedFiles(new PackageFolders(output.resolve(PACKAGES_FOLDER), threads)
                    .extractAll(byFolder));
            List<UnitOutcome> outcomes = new ArrayList<>();
            List<RestoreSummary> summaries = new ArrayList<>();
            for (UnitResolution resolution : resolutions) {
                outcomes.add(resolution.succeeded() ? complete(resolution, files, installed, summaries)
                        : failed(resolution, installedForFailed));
            }
            Map<String, Path> assets = new AssetFolders(output, threads).gather(summaries, files);
            int downloaded = (int) installed.values().stream()
                    .filter(p -> p.origin() == InstalledPackage.Origin.DOWNLOADED).count();
            RestoreReport report = new RestoreReport(outcomes, assets, installed.size(), downloaded, sources.leftOutOffline(),
                    false);
            if (report.succeeded()) {
                // Taken after the run: a lock file it wrote is part of what the next run starts from.
                RestoreFingerprint.of(settings, units, output, runtime).ifPresent(fingerprint ->
                        NoOpCache.write(output, fingerprint, report, producedFiles(units, installed, files, report)));
            }
            return report;
        } finally {
            threads.shutdownNow();
        }
    }

    private UnitOutcome complete(UnitResolution resolution, ExtractedFiles files, Map<String, InstalledPackage> installed,
            List<RestoreSummary> summaries) {
        RestoreSummary summary = UnitSummaries.of(resolution, files, runtime);
        Path summaryFile = output.resolve(SUMMARY_FOLDER).resolve(resolution.unit().name() + ".json");
        RestoreSummaryJson.write(summary, summaryFile);
        Optional<Path> lockFile = Optional.empty();
        if (resolution.unit() instanceof ReferenceUnit unit && summary.succeeded()) {
            lockFile = LockFiles.write(unit.lockFile(), resolution.graph().orElseThrow(), installed);
        }
        if (summary.succeeded()) {
            summaries.add(summary);
        }
        return new UnitOutcome(resolution.unit().name(), summary.diagnostics(), graphs(resolution), Optional.of(summaryFile),
                lockFile);
    }

    /** What a no-op restore relies on: installed packages, extracted folders, framework folders, summaries, lock files. */
    private static List<Path> producedFiles(List<RestoreUnit> units, Map<String, InstalledPackage> installed,
            ExtractedFiles files, RestoreReport report) {
        List<Path> produced = new ArrayList<>();
        installed.values().forEach(p -> produced.add(p.folder().resolve(NupkgMetadata.FILE_NAME)));
        produced.addAll(files.folders());
        report.assetFolders().values().forEach(folder -> produced.add(folder.resolve(AssetFolders.MANIFEST)));
        report.units().forEach(unit -> unit.summary().ifPresent(produced::add));
        units.stream().filter(u -> u instanceof ReferenceUnit r && r.lockFile().enabled())
                .map(u -> ((ReferenceUnit) u).lockFile().path()).filter(Files::isRegularFile).forEach(produced::add);
        return produced;
    }

    /**
     * The packages that failed PackageReference units resolved, put into the global packages folder as NuGet does
     * (ProjectRestoreCommand installs every graph's packages before it judges the resolution), so that their assets
     * can be checked as NuGet checks them. Nothing of them goes to the output folder. Should one not install, the
     * failed units are reported without those checks: they fail already, with the error that says why.
     */
    private Map<String, InstalledPackage> installForFailed(List<UnitResolution> resolutions,
            Map<String, InstalledPackage> installed, ExecutorService threads) {
        List<PackageToInstall> wanted = resolutions.stream().filter(r -> !r.succeeded() && r.graph().isPresent())
                .flatMap(r -> r.extracts().values().stream()).toList();
        Map<String, InstalledPackage> all = new LinkedHashMap<>(installed);
        List<PackageToInstall> missing = wanted.stream().filter(p -> !installed.containsKey(p.key())).toList();
        if (missing.isEmpty()) {
            return all;
        }
        try {
            all.putAll(new PackageInstalls(cache, sources, threads).installAll(missing));
        } catch (RestoreException | UncheckedIOException e) {
            return installed;
        }
        return all;
    }

    /**
     * A failed unit: no summary, lock file or output of any kind; but a PackageReference unit gets the messages
     * NuGet's assets file and compatibility check give for what it resolved (NU1701, NU1202: RestoreCommand
     * ExecuteAsync builds the assets file and runs VerifyCompatibilityAsync after a failed resolution too), its
     * assets read from the packages' folders in the global packages folder.
     */
    private UnitOutcome failed(UnitResolution resolution, Map<String, InstalledPackage> installed) {
        List<Diagnostic> diagnostics = resolution.diagnostics();
        if (resolution.graph().isPresent()) {
            Map<String, Path> folders = new LinkedHashMap<>();
            resolution.extracts().forEach((folder, p) -> {
                InstalledPackage found = installed.get(p.key());
                if (found != null) {
                    folders.put(folder, found.folder());
                }
            });
            if (folders.size() == resolution.extracts().size()) {
                diagnostics = UnitSummaries.of(resolution, new ExtractedFiles(folders), runtime).diagnostics();
            }
        }
        return new UnitOutcome(resolution.unit().name(), diagnostics, graphs(resolution), Optional.empty(),
                Optional.empty());
    }

    private static List<FrameworkGraph> graphs(UnitResolution resolution) {
        return resolution.graph().map(r -> r.graphs()).orElse(List.of());
    }

    /** Unit names name summary files, and two units must not write one lock file. */
    private static void requireDistinct(List<RestoreUnit> units) {
        Set<String> names = new HashSet<>();
        Set<Path> lockFiles = new HashSet<>();
        for (RestoreUnit unit : units) {
            if (!names.add(unit.name().toLowerCase(Locale.ROOT))) {
                throw new RestoreException("Two restore inputs are both named '" + unit.name() + "'; give each project"
                        + " file or packages.config its own name, or restore them in separate modules.");
            }
            if (unit instanceof ReferenceUnit references && references.lockFile().enabled()
                    && !lockFiles.add(references.lockFile().path().toAbsolutePath().normalize())) {
                throw new RestoreException(unit.name() + " would write the lock file " + references.lockFile().path()
                        + ", which another input of this restore uses too; give one of them another lock file path.");
            }
        }
    }

    private static ExecutorService threads() {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(PackageResolver.DEFAULT_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "nuget-restore-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
