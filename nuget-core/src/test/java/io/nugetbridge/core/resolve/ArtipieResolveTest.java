package io.nugetbridge.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.nugetbridge.core.assets.AssetSelector;
import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.feed.FeedFactory;
import io.nugetbridge.core.feed.LocalFolderFeed;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.packaging.PackageEntry;
import io.nugetbridge.core.packaging.PackageHash;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.project.PackagesConfigReader;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.ArtipieServer;
import io.nugetbridge.testing.TestNupkg;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import io.nugetbridge.testing.TestNupkg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked examples of reference section 5 end to end: real .nupkg files pushed to a real NuGet server
 * (Artipie's nuget-adapter on 127.0.0.1) and resolved through our V3 client over HTTP.
 */
@RequiresCorpus
class ArtipieResolveTest {

    private static final NuGetFramework NET8 = NuGetFramework.parse("net8.0");

    @TempDir
    static Path packages;

    private static ArtipieServer server;
    private static ArtipieServer privateServer;
    private static NuGetHttpClient http;

    @BeforeAll
    static void pushPackages() {
        server = ArtipieServer.start();
        privateServer = ArtipieServer.start();
        List<TestNupkg> all = List.of(
                TestNupkg.of("Low.A", "1.1.0").group("", "Low.B [2.1,)"), TestNupkg.of("Low.A", "1.2.0").group("", "Low.B [2.1,)"),
                TestNupkg.of("Low.B", "2.2.0"), TestNupkg.of("Low.B", "2.3.0"),
                TestNupkg.of("Pre.P", "1.2.0-beta.1"), TestNupkg.of("Pre.P", "1.2.0"),
                TestNupkg.of("Pre.Q", "1.2.0-beta.1"), TestNupkg.of("Pre.Q", "2.0.0-beta.3"),
                TestNupkg.of("Dir.A", "1.0.0").group("", "Dir.B 1.0"), TestNupkg.of("Dir.B", "1.0.0"), TestNupkg.of("Dir.B", "2.0.0"),
                TestNupkg.of("Down.A", "1.0.0").group("", "Down.B 2.0"), TestNupkg.of("Down.B", "1.0.0"), TestNupkg.of("Down.B", "2.0.0"),
                TestNupkg.of("Cous.A", "1.0.0").group("", "Cous.C 1.0"), TestNupkg.of("Cous.B", "1.0.0").group("", "Cous.C 2.0"),
                TestNupkg.of("Cous.C", "1.0.0"), TestNupkg.of("Cous.C", "2.0.0"),
                TestNupkg.of("Conf.A", "1.0.0").group("", "Conf.C [1.0]"), TestNupkg.of("Conf.B", "1.0.0").group("", "Conf.C [2.0,)"),
                TestNupkg.of("Conf.C", "1.0.0"), TestNupkg.of("Conf.C", "2.0.0"),
                TestNupkg.of("Cyc.A", "1.0.0").group("", "Cyc.B 1.0"), TestNupkg.of("Cyc.B", "1.0.0").group("", "Cyc.A 1.0"),
                TestNupkg.of("Miss.Z", "0.9.0"),
                TestNupkg.of("Flt.F", "1.0.0"), TestNupkg.of("Flt.F", "1.5.0"), TestNupkg.of("Flt.F", "2.0.0"),
                TestNupkg.of("Multi.Tfm", "1.0.0")
                        .group(".NETFramework4.8", "Multi.ForNet48 1.0").group(".NETStandard2.0", "Multi.ForStandard 1.0")
                        .group("net8.0", "Multi.ForNet8 1.0")
                        .files("lib/net48/Multi.Tfm.dll", "lib/netstandard2.0/Multi.Tfm.dll", "lib/net8.0/Multi.Tfm.dll",
                                "lib/net8.0/Multi.Tfm.xml"),
                TestNupkg.of("Multi.ForNet48", "1.0.0"), TestNupkg.of("Multi.ForStandard", "1.0.0"), TestNupkg.of("Multi.ForNet8", "1.0.0"),
                TestNupkg.of("Contoso.Lib", "1.0.0"));
        for (TestNupkg nupkg : all) {
            server.pushOrFail(nupkg.writeTo(packages));
        }
        privateServer.pushOrFail(TestNupkg.of("Contoso.Lib", "2.0.0").writeTo(packages));
        server.pushOrFail(Fixtures.path("nupkg/Microsoft.Web.Infrastructure.1.0.0.0.nupkg"));
        server.pushOrFail(Fixtures.path("nupkg/Swagger.Net.0.5.5.nupkg"));
        http = new NuGetHttpClient(HttpSettings.defaults());
    }

    @AfterAll
    static void stop() throws IOException {
        http.close();
        server.close();
        privateServer.close();
    }

    /** A fresh feed per test: its version lists start empty, as in a new run. */
    private static FeedPackageSource source(String name, ArtipieServer on) {
        Feed feed = new FeedFactory(http).open(on.serviceIndex().toString(), Optional.empty(), Endpoint.anonymous(name));
        return new FeedPackageSource(name, feed);
    }

    private static ResolveResult resolve(String... dependencies) {
        return Restore.resolve(PackageSources.remote(source("artipie", server)), dependencies);
    }

    @Test
    void lowestApplicableWithNU1603() {
        ResolveResult result = resolve("Low.A 1.0");

        assertThat(Restore.chosen(result)).containsExactly("Low.A 1.1.0", "Low.B 2.2.0");
        assertThat(Restore.codes(result)).containsExactly("NU1603", "NU1603");
        assertThat(Restore.resolve(PackageSources.remote(source("artipie", server)),
                Restore.request(NET8, "Low.A 1.0").withLockFileEnabled(true)).diagnostics())
                .extracting(Diagnostic::code).containsExactly("NU1601");
    }

    @Test
    void prerelease() {
        assertThat(Restore.chosen(resolve("Pre.P [1.0,2.0)"))).containsExactly("Pre.P 1.2.0");
        assertThat(Restore.chosen(resolve("Pre.P [1.0,2.0-0)"))).containsExactly("Pre.P 1.2.0-beta.1");
        assertThat(Restore.codes(resolve("Pre.Q [1.0,2.0)"))).containsExactly("NU1103");
    }

    @Test
    void directWinsAndDowngrade() {
        ResolveResult direct = resolve("Dir.B 2.0", "Dir.A 1.0");
        assertThat(Restore.chosen(direct)).containsExactly("Dir.A 1.0.0", "Dir.B 2.0.0");
        assertThat(direct.diagnostics()).isEmpty();

        ResolveResult downgrade = resolve("Down.B 1.0", "Down.A 1.0");
        assertThat(Restore.chosen(downgrade)).containsExactly("Down.A 1.0.0", "Down.B 1.0.0");
        assertThat(downgrade.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("NU1605");
            assertThat(d.message()).startsWith("Detected package downgrade: Down.B from 2.0.0 to 1.0.0.");
        });
    }

    @Test
    void cousinsConflictAndCycle() {
        assertThat(Restore.chosen(resolve("Cous.A 1.0", "Cous.B 1.0"))).containsExactly("Cous.A 1.0.0", "Cous.B 1.0.0", "Cous.C 2.0.0");
        assertThat(Restore.codes(resolve("Conf.A 1.0", "Conf.B 1.0"))).containsExactly("NU1107");
        assertThat(Restore.codes(resolve("Cyc.A 1.0"))).containsExactly("NU1108");
    }

    @Test
    void missingAndFloats() {
        ResolveResult missing = resolve("Miss.Z 1.0", "Nowhere.Z 1.0");

        assertThat(missing.errors()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                tuple("NU1102", "Unable to find package Miss.Z with version (>= 1.0.0)"
                        + "\n  - Found 1 version(s) in artipie [ Nearest version: 0.9.0 ]"),
                tuple("NU1101", "Unable to find package Nowhere.Z. No packages exist with this id"
                        + " in source(s): artipie"));
        assertThat(Restore.chosen(resolve("Flt.F 1.*"))).containsExactly("Flt.F 1.5.0");
        assertThat(Restore.chosen(resolve("Flt.F *"))).containsExactly("Flt.F 2.0.0");
    }

    @Test
    void eachProjectFrameworkGetsItsGroupAndAssetsByThePreferenceTable(@TempDir Path temp) {
        List<String> frameworks = List.of("net48", "netstandard2.0", "net8.0", "net472", "net6.0");
        ResolveRequest request = ResolveRequest.of("Project", frameworks.stream().map(NuGetFramework::parse)
                .map(f -> TargetFrameworkRequest.of(f, Restore.dependencies("Multi.Tfm 1.0"))).toList());
        FeedPackageSource artipie = source("artipie", server);

        ResolveResult result = Restore.resolve(PackageSources.remote(artipie), request);
        Path nupkg = temp.resolve("multi.nupkg");
        assertThat(artipie.feed().download("Multi.Tfm", NuGetVersion.parse("1.0.0"), nupkg)).isTrue();
        List<String> entries;
        try (PackageReader reader = PackageReader.open(nupkg)) {
            entries = reader.files().stream().map(PackageEntry::path).toList();
        }

        assertThat(result.graphs()).extracting(g -> g.framework().shortFolderName() + " "
                + g.packages().stream().map(ResolvedPackage::id).filter(id -> !id.equals("Multi.Tfm")).collect(Collectors.joining()) + " "
                + AssetSelector.select(entries, g.framework(), TargetFrameworkRequest.defaultAssetTargetFallback(g.framework()),
                        Optional.empty()).compile()).containsExactly(
                "net48 Multi.ForNet48 [lib/net48/Multi.Tfm.dll]",
                "netstandard2.0 Multi.ForStandard [lib/netstandard2.0/Multi.Tfm.dll]",
                "net8.0 Multi.ForNet8 [lib/net8.0/Multi.Tfm.dll]",
                "net472 Multi.ForStandard [lib/netstandard2.0/Multi.Tfm.dll]",
                "net6.0 Multi.ForStandard [lib/netstandard2.0/Multi.Tfm.dll]");
    }

    @Test
    void metadataIsFetchedOncePerIdPerSourceAcrossFrameworks() {
        FeedPackageSource artipie = source("artipie", server);
        ResolveRequest request = ResolveRequest.of("Project", List.of(
                TargetFrameworkRequest.of(NET8, Restore.dependencies("Multi.Tfm 1.0", "Cous.A 1.0", "Cous.B 1.0")),
                TargetFrameworkRequest.of(NuGetFramework.parse("net48"), Restore.dependencies("Multi.Tfm 1.0", "Cous.A 1.0", "Cous.B 1.0"))));
        server.clearRequests();

        ResolveResult result = Restore.resolve(PackageSources.remote(artipie), request);

        assertThat(result.succeeded()).isTrue();
        List<String> requests = server.requests();
        assertThat(requests).filteredOn(r -> r.endsWith("/index.json") && r.startsWith("GET /content/"))
                .containsExactlyInAnyOrder("GET /content/multi.tfm/index.json", "GET /content/multi.fornet8/index.json",
                        "GET /content/multi.fornet48/index.json", "GET /content/cous.a/index.json", "GET /content/cous.b/index.json",
                        "GET /content/cous.c/index.json");
        assertThat(requests).filteredOn(r -> r.endsWith(".nuspec")).doesNotHaveDuplicates().hasSize(7);
        assertThat(requests).filteredOn(r -> r.equals("GET /index.json")).hasSize(1);
    }

    @Test
    void aWarmRestoreFromThePackagesFolderAsksNoSource(@TempDir Path packagesFolder) throws IOException {
        ResolveResult cold = resolve("Cous.A 1.0", "Cous.B 1.0", "Multi.Tfm 1.0");
        assertThat(cold.graphs().get(0).rejected()).extracting(ResolvedPackage::toString).containsExactly("Cous.C 1.0.0");
        FeedPackageSource artipie = source("artipie", server);
        for (ResolvedPackage resolved : cold.packagesToInstall()) {
            installAsNuGetDoes(artipie.feed(), resolved, packagesFolder);
        }
        FeedPackageSource local = new FeedPackageSource("global packages folder",
                new LocalFolderFeed(packagesFolder));
        server.clearRequests();

        ResolveResult warm = Restore.resolve(new PackageSources(List.of(local), List.of(source("artipie", server)),
                SourceMapping.NONE), "Cous.A 1.0", "Cous.B 1.0", "Multi.Tfm 1.0");

        assertThat(Restore.chosen(warm)).isEqualTo(Restore.chosen(cold));
        assertThat(warm.graphs().get(0).packages()).extracting(ResolvedPackage::source).containsOnly("global packages folder");
        assertThat(server.requests()).isEmpty();
    }

    /** The global packages folder's layout, enough for a folder source: .nupkg, .nupkg.sha512 and the nuspec. */
    private static void installAsNuGetDoes(Feed feed, ResolvedPackage resolved, Path root) throws IOException {
        String id = resolved.id().toLowerCase(Locale.ROOT);
        String version = resolved.version().toPathString();
        Path folder = Files.createDirectories(root.resolve(id).resolve(version));
        Path nupkg = folder.resolve(id + "." + version + ".nupkg");
        assertThat(feed.download(resolved.id(), resolved.version(), nupkg)).isTrue();
        Files.writeString(folder.resolve(id + "." + version + ".nupkg.sha512"),
                PackageHash.sha512Base64(nupkg));
        try (PackageReader reader = PackageReader.open(nupkg); InputStream nuspec = reader.openNuspec()) {
            Files.copy(nuspec, folder.resolve(id + ".nuspec"));
        }
    }

    @Test
    void packageSourceMappingAcrossTwoServers() {
        FeedPackageSource publicFeed = source("nuget.org", server);
        FeedPackageSource contoso = source("contoso", privateServer);
        SourceMapping mapping = (source, id) -> id.startsWith("Contoso.") == source.equals("contoso");
        server.clearRequests();

        ResolveResult result = Restore.resolve(new PackageSources(List.of(), List.of(publicFeed, contoso), mapping),
                "Contoso.Lib 1.0", "Flt.F 1.0");

        assertThat(result.graphs().get(0).packages()).extracting(p -> p + " from " + p.source())
                .containsExactly("Contoso.Lib 2.0.0 from contoso", "Flt.F 1.0.0 from nuget.org");
        assertThat(server.requests()).noneMatch(r -> r.contains("contoso.lib"));
    }

    @Test
    void packagesConfigVersionsAreFoundExactly() {
        Path config = Fixtures.path("packages-config/snyk-with-utf16-packages.packages.config");

        try (PackageResolver resolver = new PackageResolver(PackageSources.remote(source("artipie", server)))) {
            ExactResolution result = resolver.resolveExact(PackagesConfigReader.read(config).toExactPackages());

            assertThat(result.found()).extracting(p -> p.wanted().id() + " " + p.wanted().version() + " from " + p.source())
                    .containsExactly("Microsoft.Web.Infrastructure 1.0.0 from artipie", "Swagger.Net 0.5.5 from artipie");
            assertThat(result.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("NU1101");
                assertThat(d.message()).isEqualTo("Unable to find package Antlr. No packages exist with this id in source(s): artipie");
                assertThat(d.frameworks()).containsExactly(NuGetFramework.parse("net45"));
            });
        }
    }

    @Test
    void theUtf16NuspecOfARealPackageIsReadThroughTheFeed() {
        Optional<PackageInfo> swagger = source("artipie", server).packageInfo("swagger.net",
                NuGetVersion.parse("0.5.5"));

        assertThat(swagger).hasValueSatisfying(info -> {
            assertThat(info.id()).isEqualTo("Swagger.Net");
            assertThat(info.dependencyGroups()).isNotEmpty();
        });
        assertThat(Files.exists(packages)).isTrue();
    }
}
