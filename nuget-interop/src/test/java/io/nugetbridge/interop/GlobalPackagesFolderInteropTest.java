package io.nugetbridge.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.restore.RestoreReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The global packages folder shared both ways, as dotnet and our restore share ~/.nuget/packages: what one
 * client put there the other restores from without asking any source. The graph has cousins, so the losing
 * version (Gpf.C 1.0.0) must be there too, as NuGet installs it (the next restore looks it up before
 * settling the graph).
 */
@RequiresNuGetExe
class GlobalPackagesFolderInteropTest {

    /** A loopback port nothing listens on: a source that cannot be reached. */
    private static final String UNREACHABLE = "http://127.0.0.1:9/v3/index.json";

    private static final List<FeedPackage> PACKAGES = List.of(
            FeedPackage.of("Gpf.A", "1.0.0").dependsOn("Gpf.C [2.0.0, )").lib("netstandard2.0"),
            FeedPackage.of("Gpf.B", "1.0.0").dependsOn("Gpf.C [1.0.0, )").lib("netstandard2.0"),
            FeedPackage.of("Gpf.C", "1.0.0").lib("netstandard2.0"), FeedPackage.of("Gpf.C", "2.0.0").lib("netstandard2.0"));
    private static final ProjectSpec PROJECT = ProjectSpec.of("shared", List.of("netstandard2.0", "net8.0"),
            "Gpf.A [1.0.0, )", "Gpf.B [1.0.0, )");

    @TempDir
    Path work;

    @Test
    void ourRestoreTakesEverythingFromTheFolderNuGetExeFilled() {
        Path feed = FolderFeed.write(work.resolve("feed"), PACKAGES);
        Path folder = work.resolve("global-packages");
        DgSpec spec = new DgSpec(work.resolve("nuget")).source(feed.toString()).packagesPath(folder);
        Path dg = spec.write(List.of(PROJECT));
        NuGetExe.Run run = NuGetExe.in(work.resolve("sandbox")).run(dg.getParent(), "restore", dg.toString())
                .requireSuccess();
        Map<String, FrameworkOutcome> nuget = AssetsFile.read(spec.assetsFile(PROJECT.name())).outcomes();

        OurRestore.ProjectOutcome ours = new OurRestore(work.resolve("ours"), List.of(UNREACHABLE), folder, false)
                .restore(PROJECT);

        RestoreReport report = ours.report().orElseThrow(() -> new AssertionError(ours.frameworks()));
        assertThat(report.errors()).as("our restore from NuGet.exe's folder %s\n%s", folder, run.describe()).isEmpty();
        assertThat(report.downloaded()).as("downloads with everything in %s", folder).isZero();
        assertThat(ours.frameworks()).isEqualTo(nuget);
    }

    @Test
    void nugetExeTakesEverythingFromTheFolderWeFilled() throws IOException {
        Path feed = FolderFeed.write(work.resolve("feed"), PACKAGES);
        Path folder = work.resolve("global-packages");
        OurRestore.ProjectOutcome ours = new OurRestore(work.resolve("ours"), List.of(feed.toString()), folder, false)
                .restore(PROJECT);
        assertThat(ours.report().orElseThrow().errors()).isEmpty();

        Path empty = Files.createDirectories(work.resolve("empty-feed"));
        DgSpec spec = new DgSpec(work.resolve("nuget")).source(empty.toString()).packagesPath(folder);
        Path dg = spec.write(List.of(PROJECT));
        NuGetExe nuget = NuGetExe.in(work.resolve("sandbox"));
        NuGetExe.Run run = nuget.run(dg.getParent(), "restore", dg.toString(), "-Verbosity", "detailed")
                .requireSuccess();

        assertThat(AssetsFile.read(spec.assetsFile(PROJECT.name())).outcomes()).as(run.describe())
                .isEqualTo(ours.frameworks());
        // NuGet.exe says "Installing <id> <version>." for each package it takes from a source.
        assertThat(run.output().lines().filter(l -> l.contains("Installing "))).as(run.describe()).isEmpty();
        assertThat(filesUnder(nuget.httpCache())).as("NuGet.exe's HTTP cache").isEmpty();
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
