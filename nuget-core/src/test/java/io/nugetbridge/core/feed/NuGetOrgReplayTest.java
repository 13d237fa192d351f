package io.nugetbridge.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.feed.PackageMetadata.DeprecationReason;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.spec.NuspecMetadata;
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
 * nuget.org as recorded by other projects (Renovate, Dependabot, NuGet.Client, Dependency-Track), replayed
 * byte for byte behind nuget.org's own recorded service index: registrations (inlined, paged, gzip, with
 * a byte-order mark, deprecations, vulnerabilities, unlisted versions), the flat container and its 404,
 * and search. Expected values were read off the files with Python's json module, not from our output.
 */
@RequiresCorpus
class NuGetOrgReplayTest {

    private static final String HIVE = "/v3/registration5-gz-semver2/";
    private static final String FLAT = "/v3-flatcontainer/";
    private static final String RECORDED = "v3/nuget.org/";

    private ReplayServer server;
    private NuGetHttpClient http;

    @BeforeEach
    void start() {
        server = new ReplayServer().host("https://api.nuget.org").host("https://azuresearch-usnc.nuget.org")
                .host("https://azuresearch-ussc.nuget.org").host("https://www.nuget.org")
                .route("/v3/index.json", RECORDED + "service-index.json");
        http = new NuGetHttpClient(HttpSettings.defaults());
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        server.close();
    }

    private V3Feed feed() {
        return new V3Feed(URI.create(server.base() + "/v3/index.json"), Endpoint.anonymous("nuget.org"), http,
                new ServiceIndexCache(http));
    }

    @Test
    void inlinedRegistrationFromTheGzipHive() {
        server.route(HIVE + "microsoft.extensions.dependencymodel/index.json",
                RECORDED + "registration/microsoft.extensions.dependencymodel/index.json");

        List<PackageMetadata> all = feed().metadata("Microsoft.Extensions.DependencyModel");

        assertThat(all).hasSize(22);
        assertThat(all.get(0).versionAsListed()).isEqualTo("0.0.1-alpha");
        assertThat(all.get(0).listed()).isFalse();
        assertThat(all).filteredOn(p -> !p.listed()).hasSize(1);
        assertThat(all.get(21).versionAsListed()).isEqualTo("2.2.0-preview2-26406-04");
        PackageMetadata v210 = find(all, "2.1.0");
        assertThat(v210.dependencyGroups()).extracting(DependencyGroup::targetFramework)
                .containsExactly(".NETFramework4.5.1", ".NETStandard1.3", ".NETStandard1.6");
        assertThat(v210.dependencyGroups().get(0).dependencies()).extracting(Dependency::id, Dependency::versionText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Newtonsoft.Json", "[9.0.1, )"),
                        org.assertj.core.groups.Tuple.tuple("Microsoft.DotNet.PlatformAbstractions", "[2.1.0, )"));
        assertThat(v210.dependencyGroups().get(1).dependencies()).hasSize(5);
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        server.route(HIVE + "microsoft.extensions.dependencymodel/index.json",
                RECORDED + "registration/microsoft.extensions.dependencymodel/index-with-utf8-bom.json");

        List<PackageMetadata> all = feed().metadata("microsoft.extensions.dependencymodel");

        assertThat(all).hasSize(22);
        assertThat(all).allMatch(p -> p.id().equals("Microsoft.Extensions.DependencyModel"));
    }

    @Test
    void semVer2PrereleasesDeprecationAndLicenses() {
        server.route(HIVE + "microsoft.extensions.logging.abstractions/index.json",
                RECORDED + "registration/microsoft.extensions.logging.abstractions/index.json");

        List<PackageMetadata> all = feed().metadata("Microsoft.Extensions.Logging.Abstractions");

        assertThat(all).hasSize(60);
        PackageMetadata rc2 = all.get(59);
        assertThat(rc2.version()).isEqualTo(NuGetVersion.parse("5.0.0-rc.2.20475.5"));
        assertThat(rc2.deprecation()).hasValueSatisfying(d -> {
            assertThat(d.reasons()).containsExactly(DeprecationReason.LEGACY);
            assertThat(d.message()).hasValue("This is deprecated.");
        });
        assertThat(rc2.packageContent()).hasValue(URI.create(server.base() + FLAT
                + "microsoft.extensions.logging.abstractions/5.0.0-rc.2.20475.5/"
                + "microsoft.extensions.logging.abstractions.5.0.0-rc.2.20475.5.nupkg"));
        assertThat(all).filteredOn(p -> p.deprecation().isPresent()).hasSize(1);
        assertThat(all).filteredOn(p -> p.licenseExpression().equals(java.util.Optional.of("MIT"))).hasSize(9);
        assertThat(all).filteredOn(p -> p.licenseExpression().equals(java.util.Optional.of("Apache-2.0"))).hasSize(25);
        assertThat(all).filteredOn(p -> p.licenseExpression().isEmpty()).as("empty strings are absent").hasSize(26);
    }

