package io.nugetbridge.core.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.CredentialChain;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.feed.FeedPackage;
import io.nugetbridge.core.feed.LocalFolderFeed;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.log.RecordingLog;
import io.nugetbridge.core.project.LockFileSettings;
import io.nugetbridge.core.project.PackagesConfigReader;
import io.nugetbridge.core.resolve.DiagnosticPolicy;
import io.nugetbridge.core.resolve.FeedPackageSource;
import io.nugetbridge.core.resolve.GraphText;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.PackageInfo;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.ArtipieServer;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package's own spelling of its id and version, from its nuspec, everywhere but in the global packages folder
 * (which is lower case): NuGet's restore takes a package's identity from its nuspec whatever the source
 * ({@code FindPackageByIdResource.GetDependencyInfo} returns {@code reader.GetIdentity()}, and
 * {@code ResolverUtility.CreateGraphItemAsync} copies it onto the match "so that the correct casing is used"), so
 * a flat container's lower-cased version list, a lower-cased global packages folder or a reference spelled
 * {@code nunit} never show through. The corpus's {@code NUnit 3.3.0-CI-2857-issue-1593} says so in its nuspec;
 * NuGet.exe 5.8 restoring a reference {@code nunit >= 3.3.0-ci-2857-issue-1593} from a folder feed wrote
 * {@code lockfiles/nuget-exe-5.8-nunit-prerelease.packages.lock.json} ({@code "NUnit"}, resolved
 * {@code 3.3.0-CI-2857-issue-1593}, requested as the reference spells it), logged
 * {@code Installing NUnit 3.3.0-CI-2857-issue-1593.}, and keyed project.assets.json's library
 * {@code NUnit/3.3.0-CI-2857-issue-1593} with path {@code nunit/3.3.0-ci-2857-issue-1593}; the same from its
 * global packages folder on a second restore, and from a V3 folder feed.
 */
@RequiresCorpus
@Timeout(120)
class PackageSpellingTest {

    private static final String SPELLED = "NUnit.3.3.0-CI-2857-issue-1593";
    private static final String LOWER = "3.3.0-ci-2857-issue-1593";

    private static ArtipieServer server;

    @TempDir
    Path work;

