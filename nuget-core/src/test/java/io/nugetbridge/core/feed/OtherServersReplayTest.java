package io.nugetbridge.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Azure Artifacts, Artifactory, GitHub Packages and MyGet as recorded by other projects, replayed byte for
 * byte behind their own recorded service indexes. Expected values read off the files with Python.
 */
@RequiresCorpus
class OtherServersReplayTest {

    private static final String AZURE = "/organisationName/_packaging/2745c5e9-610a-4537-9032-978c66527b51/nuget/v3/";

    private ReplayServer server;
    private NuGetHttpClient http;

    @BeforeEach
    void start() {
        server = new ReplayServer().host("https://pkgs.dev.azure.com").host("http://localhost:1080")
                .host("https://nuget.pkg.github.com").host("https://www.myget.org").host("http://localhost:8081");
        http = new NuGetHttpClient(HttpSettings.defaults());
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        server.close();
    }

    private V3Feed feed(String indexPath) {
        return new V3Feed(URI.create(server.base() + indexPath), Endpoint.anonymous("recorded"), http,
                new ServiceIndexCache(http));
    }

    @Test
    void azureArtifactsRegistrationWithoutIdsAndItsFlatContainerNuspec() throws IOException {
        server.route(AZURE + "index.json", "v3/azure-artifacts/service-index.json")
                .route(AZURE + "registrations2-semver2/nunit/index.json", "v3/azure-artifacts/registration/nunit/index.json")
                .route(AZURE + "flat2/nunit/3.13.2/nunit.nuspec", "v3/azure-artifacts/flatcontainer/nunit/3.13.2/nunit.nuspec");
        V3Feed feed = feed(AZURE + "index.json");

        List<PackageMetadata> all = feed.metadata("NUnit");

        assertThat(all).extracting(PackageMetadata::versionAsListed).containsExactly("2.5.7.10213", "2.6.5", "2.7.1", "3.13.2");
        assertThat(all).as("entries without an id take the id asked for").allMatch(p -> p.id().equals("NUnit"));
        assertThat(all.get(3).projectUrl()).hasValue("https://nunit.org/");
        assertThat(all.get(0).projectUrl()).isEmpty();
        assertThat(all.get(3).packageContent()).hasValue(URI.create(server.base() + AZURE + "flat2/nunit/3.13.2/nunit.3.13.2.nupkg"));
        byte[] nuspec = feed.nuspec("NUnit", NuGetVersion.parse("3.13.2")).orElseThrow();
        assertThat(nuspec).isEqualTo(Files.readAllBytes(Fixtures.path("v3/azure-artifacts/flatcontainer/nunit/3.13.2/nunit.nuspec")));
        assertThat(NuspecReader.read(nuspec, "nunit.nuspec").metadata().dependencies().groups()).hasSize(4);
    }

    @Test
    void azureArtifactsDescendingVersionListAndLeafDocument() {
        server.route("/v3/index.json", "v3/azure-artifacts/localhost-rewritten/service-index.json")
                .route("/v3/flat2/nunitprivate/index.json", "v3/azure-artifacts/localhost-rewritten/flat2/nunitprivate/index.json")
                .route("/v3/registrations2-semver2/nugetprivate/5.0.2.json",
                        "v3/azure-artifacts/localhost-rewritten/registrations2/nugetprivate/5.0.2.json");
        V3Feed feed = feed("/v3/index.json");

        assertThat(feed.versions("NUnitPrivate")).extracting(FeedPackage::versionAsListed).containsExactly("5.0.1", "5.0.2");
        RegistrationLeaf leaf = feed.registrationLeaf("NuGetPrivate", NuGetVersion.parse("5.0.2")).orElseThrow();
        assertThat(leaf.listed()).isTrue();
        assertThat(leaf.packageContent()).hasValue(URI.create(server.base() + "/v3/flat2/nugetprivate/5.0.2/nugetprivate.5.0.2.nupkg"));
        assertThat(leaf.catalogEntry()).hasValue(URI.create(server.base() + "/commitLog/82a44df5f3474a989c4ffc1fba9ffff4"));
        assertThat(leaf.published()).hasValue("2022-04-13T13:30:25Z");
    }

