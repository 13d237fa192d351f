package io.nugetbridge.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.http.NuGetHttpException;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.ArtipieServer;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our V3 client against a real, independently written NuGet server (Artipie's nuget-adapter) on
 * 127.0.0.1, with real packages pushed to it: listing, nuspecs, downloads, its quirks (versions kept as
 * pushed, registrations without dependencies), and Basic auth.
 */
@RequiresCorpus
class ArtipieFeedTest {

    private static final List<String> PUSHED = List.of("Polly.4.3.0.nupkg", "Dapper.2.0.78.nupkg",
            "DapperExtensions.1.3.0-a.nupkg", "NUnit.3.3.0-CI-2857-issue-1593.nupkg",
            "Microsoft.Web.Infrastructure.1.0.0.0.nupkg", "nuget.versioning.5.0.0.nupkg");

    private static ArtipieServer anonymous;
    private static ArtipieServer guarded;
    private static NuGetHttpClient http;

    @BeforeAll
    static void startServers() {
        anonymous = ArtipieServer.start();
        guarded = ArtipieServer.startWithBasicAuth("ci-user", "s3cret-token");
        for (String file : PUSHED) {
            anonymous.pushOrFail(Fixtures.path("nupkg/" + file));
        }
        guarded.pushOrFail(Fixtures.path("nupkg/Polly.4.3.0.nupkg"));
        http = new NuGetHttpClient(HttpSettings.defaults());
    }

    @AfterAll
    static void stopServers() throws IOException {
        http.close();
        anonymous.close();
        guarded.close();
    }

    private static Feed feed(ArtipieServer server, Endpoint endpoint) {
        return new FeedFactory(http).open(server.serviceIndex().toString(), Optional.empty(), endpoint);
    }

    @Test
    void theServiceIndexUrlOpensAV3Feed() {
        assertThat(feed(anonymous, Endpoint.anonymous("artipie"))).isInstanceOf(V3Feed.class);
    }

    @Test
    void listsWhatWasPushed() {
        Feed feed = feed(anonymous, Endpoint.anonymous("artipie"));

        assertThat(feed.versions("polly")).extracting(FeedPackage::versionAsListed).containsExactly("4.3.0");
        assertThat(feed.versions("DAPPER")).extracting(p -> p.version().toNormalizedString()).containsExactly("2.0.78");
        assertThat(feed.versions("No.Such.Package")).isEmpty();
        assertThat(feed.exists("Polly", NuGetVersion.parse("4.3.0"))).isTrue();
        assertThat(feed.exists("Polly", NuGetVersion.parse("4.3.1"))).isFalse();
    }

    @Test
    void versionsKeptAsPushedAreFoundByTheirNormalizedForm(@TempDir Path temp) throws IOException {
        Feed feed = feed(anonymous, Endpoint.anonymous("artipie"));

        // Artipie serves these under "1.0.0.0" and "3.3.0-CI-2857-issue-1593"; NuGet would ask for 1.0.0 and lower case.
        NuGetVersion fourPart = NuGetVersion.parse("1.0.0");
        assertThat(feed.find("Microsoft.Web.Infrastructure", fourPart)).isPresent();
        Path web = temp.resolve("web.nupkg");
        assertThat(feed.download("Microsoft.Web.Infrastructure", fourPart, web)).isTrue();
        assertThat(Files.readAllBytes(web))
                .isEqualTo(Files.readAllBytes(Fixtures.path("nupkg/Microsoft.Web.Infrastructure.1.0.0.0.nupkg")));

        NuGetVersion prerelease = NuGetVersion.parse("3.3.0-ci-2857-issue-1593");
        NuspecMetadata nunit = NuspecReader.read(feed.nuspec("NUnit", prerelease).orElseThrow(), "nunit").metadata();
        assertThat(nunit.id()).isEqualTo("NUnit");
        assertThat(nunit.versionText()).isEqualTo("3.3.0-CI-2857-issue-1593");
    }

    @Test
    void downloadsThePushedBytes(@TempDir Path temp) throws IOException {
        Feed feed = feed(anonymous, Endpoint.anonymous("artipie"));
        Path target = temp.resolve("dapperextensions.nupkg");

        assertThat(feed.download("DapperExtensions", NuGetVersion.parse("1.3.0-a"), target)).isTrue();

        assertThat(Files.readAllBytes(target))
                .isEqualTo(Files.readAllBytes(Fixtures.path("nupkg/DapperExtensions.1.3.0-a.nupkg")));
        assertThat(feed.download("DapperExtensions", NuGetVersion.parse("9.0.0"), temp.resolve("x.nupkg"))).isFalse();
        assertThat(temp.toFile().list()).containsExactly("dapperextensions.nupkg");
    }

    @Test
    void dependenciesComeFromTheNuspecSinceRegistrationsCarryNone() {
        V3Feed feed = (V3Feed) feed(anonymous, Endpoint.anonymous("artipie"));

        assertThat(feed.metadata("Dapper")).singleElement()
                .satisfies(m -> assertThat(m.dependencyGroups()).as("Artipie's leaves have only id and version").isEmpty());
        NuspecMetadata dapper = NuspecReader.read(feed.nuspec("Dapper", NuGetVersion.parse("2.0.78")).orElseThrow(),
                "dapper").metadata();
        assertThat(dapper.dependencies().groups()).isNotEmpty();
    }

    @Test
    void basicAuthIsSentUpFrontAndWorks(@TempDir Path temp) {
        guarded.clearRequests();
        Endpoint endpoint = Endpoint.anonymous("guarded")
                .withCredentials(new Credentials("ci-user", "s3cret-token", "test"));
        Feed feed = feed(guarded, endpoint);

        assertThat(feed.versions("Polly")).hasSize(1);
        assertThat(feed.download("Polly", NuGetVersion.parse("4.3.0"), temp.resolve("p.nupkg"))).isTrue();
        assertThat(guarded.requests()).containsExactly("GET /index.json", "GET /content/polly/index.json",
                "GET /content/polly/4.3.0/polly.4.3.0.nupkg");
    }

    @Test
    void withoutCredentialsTheErrorSaysWhatToSet() {
        Feed feed = feed(guarded, Endpoint.anonymous("guarded"));

        assertThatThrownBy(() -> feed.versions("Polly"))
                .isInstanceOf(NuGetHttpException.class)
                .hasMessageContaining("'guarded' answered 401")
                .hasMessageContaining("no credentials were sent")
                .hasMessageContaining("settings.xml");
    }

    @Test
    void aWrongPasswordIsNamedButNeverShown() {
        Endpoint endpoint = Endpoint.anonymous("guarded")
                .withCredentials(new Credentials("ci-user", "wrong-password-123", "settings.xml server 'guarded'"));
        Feed feed = feed(guarded, endpoint);

        assertThatThrownBy(() -> feed.versions("Polly"))
                .isInstanceOf(NuGetHttpException.class)
                .hasMessageContaining("user 'ci-user' from settings.xml server 'guarded'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-password-123"));
    }
}
