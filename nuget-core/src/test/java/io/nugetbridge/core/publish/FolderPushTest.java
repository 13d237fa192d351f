package io.nugetbridge.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.feed.LocalFolderFeed;
import io.nugetbridge.core.packaging.PackageHash;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pushing to folder sources in both of NuGet's layouts, read back through LocalFolderFeed. */
@RequiresCorpus
class FolderPushTest {

    private static final Path DAPPER = Fixtures.path("nupkg/Dapper.2.0.78.nupkg");

    @Test
    void aNewFolderGetsTheNuGetAddLayout(@TempDir Path temp) throws IOException {
        Path feed = temp.resolve("feed");

        PushResult result = new FolderPackagePublisher(feed).push(DAPPER, PushOptions.defaults());

        Path version = feed.resolve("dapper/2.0.78");
        assertThat(result.target()).isEqualTo(version.toString());
        try (Stream<Path> files = Files.list(version)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("dapper.2.0.78.nupkg", "dapper.2.0.78.nupkg.sha512", "dapper.nuspec");
        }
        assertThat(Files.readString(version.resolve("dapper.2.0.78.nupkg.sha512"))).isEqualTo(PackageHash.sha512Base64(DAPPER));
        assertThat(Files.readString(version.resolve("dapper.nuspec"))).contains("<id>Dapper</id>");
        LocalFolderFeed read = new LocalFolderFeed(feed);
        assertThat(read.layout()).isEqualTo(LocalFolderFeed.Layout.HIERARCHICAL);
        assertThat(read.exists("Dapper", NuGetVersion.parse("2.0.78"))).isTrue();
        try (Stream<Path> all = Files.walk(feed)) {
            assertThat(all.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void aVersionAlreadyThereFailsUnlessSkipped(@TempDir Path temp) {
        FolderPackagePublisher publisher = new FolderPackagePublisher(temp);
        publisher.push(DAPPER, PushOptions.defaults());

        assertThatThrownBy(() -> publisher.push(DAPPER, PushOptions.defaults()))
                .isInstanceOf(PushException.class)
                .hasMessageContaining("Dapper 2.0.78 is already in the folder source")
                .hasMessageContaining("nuget.skipDuplicate=true");
        assertThat(publisher.push(DAPPER, PushOptions.defaults().withSkipDuplicate(true)).outcome())
                .isEqualTo(PushResult.Outcome.ALREADY_EXISTS);
    }

    @Test
    void aFlatFolderGetsACopy(@TempDir Path temp) throws IOException {
        Files.copy(Fixtures.path("nupkg/Polly.4.3.0.nupkg"), temp.resolve("Polly.4.3.0.nupkg"));
        FolderPackagePublisher publisher = new FolderPackagePublisher(temp);

        publisher.push(DAPPER, PushOptions.defaults());

        assertThat(Files.readAllBytes(temp.resolve("Dapper.2.0.78.nupkg"))).isEqualTo(Files.readAllBytes(DAPPER));
        LocalFolderFeed read = new LocalFolderFeed(temp);
        assertThat(read.layout()).isEqualTo(LocalFolderFeed.Layout.FLAT);
        assertThat(read.versions("Dapper")).hasSize(1);
        assertThat(publisher.delete("Dapper", NuGetVersion.parse("2.0.78"))).isTrue();
        assertThat(Files.exists(temp.resolve("Dapper.2.0.78.nupkg"))).isFalse();
        assertThat(publisher.delete("Dapper", NuGetVersion.parse("2.0.78"))).isFalse();
    }

    @Test
    void deleteRemovesAHierarchicalVersion(@TempDir Path temp) {
        FolderPackagePublisher publisher = new FolderPackagePublisher(temp);
        publisher.push(DAPPER, PushOptions.defaults());

        assertThat(publisher.delete("Dapper", NuGetVersion.parse("2.0.78"))).isTrue();

        assertThat(new LocalFolderFeed(temp).versions("Dapper")).isEmpty();
    }
}
