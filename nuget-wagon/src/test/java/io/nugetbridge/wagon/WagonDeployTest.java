package io.nugetbridge.wagon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.testing.ArtipieServer;
import io.nugetbridge.testing.TestNupkg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.wagon.ResourceDoesNotExistException;
import org.apache.maven.wagon.TransferFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn deploy} through the wagon: what is pushed, what is dropped, what is refused. */
@Timeout(60)
class WagonDeployTest {

    @TempDir
    Path temp;

    private ArtipieServer server;
    private WagonHarness harness;
    private String url;

    @BeforeEach
    void start() {
        server = ArtipieServer.start();
        harness = new WagonHarness(temp);
        url = "nuget+" + server.serviceIndex();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theNupkgIsPushedAndTheRestOfWhatMavenSendsIsDroppedInAnyOrder() throws Exception {
        Path nupkg = TestNupkg.of("Deployed.Package", "1.2.0").writeTo(temp);
        Path pom = Files.writeString(temp.resolve("p.pom"), "<project/>");
        NuGetWagon wagon = harness.connect("feed", url);

        // Maven asks for the metadata to merge before it deploys: unknown, and that is fine.
        assertThatThrownBy(() -> wagon.get("nuget/Deployed.Package/maven-metadata.xml", harness.file("m")))
                .isInstanceOf(ResourceDoesNotExistException.class);
        for (String bookkeeping : List.of("nuget/Deployed.Package/1.2/Deployed.Package-1.2.pom.sha1",
                "nuget/Deployed.Package/maven-metadata.xml", "nuget/Deployed.Package/1.2/Deployed.Package-1.2.pom",
                "nuget/Deployed.Package/maven-metadata.xml.md5")) {
            wagon.put(pom.toFile(), bookkeeping);
        }
        server.clearRequests();
        wagon.put(nupkg.toFile(), "nuget/Deployed.Package/1.2/Deployed.Package-1.2.nupkg");
        wagon.put(pom.toFile(), "nuget/Deployed.Package/1.2/Deployed.Package-1.2.nupkg.sha1");

        assertThat(server.requests()).filteredOn(r -> r.startsWith("PUT")).hasSize(1);
        assertThat(harness.log).anyMatch(line -> line.startsWith("INFO Pushed Deployed.Package 1.2.0 to "));
        // Version lists are kept for the run, so a later run sees the new version.
        WagonHarness nextRun = new WagonHarness(temp.resolve("next"));
        Path metadataFile = nextRun.file("m.xml").toPath();
        nextRun.connect("feed", url).get("nuget/Deployed.Package/maven-metadata.xml", metadataFile.toFile());
        String metadata = Files.readString(metadataFile);
        assertThat(metadata).contains("<version>1.2.0</version>");
    }

    @Test
    void aPackageWhoseNuspecSaysOtherwiseThanTheCoordinatesIsRefused() {
        Path nupkg = TestNupkg.of("Real.Id", "2.0.0").writeTo(temp);
        NuGetWagon wagon = harness.connect("feed", url);

        assertThatThrownBy(() -> wagon.put(nupkg.toFile(), "nuget/Other.Id/2.0.0/Other.Id-2.0.0.nupkg"))
                .isInstanceOf(TransferFailedException.class)
                .hasMessageContaining("'feed'")
                .hasMessageContaining("is Real.Id 2.0.0 by its nuspec")
                .hasMessageContaining("deployed as nuget:Other.Id:2.0.0");
        assertThatThrownBy(() -> wagon.put(nupkg.toFile(), "nuget/Real.Id/2.0.1/Real.Id-2.0.1.nupkg"))
                .hasMessageContaining("deployed as nuget:Real.Id:2.0.1");
        assertThat(server.requests()).noneMatch(r -> r.startsWith("PUT"));
    }

    @Test
    void aSnapshotIsRefusedBeforeAnythingIsPushed() {
        Path nupkg = TestNupkg.of("Snap", "1.0.0-SNAPSHOT").writeTo(temp);
        NuGetWagon wagon = harness.connect("feed", url);

        assertThatThrownBy(() -> wagon.put(nupkg.toFile(), "nuget/Snap/1.0-SNAPSHOT/Snap-1.0-20261122.101010-1.pom"))
                .isInstanceOf(TransferFailedException.class)
                .hasMessageContaining("is a SNAPSHOT")
                .hasMessageContaining("1.2.0-beta.1");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aJavaArtifactIsRefusedAndAttachmentsAreDroppedWithAWarning() throws Exception {
        Path jar = Files.writeString(temp.resolve("x.jar"), "jar");
        NuGetWagon wagon = harness.connect("feed", url);

        assertThatThrownBy(() -> wagon.put(jar.toFile(), "com/example/x/1.0/x-1.0.jar"))
                .hasMessageContaining("is not a NuGet package");
        wagon.put(jar.toFile(), "nuget/Some.Id/1.0/Some.Id-1.0-sources.jar");
        assertThat(harness.log).anyMatch(line -> line.startsWith("WARN Not deployed") && line.contains("sources.jar"));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aDuplicateFailsUnlessSkipDuplicateIsOn() {
        Path nupkg = TestNupkg.of("Twice", "1.0.0").writeTo(temp);
        server.pushOrFail(nupkg);

        assertThatThrownBy(() -> harness.connect("feed", url).put(nupkg.toFile(), "nuget/Twice/1.0.0/Twice-1.0.0.nupkg"))
                .isInstanceOf(TransferFailedException.class)
                .hasMessageContaining("409")
                .hasMessageContaining("already on the feed");
        NuGetWagon skipping = harness.connect("feed", url, Map.of("skipDuplicate", true), null);
        org.assertj.core.api.Assertions.assertThatCode(
                () -> skipping.put(nupkg.toFile(), "nuget/Twice/1.0.0/Twice-1.0.0.nupkg")).doesNotThrowAnyException();
        assertThat(harness.log).anyMatch(line -> line.startsWith("WARN Twice 1.0.0 is already on"));
    }

    @Test
    void aFolderFeedTakesAndServesPackages() throws Exception {
        Path feed = Files.createDirectories(temp.resolve("folder-feed"));
        Path nupkg = TestNupkg.of("In.Folder", "3.0.0").writeTo(temp);
        String folderUrl = "nuget+" + feed.toUri();

        harness.connect("folder", folderUrl).put(nupkg.toFile(), "nuget/In.Folder/3.0.0/In.Folder-3.0.0.nupkg");
        Path served = download(harness.connect("folder", folderUrl), "nuget/In.Folder/3.0.0/In.Folder-3.0.0.nupkg");

        assertThat(Files.readAllBytes(served)).isEqualTo(Files.readAllBytes(nupkg));
    }

    private Path download(NuGetWagon wagon, String path) throws Exception {
        Path file = harness.file(path.replace('/', '_')).toPath();
        wagon.get(path, file.toFile());
        return file;
    }
}