    @Test
    void pagedRegistrationFetchesEachPageOnce() {
        server.route(HIVE + "nlog/index.json", RECORDED + "registration/nlog/index.json")
                .route(HIVE + "nlog/page/1.0.0.505/4.4.0-beta5.json", RECORDED + "registration/nlog/page-1.0.0.505-4.4.0-beta5.json")
                .route(HIVE + "nlog/page/4.4.0-beta6/4.6.0-rc2.json", RECORDED + "registration/nlog/page-4.4.0-beta6-4.6.0-rc2.json")
                .route(HIVE + "nlog/page/4.6.0-rc3/5.0.0-beta11.json", RECORDED + "registration/nlog/page-4.6.0-rc3-5.0.0-beta11.json");
        V3Feed feed = feed();

        List<PackageMetadata> all = feed.metadata("NLog");
        feed.metadata("nlog");

        assertThat(all).hasSize(64 + 64 + 28);
        assertThat(all.get(0).version()).isEqualTo(NuGetVersion.parse("1.0.0.505"));
        assertThat(all.get(all.size() - 1).versionAsListed()).isEqualTo("5.0.0-beta11");
        assertThat(find(all, "4.7.3").dependencyGroups()).isNotEmpty();
        assertThat(server.requestsTo(HIVE + "nlog/index.json")).isEqualTo(1);
        assertThat(server.requestsTo(HIVE + "nlog/page/")).isEqualTo(3);
    }

    @Test
    void caseVariantIdsAndLegacyDeprecation() {
        server.route(HIVE + "nuget.core/index.json", RECORDED + "registration/nuget.core/index.json");

        List<PackageMetadata> all = feed().metadata("NuGet.Core");

        assertThat(all).hasSize(57);
        assertThat(all.get(0).id()).as("ids are kept as each entry spells them").isEqualTo("Nuget.Core");
        assertThat(all).filteredOn(p -> !p.listed()).extracting(p -> p.version().toNormalizedString())
                .containsExactly("2.2.0-alpha001", "2.2.0-alpha002", "2.2.0-alpha003", "2.5.1", "2.6.1", "2.7.0.1");
        assertThat(find(all, "2.14.0").deprecation()).hasValueSatisfying(d -> {
            assertThat(d.reasons()).containsExactly(DeprecationReason.LEGACY);
            assertThat(d.message().orElseThrow()).startsWith("NuGet.Core is part of NuGet client v2 APIs.");
            assertThat(d.alternateId()).isEmpty();
        });
    }

    @Test
    void fourPartVersionsBuildMetadataAndEmptyFields() {
        server.route(HIVE + "nunit/index.json", RECORDED + "registration/nunit/index.json");

        List<PackageMetadata> all = feed().metadata("NUnit");

        assertThat(all).hasSize(45);
        assertThat(all.get(0).versionAsListed()).isEqualTo("2.5.7.10213");
        assertThat(all.get(0).projectUrl()).as("an empty string is no URL").isEmpty();
        assertThat(all.get(0).authors()).containsExactly("Charlie Poole");
        assertThat(all.get(44).versionAsListed()).isEqualTo("3.12.0+build-632");
        PackageMetadata unlisted = find(all, "2.6.0.12051");
        assertThat(unlisted.listed()).as("published 1900-01-01").isFalse();
        assertThat(unlisted.deprecation().orElseThrow().message()).isEmpty();
    }

    @Test
    void unlistedBuildMetadataVersions() {
        server.route(HIVE + "proxykit/index.json", RECORDED + "registration/proxykit/index.json");

        List<PackageMetadata> all = feed().metadata("ProxyKit");

        assertThat(all).extracting(PackageMetadata::versionAsListed).containsExactly("1.0.0+build.118", "2.3.4+build.119");
        assertThat(all).noneMatch(PackageMetadata::listed);
        assertThat(all.get(1).licenseExpression()).hasValue("Apache-2.0");
        assertThat(all).allMatch(p -> p.deprecation().isPresent());
    }

