package io.nugetbridge.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.packaging.PackageHash;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder sources in both of NuGet's layouts, built from real corpus packages. */
@RequiresCorpus
class LocalFolderFeedTest {

    @TempDir
    Path folder;

    @Test
    void hierarchicalLayoutAsNuGetAddWritesIt() throws IOException {
        addHierarchical("Dapper.2.0.78.nupkg", "dapper", "2.0.78");
        addHierarchical("DapperExtensions.1.3.0-a.nupkg", "dapperextensions", "1.3.0-a");
        // An incomplete version folder (no .sha512) is not a package, as in NuGet.
        Path partial = Files.createDirectories(folder.resolve("dapper/9.0.0"));
        Files.copy(Fixtures.path("nupkg/Dapper.2.0.78.nupkg"), partial.resolve("dapper.9.0.0.nupkg"));
        Files.writeString(partial.resolve("dapper.nuspec"), "<package/>");

        LocalFolderFeed feed = new LocalFolderFeed(folder);

        assertThat(feed.layout()).isEqualTo(LocalFolderFeed.Layout.HIERARCHICAL);
        assertThat(feed.versions("DAPPER")).extracting(p -> p.version().toNormalizedString()).containsExactly("2.0.78");
        assertThat(feed.versions("Dapper").get(0).id()).isEqualTo("Dapper");
        assertThat(feed.versions("DapperExtensions").get(0).version().isPrerelease()).isTrue();
        assertThat(new String(feed.nuspec("dapper", NuGetVersion.parse("2.0.78")).orElseThrow(), StandardCharsets.UTF_8))
                .contains("<id>Dapper</id>");
        Path copy = folder.resolve("../out/dapper.nupkg").normalize();
        assertThat(feed.download("Dapper", NuGetVersion.parse("2.0.78"), copy)).isTrue();
        assertThat(PackageHash.sha512Base64(copy))
                .isEqualTo("x+CgrSjtxOgiUZ1lt+pp1Z6Z2X50FlrPzgH1i2e4LY5oe7MEeFxPWCG9SWjF42DsUtrSaZXuM+b36+8x24FukQ==");
        assertThat(feed.exists("Dapper", NuGetVersion.parse("9.0.0"))).isFalse();
        assertThat(feed.download("Dapper", NuGetVersion.parse("9.0.0"), folder.resolve("none.nupkg"))).isFalse();
    }

    @Test
    void flatLayoutInTheRootOrOneFolderDown() throws IOException {
        Files.copy(Fixtures.path("nupkg/Dapper.2.0.78.nupkg"), folder.resolve("Dapper.2.0.78.nupkg"));
        Files.createDirectories(folder.resolve("NUnit"));
        Files.copy(Fixtures.path("nupkg/NUnit.3.3.0-CI-2857-issue-1593.nupkg"),
                folder.resolve("NUnit/NUnit.3.3.0-CI-2857-issue-1593.nupkg"));
        // A file whose name promises a package but is not one is skipped, never fatal.
        Files.writeString(folder.resolve("Dapper.3.0.0.nupkg"), "not a zip");

        LocalFolderFeed feed = new LocalFolderFeed(folder);

        assertThat(feed.layout()).isEqualTo(LocalFolderFeed.Layout.FLAT);
        assertThat(feed.versions("dapper")).extracting(FeedPackage::versionAsListed).containsExactly("2.0.78");
        assertThat(feed.versions("nunit")).extracting(FeedPackage::versionAsListed)
                .containsExactly("3.3.0-CI-2857-issue-1593");
        // "NUnit.Console" starts with "NUnit." too: the nuspec id decides.
        assertThat(feed.versions("NUnit.Console")).isEmpty();
    }

    @Test
    void missingFolderFailsAsInNuGet() {
        // NuGet: LocalV3FindPackageByIdResource, "The local source '{0}' doesn't exist." (NU1301), not NU1101.
        LocalFolderFeed feed = new LocalFolderFeed(folder.resolve("absent"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> feed.versions("Dapper")).isInstanceOf(FeedException.class)
                .hasMessageContaining("doesn't exist");
    }

    private void addHierarchical(String corpusFile, String lowerId, String version) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(lowerId).resolve(version));
        Path nupkg = dir.resolve(lowerId + "." + version + ".nupkg");
        Files.copy(Fixtures.path("nupkg/" + corpusFile), nupkg);
        Files.writeString(dir.resolve(lowerId + "." + version + ".nupkg.sha512"), PackageHash.sha512Base64(nupkg));
        Files.writeString(dir.resolve(lowerId + ".nuspec"), "<package/>");
    }
}