    @Test
    void artifactoryAllUnlistedVariantAndSemVer1Hive() {
        String hive = "/artifactory/api/nuget/v3/nuget-repo/registration-semver2/microsoft.data.sqlclient/";
        String recorded = "v3/artifactory/registration-semver2/microsoft.data.sqlclient/";
        server.route("/index.json", "v3/artifactory/dependency-track-service-index.json")
                .route(hive + "index.json", recorded + "index.json")
                .route(hive + "page/5.1.1/6.1.0.json", recorded + "page-5.1.1-6.1.0.variant-all-unlisted.json");

        FeedPackage found = feed("/index.json").find("Microsoft.Data.SqlClient", NuGetVersion.parse("5.1.3")).orElseThrow();

        assertThat(found.listed()).isFalse();
        assertThat(server.requestsTo(hive + "page/1.0.19123.2-preview/")).isZero();

        // The semver1 hive is not the one NuGet's order picks, so its index is read directly (host template filled in).
        byte[] semver1Index = new String(read("v3/artifactory/registration-semver1/microsoft.data.sqlclient/index.json"),
                java.nio.charset.StandardCharsets.UTF_8).replace("{{request.baseUrl}}", server.base())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Registrations.Page> semver1 = Registrations.parseIndex(semver1Index, "semver1", "Microsoft.Data.SqlClient");
        assertThat(semver1).hasSize(2);
        assertThat(semver1.get(0).lower()).hasValue(NuGetVersion.parse("1.0.19123.2-Preview"));
        assertThat(semver1.get(0).upper()).hasValue(NuGetVersion.parse("1.1.2"));
        assertThat(semver1.get(1).mayHold(NuGetVersion.parse("5.2.2"))).isTrue();
        assertThat(semver1.get(0).mayHold(NuGetVersion.parse("5.2.2"))).isFalse();
        assertThat(semver1).allMatch(p -> p.items().isEmpty());
        assertThat(semver1.get(1).uri()).hasValue(URI.create(server.base()
                + "/artifactory/api/nuget/v3/nuget-repo/registration/microsoft.data.sqlclient/page/5.2.2/6.1.0.json"));
    }

    @Test
    void gitHubPackagesBaseAddressWithoutTrailingSlash() {
        server.route("/some-namespace/index.json", "v3/github-packages/service-index.json");
        V3Feed feed = feed("/some-namespace/index.json");

        assertThat(feed.versions("Some.Package")).isEmpty();

        assertThat(server.requests()).extracting(ReplayServer.Request::pathAndQuery)
                .containsExactly("/some-namespace/index.json", "/some-namespace/download/some.package/index.json");
    }

    @Test
    void myGetAndTheOlderArtifactoryIndexAreUsable() {
        server.route("/F/exceptionless/api/v3/index.json", "v3/myget/service-index.json")
                .route("/artifactory/api/nuget/v3/dependabot-nuget-local/index.json", "v3/artifactory/service-index.json");

        V3Feed myget = feed("/F/exceptionless/api/v3/index.json");
        assertThat(myget.versions("Exceptionless")).isEmpty();
        assertThat(myget.serviceIndex().packagePublish().orElseThrow().id())
                .isEqualTo(URI.create(server.base() + "/F/exceptionless/api/v2/package"));
        V3Feed artifactory = feed("/artifactory/api/nuget/v3/dependabot-nuget-local/index.json");
        assertThat(artifactory.versions("Dependabot.Test")).isEmpty();
        assertThat(server.requests()).extracting(ReplayServer.Request::pathAndQuery).contains(
                "/F/exceptionless/api/v3/flatcontainer/exceptionless/index.json",
                "/artifactory/api/nuget/v3/dependabot-nuget-local/registration-semver2/dependabot.test/index.json");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        v3/azure-artifacts/dnceng-dotnet-public-service-index.json | /dnceng/9ee6d478-d288-47f7-aacc-f6e6d082ae6d/_packaging/45bacae2-5efb-47c8-91e5-8ec20c22b4f8/nuget/v3/flat2/
        v3/azure-artifacts/dnceng-feed2-service-index.json         | /dnceng/9ee6d478-d288-47f7-aacc-f6e6d082ae6d/_packaging/516521bf-6417-457e-9a9c-0a4bdfde03e7/nuget/v3/flat2/
        v3/nuget.org/service-index-dependabot-snapshot.json        | /v3-flatcontainer/
        v3/nuget.org/service-index-registration3-era.json          | /v3-flatcontainer/
        """)
    void theRemainingRecordedIndexesLeadToTheirFlatContainer(String index, String flatContainer) {
        server.host("https://api.nuget.org").route("/index.json", index)
                .route(flatContainer + "newtonsoft.json/index.json", "v3/nuget.org/flatcontainer/microsoft.extensions.dependencymodel/index.json");

        List<FeedPackage> versions = feed("/index.json").versions("Newtonsoft.Json");

        assertThat(versions).hasSize(22);
        assertThat(server.requests()).extracting(ReplayServer.Request::pathAndQuery)
                .containsExactly("/index.json", flatContainer + "newtonsoft.json/index.json");
    }

    private static byte[] read(String fixture) {
        try {
            return Files.readAllBytes(Fixtures.path(fixture));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