    @Test
    void vulnerabilitiesWithStringSeverities() {
        server.route(HIVE + "microsoft.data.sqlclient/index.json",
                RECORDED + "registration/microsoft.data.sqlclient/index-with-vulnerabilities.json");

        List<PackageMetadata> all = feed().metadata("Microsoft.Data.SqlClient");

        assertThat(all).hasSize(26);
        PackageMetadata first = all.get(0);
        assertThat(first.versionAsListed()).isEqualTo("1.0.19269.1");
        assertThat(first.vulnerabilities()).extracting(PackageMetadata.Vulnerability::severity).containsExactly(1, 2);
        assertThat(first.deprecation().orElseThrow().reasons()).containsExactly(DeprecationReason.CRITICAL_BUGS);
        assertThat(first.dependencyGroups().get(0).targetFramework()).isEqualTo(".NETFramework4.6");
        assertThat(first.dependencyGroups().get(0).dependencies()).extracting(Dependency::id)
                .containsExactly("System.Data.Common", "Microsoft.Data.SqlClient.sni", "Microsoft.Identity.Client");
        assertThat(all).filteredOn(p -> !p.vulnerabilities().isEmpty()).hasSize(13);
        assertThat(all).filteredOn(p -> p.deprecation().isPresent()).hasSize(19);
        assertThat(all).filteredOn(p -> !p.listed()).extracting(PackageMetadata::versionAsListed)
                .containsExactly("6.0.0", "6.1.0");
    }

    @Test
    void flatContainerVersionsAndNuspecs() throws IOException {
        String id = "microsoft.extensions.dependencymodel";
        server.route(FLAT + id + "/index.json", RECORDED + "flatcontainer/" + id + "/index.json")
                .route(FLAT + id + "/1.0.0/" + id + ".nuspec", RECORDED + "flatcontainer/" + id + "/1.0.0/" + id + ".nuspec")
                .route(FLAT + id + "/2.1.0/" + id + ".nuspec", RECORDED + "flatcontainer/" + id + "/2.1.0/" + id + ".nuspec")
                .route(FLAT + "nlog/4.7.3/nlog.nuspec", RECORDED + "flatcontainer/nlog/4.7.3/nlog.nuspec")
                .route(FLAT + "nunit/3.12.0/nunit.nuspec", RECORDED + "flatcontainer/nunit/3.12.0/nunit.nuspec")
                .route(FLAT + "proxykit/2.3.4/proxykit.nuspec", RECORDED + "flatcontainer/proxykit/2.3.4/proxykit.nuspec");
        V3Feed feed = feed();

        List<FeedPackage> versions = feed.versions("Microsoft.Extensions.DependencyModel");

        assertThat(versions).hasSize(22);
        assertThat(versions.get(6).versionAsListed()).isEqualTo("1.0.500-preview2-1-003177");
        assertThat(versions).allMatch(FeedPackage::listed);
        assertThat(nuspec(feed, "Microsoft.Extensions.DependencyModel", "2.1.0").dependencies().groups())
                .extracting(DependencyGroup::targetFramework)
                .containsExactly(".NETFramework4.5.1", ".NETStandard1.3", ".NETStandard1.6");
        assertThat(nuspec(feed, "Microsoft.Extensions.DependencyModel", "2.1.0").dependencies().all()).hasSize(12);
        assertThat(nuspec(feed, "Microsoft.Extensions.DependencyModel", "1.0.0").dependencies().groups()).hasSize(3);
        assertThat(nuspec(feed, "NLog", "4.7.3").dependencies().groups()).hasSize(11);
        assertThat(nuspec(feed, "NUnit", "3.12.0").minClientVersion()).isEqualTo("2.12");
        NuspecMetadata proxykit = nuspec(feed, "ProxyKit", "2.3.4+build.119");
        assertThat(proxykit.versionText()).isEqualTo("2.3.4+build.119");
        assertThat(feed.nuspec("NLog", NuGetVersion.parse("4.7.3")).orElseThrow())
                .isEqualTo(Files.readAllBytes(Fixtures.path(RECORDED + "flatcontainer/nlog/4.7.3/nlog.nuspec")));
        assertThat(server.requests()).allMatch(r -> r.pathAndQuery().equals(r.pathAndQuery().toLowerCase()),
                "flat container URLs are lower-cased");
    }

