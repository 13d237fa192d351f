package io.nugetbridge.core.cache;

import io.nugetbridge.testing.RequiresCorpus;

import static io.nugetbridge.core.cache.CacheFixtures.V430;
import static io.nugetbridge.core.cache.CacheFixtures.V600;
import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.feed.LocalFolderFeed;
import io.nugetbridge.core.log.NuGetLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Package folders another tool wrote, laid out by hand exactly as dotnet (or an older NuGet) lays them out. */
@RequiresCorpus
class ForeignLayoutTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path root;

    @TempDir
    Path feedFolder;

    @Test
    void aPackageDotnetInstalledIsFoundAndUsedAsIsWithoutATouch() throws Exception {
        Path folder = layOut(root, "polly", "4.3.0", CacheFixtures.polly(), CacheFixtures.POLLY_SHA512);
        Files.writeString(folder.resolve(".nupkg.metadata"), "{" + NL + "  \"version\": 2," + NL + "  \"contentHash\": \""
                + CacheFixtures.POLLY_SHA512 + "\"," + NL + "  \"source\": \"https://api.nuget.org/v3/index.json\"" + NL + "}");
        Map<String, FileTime> before = snapshot(root);

        GlobalPackagesFolder cache = new GlobalPackagesFolder(root, List.of(), NuGetLog.SILENT);
        InstalledPackage found = cache.install("Polly", V430, CacheFixtures.unreachableFeed(), Optional.empty());

        assertThat(found.origin()).isEqualTo(InstalledPackage.Origin.GLOBAL_FOLDER);
        assertThat(found.folder()).isEqualTo(folder);
        assertThat(found.source()).contains("https://api.nuget.org/v3/index.json");
        assertThat(found.contentHash()).isEqualTo(CacheFixtures.POLLY_SHA512);
        assertThat(found.nupkg()).hasSameBinaryContentAs(CacheFixtures.polly());
        assertThat(snapshot(root)).isEqualTo(before);
    }

    @Test
    void anOlderNuGetsFolderWithOnlyTheSha512GetsItsMetadataAsNuGetWritesIt() throws Exception {
        Path folder = layOut(root, "polly", "4.3.0", CacheFixtures.polly(), CacheFixtures.POLLY_SHA512);
        List<String> before = CacheFixtures.files(folder);

        Optional<InstalledPackage> found = new GlobalPackagesFolder(root, List.of(), NuGetLog.SILENT).find("Polly", V430);

        assertThat(found).isPresent();
        assertThat(found.get().source()).isEmpty();
        assertThat(Files.readString(folder.resolve(".nupkg.metadata")))
                .isEqualTo("{" + NL + "  \"version\": 2," + NL + "  \"contentHash\": \"" + CacheFixtures.POLLY_SHA512 + "\"" + NL + "}");
        assertThat(CacheFixtures.files(folder)).containsExactlyInAnyOrderElementsOf(concat(before, ".nupkg.metadata"));
    }

    @Test
    void aRegeneratedSignedPackageGetsTheSignedContentHashNotTheFileHash() throws Exception {
        Path folder = layOut(root, "system.runtime.compilerservices.unsafe", "6.0.0", CacheFixtures.unsafe(),
                CacheFixtures.UNSAFE_SHA512);

        InstalledPackage found = new GlobalPackagesFolder(root, List.of(), NuGetLog.SILENT)
                .install("System.Runtime.CompilerServices.Unsafe", V600, CacheFixtures.unreachableFeed(), Optional.empty());

        assertThat(found.contentHash()).isEqualTo(CacheFixtures.UNSAFE_CONTENT_HASH);
        assertThat(NupkgMetadata.read(folder.resolve(".nupkg.metadata")).contentHash())
                .isEqualTo(CacheFixtures.UNSAFE_CONTENT_HASH);
    }

    @Test
    void aFolderAKilledInstallLeftIsNotAPackageAndIsReplacedWhole() throws Exception {
        Path folder = root.resolve("polly/4.3.0");
        Files.createDirectories(folder.resolve("lib/net45"));
        Files.writeString(folder.resolve("lib/net45/Polly.dll"), "half written");
        Files.writeString(folder.resolve("stray.tmp"), "left by a crash");
        Files.copy(CacheFixtures.polly(), feedFolder.resolve("Polly.4.3.0.nupkg"));
        GlobalPackagesFolder cache = new GlobalPackagesFolder(root, List.of(), NuGetLog.SILENT);

        assertThat(cache.find("Polly", V430)).isEmpty();
        InstalledPackage installed = cache.install("Polly", V430, new LocalFolderFeed(feedFolder), Optional.empty());

        assertThat(installed.origin()).isEqualTo(InstalledPackage.Origin.DOWNLOADED);
        assertThat(CacheFixtures.files(folder)).hasSize(19).doesNotContain("stray.tmp");
        try (ZipFile zip = new ZipFile(CacheFixtures.polly().toFile()); InputStream dll = zip.getInputStream(zip.getEntry("lib/net45/Polly.dll"))) {
            assertThat(Files.readAllBytes(folder.resolve("lib/net45/Polly.dll"))).isEqualTo(dll.readAllBytes());
        }
        assertThat(CacheFixtures.names(root.resolve("polly"))).containsExactly("4.3.0");
    }

    /** A version folder as NuGet writes it, minus {@code .nupkg.metadata}: nupkg, .sha512, nuspec, two payload files. */
    static Path layOut(Path root, String lowerId, String version, Path nupkg, String sha512) throws IOException {
        Path folder = Files.createDirectories(root.resolve(lowerId).resolve(version));
        Files.copy(nupkg, folder.resolve(lowerId + "." + version + ".nupkg"));
        Files.writeString(folder.resolve(lowerId + "." + version + ".nupkg.sha512"), sha512);
        try (ZipFile zip = new ZipFile(nupkg.toFile())) {
            zip.stream().filter(e -> !e.isDirectory() && !e.getName().contains("/") && e.getName().endsWith(".nuspec"))
                    .findFirst().ifPresent(e -> copy(zip, e.getName(), folder.resolve(lowerId + ".nuspec")));
            zip.stream().filter(e -> e.getName().startsWith("lib/")).limit(2)
                    .forEach(e -> copy(zip, e.getName(), folder.resolve(e.getName())));
        }
        return folder;
    }

    private static void copy(ZipFile zip, String entry, Path target) {
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every path below {@code folder} (folders too) with its modification time. */
    static Map<String, FileTime> snapshot(Path folder) throws IOException {
        Map<String, FileTime> times = new LinkedHashMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted().toList()) {
                times.put(folder.relativize(path).toString(), Files.getLastModifiedTime(path));
            }
        }
        return times;
    }

    private static List<String> concat(List<String> list, String more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
