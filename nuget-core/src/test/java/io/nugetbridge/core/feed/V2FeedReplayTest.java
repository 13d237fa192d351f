package io.nugetbridge.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorded V2 (OData) responses of nuget.org and Sonatype Nexus, served back byte for byte with the
 * recorded hosts pointed at 127.0.0.1. Expected values were read off the XML files by hand.
 */
@RequiresCorpus
class V2FeedReplayTest {

    private static final String RECORDED = "v2/nuget.org/";
    private static final String FIND_NUNIT = "/api/v2/FindPackagesById()?id='NUnit'&semVerLevel=2.0.0";

    private ReplayServer server;
    private NuGetHttpClient http;

    @BeforeEach
    void start() {
        server = new ReplayServer().host("https://www.nuget.org").host("http://nexus:8080")
                .route("/api/v2", RECORDED + "service-document.xml");
        http = new NuGetHttpClient(HttpSettings.defaults());
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        server.close();
    }

    private V2Feed feed(String path, Endpoint endpoint) {
        return new V2Feed(URI.create(server.base() + path), endpoint, http);
    }

    @Test
    void findPackagesByIdWithEntriesWithoutProjectUrls() {
        server.route(FIND_NUNIT, RECORDED + "nunit-findpackagesbyid-noprojecturl.xml");
        V2Feed feed = feed("/api/v2/", Endpoint.anonymous("nuget.org v2"));

        List<FeedPackage> versions = feed.versions("NUnit");

        assertThat(versions).hasSize(43);
        assertThat(versions.get(0).versionAsListed()).isEqualTo("2.5.7.10213");
        assertThat(versions.get(42).versionAsListed()).isEqualTo("3.11.0");
        assertThat(versions).allMatch(p -> p.id().equals("NUnit") && p.listed());
        assertThat(versions).filteredOn(p -> p.version().isPrerelease()).hasSize(13);
        FeedPackage v3110 = versions.get(42);
        assertThat(v3110.contentUri()).hasValue(URI.create(server.base() + "/api/v2/package/NUnit/3.11.0"));
        List<PackageMetadata> metadata = feed.metadata("nunit");
        assertThat(metadata.get(42).projectUrl()).isEmpty();
        assertThat(metadata).filteredOn(p -> p.projectUrl().isPresent()).first()
                .satisfies(p -> assertThat(p.projectUrl()).hasValue("https://github.com/nunit/nunit-old"));
        assertThat(server.requestsTo("/api/v2/FindPackagesById()")).isEqualTo(1);
    }

    @Test
    void nextLinksAreFollowed() {
        server.route(FIND_NUNIT, RECORDED + "nunit-findpackagesbyid-page1.xml")
                .route("/api/v2/PageTwo", RECORDED + "nunit-findpackagesbyid-page2.xml");
        V2Feed feed = feed("/api/v2", Endpoint.anonymous("nuget.org v2"));

        assertThat(feed.versions("NUnit")).extracting(p -> p.version().toNormalizedString())
                .containsExactly("1.0.0", "2.0.0");
        assertThat(feed.versions("NUnit")).allMatch(p -> p.id().equals("NUnit"), "the id asked for, where entries have none");
    }

    @Test
    void aNextLinkToAnotherOriginGetsNoCredentials() {
        try (ReplayServer attacker = new ReplayServer()) {
            String page = new String(readFixture(RECORDED + "nunit-page-next-cross-origin.xml"), StandardCharsets.UTF_8);
            assertThat(page).contains("https://attacker.example.com/api/v2/steal");
            // The attacker's host is another origin on loopback: localhost instead of 127.0.0.1.
            String attackerBase = attacker.base().replace("127.0.0.1", "localhost");
            server.route(FIND_NUNIT, RECORDED + "nunit-page-next-cross-origin.xml")
                    .hostTo("https://attacker.example.com", attackerBase);
            attacker.route("/api/v2/steal", RECORDED + "nunit-findpackagesbyid-page2.xml");
            Endpoint withCredentials = Endpoint.anonymous("private v2")
                    .withCredentials(new Credentials("ci", "s3cret", "test"));

            List<FeedPackage> versions = feed("/api/v2", withCredentials).versions("NUnit");

            assertThat(versions).extracting(p -> p.version().toNormalizedString()).containsExactly("1.0.0", "2.0.0");
            assertThat(server.requests()).allMatch(r -> r.authorization() != null && r.authorization().startsWith("Basic "));
            assertThat(attacker.requests()).hasSize(1).allMatch(r -> r.authorization() == null);
        }
    }

