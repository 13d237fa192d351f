package io.nugetbridge.core.cache;

import io.nugetbridge.testing.RequiresCorpus;

import static io.nugetbridge.core.cache.CacheFixtures.V430;
import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.feed.LocalFolderFeed;
import io.nugetbridge.core.log.NuGetLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fallback folders (NUGET_FALLBACK_PACKAGES, fallbackPackageFolders) are read after the global folder, never written. */
@RequiresCorpus
class FallbackFolderTest {

    @TempDir
    Path root;

    @TempDir
    Path fallback;

    @TempDir
    Path feedFolder;

    @Test
    void aPackageInAFallbackFolderIsUsedThereAndTheFolderStaysUntouched() throws Exception {
        Path folder = complete(fallback);
        Map<String, FileTime> before = ForeignLayoutTest.snapshot(fallback);
        GlobalPackagesFolder cache = new GlobalPackagesFolder(root, List.of(fallback.resolve("missing"), fallback),
                NuGetLog.SILENT);

        InstalledPackage found = cache.install("Polly", V430, CacheFixtures.unreachableFeed(), Optional.empty());

        assertThat(found.origin()).isEqualTo(InstalledPackage.Origin.FALLBACK_FOLDER);
        assertThat(found.readOnly()).isTrue();
        assertThat(found.folder()).isEqualTo(folder);
        assertThat(found.nupkg()).isEqualTo(folder.resolve("polly.4.3.0.nupkg"));
        assertThat(ForeignLayoutTest.snapshot(fallback)).isEqualTo(before);
        assertThat(CacheFixtures.names(root)).isEmpty();
    }

    @Test
    void theGlobalFolderIsLookedAtFirst() throws Exception {
        complete(fallback);
        Path inGlobal = complete(root);

        InstalledPackage found = new GlobalPackagesFolder(root, List.of(fallback), NuGetLog.SILENT).find("Polly", V430)
                .orElseThrow();

        assertThat(found.folder()).isEqualTo(inGlobal);
        assertThat(found.origin()).isEqualTo(InstalledPackage.Origin.GLOBAL_FOLDER);
    }

    @Test
    void aFallbackPackageWithoutMetadataIsNotRepairedThereButInstalledIntoTheGlobalFolder() throws Exception {
        ForeignLayoutTest.layOut(fallback, "polly", "4.3.0", CacheFixtures.polly(), CacheFixtures.POLLY_SHA512);
        Map<String, FileTime> before = ForeignLayoutTest.snapshot(fallback);
        Files.copy(CacheFixtures.polly(), feedFolder.resolve("Polly.4.3.0.nupkg"));
        GlobalPackagesFolder cache = new GlobalPackagesFolder(root, List.of(fallback), NuGetLog.SILENT);

        assertThat(cache.find("Polly", V430)).isEmpty();
        InstalledPackage installed = cache.install("Polly", V430, new LocalFolderFeed(feedFolder), Optional.empty());

        assertThat(installed.origin()).isEqualTo(InstalledPackage.Origin.DOWNLOADED);
        assertThat(installed.folder()).isEqualTo(root.resolve("polly/4.3.0"));
        assertThat(ForeignLayoutTest.snapshot(fallback)).isEqualTo(before);
    }

    private static Path complete(Path folderRoot) throws Exception {
        Path folder = ForeignLayoutTest.layOut(folderRoot, "polly", "4.3.0", CacheFixtures.polly(), CacheFixtures.POLLY_SHA512);
        NupkgMetadata.of(CacheFixtures.POLLY_SHA512, Optional.of("https://api.nuget.org/v3/index.json")).writeInto(folder);
        return folder;
    }
}