    @BeforeAll
    static void startServer() {
        server = ArtipieServer.start();
        server.pushOrFail(nunit());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aFolderFeedRestoreUsesTheNuspecsSpellingAndAgainFromTheGlobalPackagesFolder() throws IOException {
        Path feed = Files.createDirectories(work.resolve("feed"));
        Files.copy(nunit(), feed.resolve(SPELLED + ".nupkg"));

        assertInstalledAsSpelled(assertSpelledEverywhere(restore(feed.toString())));
        // Now the global packages folder, whose folder names are lower case, is where the package comes from.
        assertSpelledEverywhere(restore(feed.toString()));
    }

    @Test
    void aV3FeedRestoreUsesTheNuspecsSpellingThoughItsVersionListIsLowerCase() throws IOException {
        assertInstalledAsSpelled(assertSpelledEverywhere(restore(server.serviceIndex().toString())));
        assertSpelledEverywhere(restore(server.serviceIndex().toString()));
    }

    /**
     * NuGet extracts a packages.config package to a folder named by the identity in its nuspec
     * ({@code PackageExtractor.ExtractPackageAsync} resolves the path of {@code packageIdentityFromNuspec}, the
     * version as written unless SemVer 2): NuGet.exe 5.8 {@code install packages.config} with
     * {@code <package id="nunit" version="3.3.0-ci-2857-issue-1593" />} made {@code NUnit.3.3.0-CI-2857-issue-1593/}.
     */
    @Test
    void aPackagesConfigPackageIsExtractedToTheFolderItsNuspecNames() throws IOException {
        Path feed = Files.createDirectories(work.resolve("feed"));
        Files.copy(nunit(), feed.resolve(SPELLED + ".nupkg"));
        Path packagesConfig = Files.writeString(Files.createDirectories(work.resolve("project")).resolve("packages.config"),
                "<packages><package id=\"nunit\" version=\"" + LOWER + "\" targetFramework=\"net45\" /></packages>");

        for (int run = 0; run < 2; run++) {
            Outcome outcome = restore(feed.toString(), ExactUnit.of("legacy", PackagesConfigReader.read(packagesConfig), List.of()));
            assertThat(names(outcome.output().resolve("packages"))).containsExactly(SPELLED);
            JsonNode item = new ObjectMapper().readTree(outcome.output().resolve("summary/legacy.json").toFile())
                    .path("frameworks").path(0).path("packages").path(0);
            assertThat(item.path("id").asText()).isEqualTo("NUnit");
            assertThat(item.path("version").asText()).isEqualTo("3.3.0-CI-2857-issue-1593");
            assertThat(item.path("folder").asText()).isEqualTo(SPELLED);
            assertThat(item.path("assets").path("compile").toString()).contains("lib/net45/nunit.framework.dll");
        }
    }

    @Test
    void aVersionListInLowerCaseAsNuGetOrgsFlatContainerServesItGivesWayToTheNuspec() throws IOException {
        Path folder = Files.createDirectories(work.resolve("feed"));
        Files.copy(nunit(), folder.resolve(SPELLED + ".nupkg"));
        FeedPackageSource source = new FeedPackageSource("flat", new LowerCasedVersions(new LocalFolderFeed(folder)));

        NuGetVersion listed = source.versions("nunit").get(0);
        assertThat(listed.toNormalizedString()).isEqualTo(LOWER);
        PackageInfo info = source.packageInfo("nunit", listed).orElseThrow();

        assertThat(info.id()).isEqualTo("NUnit");
        assertThat(info.version().toNormalizedString()).isEqualTo("3.3.0-CI-2857-issue-1593");
    }

    @Test
    void aPackageIsInstalledOnceWhetherItsVersionIsSpelledByTheNuspecOrByALowerCasedList() {
        assertThat(PackageToInstall.key("NUnit", NuGetVersion.parse("3.3.0-CI-2857-issue-1593")))
                .isEqualTo(PackageToInstall.key("nunit", NuGetVersion.parse(LOWER)));
    }

    /** A feed whose version list is lower case, as a V3 flat container's {@code index.json} is (nuget.org's). */
    private record LowerCasedVersions(Feed feed) implements Feed {
        @Override
        public String source() {
            return feed.source();
        }

        @Override
        public List<FeedPackage> versions(String id) {
            return feed.versions(id).stream().map(p -> FeedPackage.listed(p.id().toLowerCase(Locale.ROOT),
                    NuGetVersion.parse(p.version().toPathString()), p.version().toPathString())).toList();
        }

        @Override
        public Optional<byte[]> nuspec(String id, NuGetVersion version) {
            return feed.nuspec(id, version);
        }

        @Override
        public boolean download(String id, NuGetVersion version, Path target) {
            return feed.download(id, version, target);
        }
    }

    /** What one restore wrote and logged; its output and lock file are fresh, the global packages folder is shared. */
    private record Outcome(Path output, Path lockFile, RestoreReport report, List<String> log) {}

    private Outcome restore(String source) throws IOException {
        // The reference is spelled in lower case, as a user may write it.
        return restore(source, ReferenceUnit.of("app", List.of("net45"), List.of(PackageDependency.of("nunit", LOWER)),
                DiagnosticPolicy.DEFAULT, new LockFileSettings(true, false, work.resolve("project/packages.lock.json"))));
    }

    private Outcome restore(String source, RestoreUnit unit) throws IOException {
        Path project = Files.createDirectories(work.resolve("project"));
        Files.writeString(project.resolve("nuget.config"), "<configuration><packageSources><clear/><add key=\"feed\" value=\""
                + source + "\" /></packageSources></configuration>");
        Map<String, String> environment = Map.of("NUGET_PACKAGES", work.resolve("global-packages").toString());
        NuGetConfig config = NuGetConfig.load(ConfigLocations.onlyFile(project.resolve("nuget.config")), environment);
        Path output = work.resolve("out");
        Path lockFile = project.resolve("packages.lock.json");
        delete(output);
        Files.deleteIfExists(lockFile);
        RecordingLog log = new RecordingLog();
        try (RestoreSession session = RestoreSession.open(config, List.of(), CredentialChain.standard(environment, config,
                Optional.empty()), HttpSettings.defaults(), false, work.resolve("home"), log)) {
            RestoreReport report = session.run(List.of(unit), output, Optional.empty());
            assertThat(report.errors()).isEmpty();
            return new Outcome(output, lockFile, report, log.lines);
        }
    }

    private static void assertInstalledAsSpelled(Outcome outcome) {
        assertThat(outcome.report().downloaded()).isEqualTo(1);
        assertThat(outcome.log()).anyMatch(line -> line.startsWith("Installed NUnit 3.3.0-CI-2857-issue-1593 from "));
    }

    private Outcome assertSpelledEverywhere(Outcome outcome) throws IOException {
        assertThat(names(outcome.output().resolve("packages"))).containsExactly(SPELLED);
        assertThat(outcome.output().resolve("packages/" + SPELLED + "/" + SPELLED + ".nupkg")).hasSameBinaryContentAs(nunit());

        JsonNode summary = new ObjectMapper().readTree(outcome.output().resolve("summary/app.json").toFile());
        JsonNode item = summary.path("frameworks").path(0).path("packages").path(0);
        assertThat(item.path("id").asText()).isEqualTo("NUnit");
        assertThat(item.path("version").asText()).isEqualTo("3.3.0-CI-2857-issue-1593");
        assertThat(item.path("folder").asText()).isEqualTo(SPELLED);
        assertThat(item.path("assets").path("compile").toString()).contains("lib/net45/nunit.framework.dll");

        assertThat(Files.readString(outcome.lockFile(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(
                Path.of("src/test/resources/lockfiles/nuget-exe-5.8-nunit-prerelease.packages.lock.json"), StandardCharsets.UTF_8));

        String graph = GraphText.render(outcome.report().units().get(0).graphs().get(0), true);
        assertThat(graph).contains("NUnit 3.3.0-CI-2857-issue-1593 (requested [" + LOWER + ", ))").doesNotContain("nunit ");

        // The global packages folder alone is lower case, as NuGet lays it out.
        Path versionFolder = work.resolve("global-packages/nunit/" + LOWER);
        assertThat(versionFolder.resolve("nunit." + LOWER + ".nupkg")).isRegularFile();
        assertThat(versionFolder.resolve("nunit.nuspec")).isRegularFile();
        assertThat(String.join("\n", outcome.log())).doesNotContain("nunit " + LOWER).doesNotContain("NUnit " + LOWER);
        return outcome;
    }

    private static Path nunit() {
        return Fixtures.path("nupkg/" + SPELLED + ".nupkg");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