    @Test
    void nexusNullFieldsHashAndAbsoluteContentUrl() {
        String nexus = "/nexus/service/local/nuget/nuget-public";
        server.route(nexus, "v2/nuget.org/odata-service-document.xml")
                .route(nexus + "/FindPackagesById()?id='PackageA'&semVerLevel=2.0.0", "v2/nexus/findpackagesbyid-packagea.xml");
        V2Feed feed = feed(nexus + "/", Endpoint.anonymous("nexus"));

        PackageMetadata entry = feed.metadata("PackageA").get(0);

        assertThat(entry.id()).isEqualTo("PackageA");
        assertThat(entry.versionAsListed()).isEqualTo("1.0.0.99");
        assertThat(entry.listed()).isTrue();
        assertThat(entry.sha512()).hasValue(
                "aqIW4mRwo2ZXuknkKVM09X2on6INMwWd7ImzzZkenjUYNrEM+0XjL2uZlUg7tQpnUU2AzK0J3SNPWWiGuw4wgw==");
        assertThat(entry.packageContent()).hasValue(URI.create(server.base() + nexus + "/PackageA/1.0.0.99"));
        assertThat(entry.description()).hasValue("Some description");
        assertThat(entry.projectUrl()).as("m:null=\"true\"").isEmpty();
        assertThat(entry.dependencyGroups()).singleElement().satisfies(group -> {
            assertThat(group.targetFramework()).as("Nexus's literal null framework").isNull();
            assertThat(group.dependencies()).extracting(Dependency::id, Dependency::versionText).containsExactly(
                    tuple("PackageB", null), tuple("EntityFramework", "6.1.3"), tuple("PackageC", "3.7.0.15"),
                    tuple("PackageD", "3.14.15"));
        });
        assertThat(feed.versions("PackageA").get(0).sha512()).isEqualTo(entry.sha512());
    }

    @Test
    void theBaseAddressComesFromTheServiceDocument() {
        server.route("/api/v2/", RECORDED + "odata-service-document.xml");
        V2Feed feed = feed("/api/v2/", Endpoint.anonymous("nuget.org v2"));

        assertThat(feed.base()).isEqualTo(server.base() + "/api/v2");
        assertThat(feed.versions("Unknown")).isEmpty();
    }

    @Test
    void autocompleteAnswersWithAByteOrderMark() {
        server.route("/api/v2/package-ids?partialId=Azure&includePrerelease=true", RECORDED + "package-ids-autocomplete.json")
                .route("/api/v2/package-versions/xunit?includePrerelease=true", RECORDED + "package-versions-xunit.json");
        V2Feed feed = feed("/api/v2", Endpoint.anonymous("nuget.org v2"));

        assertThat(feed.autocompleteIds("Azure")).hasSize(30).startsWith("Azure.ACS.LoginControls")
                .endsWith("AzureCompilerFacile");
        assertThat(feed.autocompleteVersions("xunit"))
                .containsExactly("1.7.0.1540", "1.8.0.1545", "1.8.0.1549", "1.9.0.1566", "1.9.1", "1.9.2", "2.0.0", "2.1.0");
    }

    @Test
    void downloadFollowsTheContentLink(@TempDir Path temp) throws IOException {
        server.route(FIND_NUNIT, RECORDED + "nunit-findpackagesbyid-noprojecturl.xml")
                .route("/api/v2/Packages(Id='NUnit',Version='3.11.0')?semVerLevel=2.0.0", "404:" + RECORDED + "service-document.xml")
                .route("/api/v2/package/NUnit/3.11.0", "nupkg/Polly.4.3.0.nupkg");
        V2Feed feed = feed("/api/v2", Endpoint.anonymous("nuget.org v2"));
        Path target = temp.resolve("nunit.nupkg");

        assertThat(feed.download("NUnit", NuGetVersion.parse("3.11.0"), target)).isTrue();

        assertThat(Files.readAllBytes(target)).isEqualTo(readFixture("nupkg/Polly.4.3.0.nupkg"));
        assertThat(feed.download("NUnit", NuGetVersion.parse("9.9.9"), temp.resolve("none"))).isFalse();
    }

    @Test
    void dependencyStringsInEveryShape() {
        assertThat(V2FeedParser.dependencyGroups("A:[1.0,2.0):net45|B::net45|::netstandard2.0|C:1.0:"))
                .extracting(DependencyGroup::targetFramework, g -> g.dependencies().size())
                .containsExactly(tuple("net45", 2), tuple("netstandard2.0", 0), tuple(null, 1));
        assertThat(V2FeedParser.dependencyGroups("")).isEmpty();
    }

    @Test
    void aDtdIsRefused() {
        byte[] evil = """
            <?xml version="1.0"?>
            <!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>&x;</title></feed>""".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> V2FeedParser.parse(evil, URI.create("http://127.0.0.1/x"), "x"))
                .isInstanceOf(FeedException.class).hasMessageContaining("DTD");
    }

    @Test
    void odataLiteralsAreQuotedAndEncoded() {
        assertThat(V2Feed.quoted("O'Brien.Lib")).isEqualTo("'O%27%27Brien.Lib'");
        assertThat(V2Feed.quoted("Simple")).isEqualTo("'Simple'");
    }

    private static byte[] readFixture(String relative) {
        try {
            return Files.readAllBytes(Fixtures.path(relative));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
