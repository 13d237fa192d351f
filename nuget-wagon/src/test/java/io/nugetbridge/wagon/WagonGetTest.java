package io.nugetbridge.wagon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.repository.Checksums;
import io.nugetbridge.testing.ArtipieServer;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import io.nugetbridge.testing.TestNupkg;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.wagon.ResourceDoesNotExistException;
import org.apache.maven.wagon.events.TransferEvent;
import org.apache.maven.wagon.events.TransferListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the wagon serves from a real NuGet server (Artipie) with packages pushed by the test. */
@Timeout(60)
@RequiresCorpus
class WagonGetTest {

    private static ArtipieServer server;
    private static Path top;

    @TempDir
    Path temp;

    private WagonHarness harness;
    private String url;

    @BeforeAll
    static void pushPackages(@TempDir Path packages) {
        server = ArtipieServer.start();
        top = TestNupkg.of("Wagon.Top", "1.0.0").group("net8.0", "Wagon.Middle [1.0.0, )")
                .group(".NETFramework4.7.2", "Wagon.Legacy 1.0.0").writeTo(packages);
        server.pushOrFail(top);
        server.pushOrFail(TestNupkg.of("Wagon.Top", "1.1.0-beta.1").writeTo(packages));
        server.pushOrFail(TestNupkg.of("Wagon.Middle", "1.0.0").writeTo(packages));
        server.pushOrFail(TestNupkg.of("Wagon.Middle", "1.1.0").writeTo(packages));
        server.pushOrFail(TestNupkg.of("Wagon.Legacy", "1.0.0").writeTo(packages));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void wagons() {
        harness = new WagonHarness(temp);
        url = "nuget+" + server.serviceIndex();
        server.clearRequests();
    }

    @Test
    void thePomNamesTheDependenciesOfTheNearestGroupAtTheLowestVersionOnTheFeed() throws Exception {
        String pom = download("nuget/Wagon.Top/1.0.0/Wagon.Top-1.0.0.pom");

        assertThat(pom).contains("<groupId>nuget</groupId>", "<artifactId>Wagon.Top</artifactId>",
                "<version>1.0.0</version>", "<packaging>nupkg</packaging>");
        assertThat(pom).contains("<artifactId>Wagon.Middle</artifactId>", "<version>1.0.0</version>",
                "<type>nupkg</type>").doesNotContain("Wagon.Legacy");

        NuGetWagon net472 = harness.connect("feed-472", url, Map.of("targetFramework", "net472"), null);
        File file = harness.file("top-472.pom");
        net472.get("nuget/Wagon.Top/1.0.0/Wagon.Top-1.0.0.pom", file);
        assertThat(Files.readString(file.toPath())).contains("<artifactId>Wagon.Legacy</artifactId>")
                .doesNotContain("Wagon.Middle");
    }

    @Test
    void theMetadataListsTheFeedsVersionsInMavensOrder() throws Exception {
        String metadata = download("nuget/Wagon.Top/maven-metadata.xml");

        assertThat(metadata).contains("<latest>1.1.0-beta.1</latest>", "<release>1.0.0</release>");
        assertThat(metadata.indexOf("<version>1.0.0</version>"))
                .isLessThan(metadata.indexOf("<version>1.1.0-beta.1</version>"));
    }

    @Test
    void thePackageComesThroughTheGlobalPackagesFolderAndIsDownloadedOnce() throws Exception {
        byte[] first = Files.readAllBytes(downloadFile("nuget/Wagon.Top/1.0.0/Wagon.Top-1.0.0.nupkg").toPath());
        assertThat(first).isEqualTo(Files.readAllBytes(top));
        assertThat(harness.packages.resolve("wagon.top/1.0.0/wagon.top.1.0.0.nupkg")).exists();

        int requests = server.requests().size();
        // A new run (new services) over the same global packages folder asks the feed nothing.
        WagonHarness nextRun = new WagonHarness(temp);
        nextRun.connect("feed", url).get("nuget/Wagon.Top/1.0.0/Wagon.Top-1.0.0.nupkg", nextRun.file("again.nupkg"));
        assertThat(server.requests()).hasSize(requests);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sha1", "md5", "sha256", "sha512"})
    void checksumsAreOverTheExactBytesServed(String algorithm) throws Exception {
        for (String path : List.of("nuget/Wagon.Top/1.0.0/Wagon.Top-1.0.0.pom", "nuget/Wagon.Top/1.0.0/Wagon.Top-1.0.0.nupkg",
                "nuget/Wagon.Top/maven-metadata.xml", ".meta/prefixes.txt")) {
            byte[] served = Files.readAllBytes(downloadFile(path).toPath());
            // Through another wagon of the same run, as Resolver's pool does it.
            String checksum = download(path + "." + algorithm);
            assertThat(checksum).as(path).isEqualTo(Checksums.of(served, algorithm));
        }
    }

    @Test
    void versionListsAreFetchedOncePerRunWhateverTheNumberOfWagons() throws Exception {
        download("nuget/Wagon.Top/1.0.0/Wagon.Top-1.0.0.pom");
        download("nuget/Wagon.Middle/maven-metadata.xml");
        downloadFile("nuget/Wagon.Middle/1.0.0/Wagon.Middle-1.0.0.nupkg");

        assertThat(server.requests().stream().filter(r -> r.contains("wagon.middle/index.json"))).hasSize(1);
    }

    @Test
    void prefixesTellResolverTwoThatOnlyNugetLivesHere() throws Exception {
        assertThat(download(".meta/prefixes.txt")).isEqualTo("## repository-prefixes/2.0\n/nuget\n");
        assertThat(server.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/apache/maven/plugins/maven-metadata.xml", "junit/junit/4.13/junit-4.13.pom",
            "junit/junit/4.13/junit-4.13.jar.sha1", "nuget/Wagon.Top/1.0.0/Wagon.Top-1.0.0-sources.jar",
            "nuget/Wagon.Top/maven-metadata-local.xml", "nuget/Wagon.Top/1.0.0/maven-metadata.xml"})
    void anythingElseIsNotFoundWithoutAskingTheFeed(String path) {
        NuGetWagon wagon = harness.connect("feed", url);
        assertThatThrownBy(() -> wagon.get(path, harness.file("x"))).isInstanceOf(ResourceDoesNotExistException.class);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void unknownIdsAndVersionsAreNotFound() throws Exception {
        NuGetWagon wagon = harness.connect("feed", url);
        for (String path : List.of("nuget/No.Such/1.0.0/No.Such-1.0.0.pom", "nuget/No.Such/maven-metadata.xml",
                "nuget/Wagon.Top/9.9.9/Wagon.Top-9.9.9.nupkg", "nuget/Wagon.Top/not-a-version/Wagon.Top-not-a-version.pom",
                "nuget/No.Such/1.0.0/No.Such-1.0.0.pom.sha1")) {
            assertThatThrownBy(() -> wagon.get(path, harness.file("x"))).as(path)
                    .isInstanceOf(ResourceDoesNotExistException.class).hasMessageContaining("'feed'");
        }
        assertThat(wagon.resourceExists("nuget/Wagon.Top/1.0.0/Wagon.Top-1.0.0.nupkg")).isTrue();
        assertThat(wagon.resourceExists("nuget/Wagon.Top/9.9.9/Wagon.Top-9.9.9.nupkg")).isFalse();
        assertThat(wagon.resourceExists("junit/junit/4.13/junit-4.13.pom")).isFalse();
    }

    @Test
    void aRealPackagesPomCarriesItsDescriptiveFields(@TempDir Path packages) throws Exception {
        server.push(Fixtures.path("nupkg/Polly.4.3.0.nupkg"));
        String pom = download("nuget/polly/4.3.0/polly-4.3.0.pom");
        assertThat(pom).contains("<artifactId>polly</artifactId>", "<name>Polly</name>", "<developer>");
    }

    @Test
    void transferEventsCarryEveryByte() throws Exception {
        NuGetWagon wagon = harness.connect("feed", url);
        List<String> events = new ArrayList<>();
        long[] bytes = new long[1];
        wagon.addTransferListener(new TransferListener() {
            @Override
            public void transferInitiated(TransferEvent event) {
                events.add("initiated");
            }

            @Override
            public void transferStarted(TransferEvent event) {
                events.add("started " + event.getResource().getContentLength());
            }

            @Override
            public void transferProgress(TransferEvent event, byte[] buffer, int length) {
                bytes[0] += length;
            }

            @Override
            public void transferCompleted(TransferEvent event) {
                events.add("completed");
            }

            @Override
            public void transferError(TransferEvent event) {
                events.add("error");
            }

            @Override
            public void debug(String message) {}
        });
        wagon.get("nuget/Wagon.Top/1.0.0/Wagon.Top-1.0.0.nupkg", harness.file("events.nupkg"));

        assertThat(events).containsExactly("initiated", "started " + Files.size(top), "completed");
        assertThat(bytes[0]).isEqualTo(Files.size(top));
    }

    private String download(String path) throws Exception {
        return Files.readString(downloadFile(path).toPath(), StandardCharsets.UTF_8);
    }

    private File downloadFile(String path) throws Exception {
        File file = harness.file(path.replace('/', '_'));
        harness.connect("feed", url).get(path, file);
        return file;
    }
}