    @Test
    void theBlobNotFoundBodyOfA404MeansNoSuchPackage() {
        server.route(FLAT + "no.such.package/index.json", "404:" + RECORDED + "errors/flatcontainer-404-BlobNotFound.xml");
        V3Feed feed = feed();

        assertThat(feed.versions("No.Such.Package")).isEmpty();
        assertThat(feed.exists("No.Such.Package", NuGetVersion.parse("1.0.0"))).isFalse();
    }

    @Test
    void searchResponses() {
        V3Feed feed = feed();
        server.route("/query", RECORDED + "search/query-entityframework.json");
        SearchResults ef = feed.search("entityframework", 0, 20, true);
        assertThat(ef.totalHits()).isEqualTo(5385);
        assertThat(ef.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo("EntityFramework");
            assertThat(hit.version()).isEqualTo(NuGetVersion.parse("6.4.4"));
            assertThat(hit.versions()).hasSize(17);
            assertThat(hit.owners()).containsExactly("aspnet", "EntityFramework", "Microsoft");
            assertThat(hit.verified()).isTrue();
            assertThat(hit.totalDownloads()).isEqualTo(248620082L);
        });
        assertThat(server.requests().get(server.requests().size() - 1).pathAndQuery())
                .isEqualTo("/query?q=entityframework&skip=0&take=20&prerelease=true&semVerLevel=2.0.0");
    }

    @Test
    void searchToleratesStringListsMissingOwnersDuplicatesAndByteOrderMarks() {
        assertThat(search("query-entityframework-string-typed-fields.json").hits().get(0))
                .satisfies(hit -> {
                    assertThat(hit.authors()).containsExactly("Microsoft");
                    assertThat(hit.owners()).containsExactly("aspnet", "EntityFramework", "Microsoft");
                    assertThat(hit.tags()).containsExactly("Microsoft", "EntityFramework", "EF", "Database", "Data",
                            "O/RM", "ADO.NET");
                });
        assertThat(search("query-entityframework-no-owners.json").hits().get(0).owners()).isEmpty();
        SearchResults duplicates = search("query-duplicate-ids-with-bom.json");
        assertThat(duplicates.totalHits()).isEqualTo(972);
        assertThat(duplicates.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo("EntityFramework");
            assertThat(hit.version()).as("the newer of the two").isEqualTo(NuGetVersion.parse("6.1.4"));
        });
        assertThat(search("query-empty-with-bom.json").hits()).isEmpty();
        assertThat(search("query-no-results.json").totalHits()).isZero();
    }

    @Test
    void everyOtherRecordedSearchAnswer() {
        assertThat(search("query-2016-registration1.json")).satisfies(r -> {
            assertThat(r.totalHits()).isEqualTo(49232);
            assertThat(r.hits()).hasSize(20);
            assertThat(r.hits().get(1).id()).isEqualTo("Newtonsoft.Json");
            assertThat(r.hits().get(1).versions()).hasSize(40);
        });
        assertThat(search("query-blank-page.json").hits()).singleElement()
                .satisfies(h -> assertThat(h.version()).isEqualTo(NuGetVersion.parse("5.0.0-rc.2.20475.5")));
        assertThat(search("query-microsoft.extensions.dependencymodel.json").hits())
                .extracting(SearchResults.Hit::id)
                .containsExactly("Microsoft.Extensions.DependencyModel", "Macross.ServiceModel.Extensions");
        assertThat(search("query-nuke.codegeneration.json").hits().get(0).authors())
                .containsExactly("Matthias Koch, Sebastian Karasek");
        assertThat(search("query-nuke.common.json").hits().get(0).versions()).hasSize(39);
    }

    @Test
    void downloadCountsBeyond32BitsAreRead() {
        // 4.1.10715 was recorded with 2147483657 downloads, more than an int holds; the hit must still parse.
        assertThat(search("query-entityframework.json").hits().get(0).versions())
                .contains(NuGetVersion.parse("4.1.10715"));
    }

    private SearchResults search(String file) {
        server.route("/query", RECORDED + "search/" + file);
        return feed().search("x", 0, 20, true);
    }

    private static NuspecMetadata nuspec(V3Feed feed, String id, String version) {
        return NuspecReader.read(feed.nuspec(id, NuGetVersion.parse(version)).orElseThrow(), id).metadata();
    }

    private static PackageMetadata find(List<PackageMetadata> all, String version) {
        NuGetVersion wanted = NuGetVersion.parse(version);
        return all.stream().filter(p -> p.version().equals(wanted)).findFirst().orElseThrow();
    }
}
