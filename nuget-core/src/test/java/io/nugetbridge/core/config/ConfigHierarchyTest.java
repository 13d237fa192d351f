package io.nugetbridge.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.feed.FeedFactory;
import io.nugetbridge.core.feed.SourceKind;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery and merging over real folder trees: a repository, a user home and a machine-wide folder. */
class ConfigHierarchyTest {

    @TempDir
    Path temp;

    Path repo;
    Path project;
    Path home;
    Path machine;

    @BeforeEach
    void folders() throws IOException {
        repo = Files.createDirectories(temp.resolve("repo"));
        project = Files.createDirectories(repo.resolve("app/module"));
        home = Files.createDirectories(temp.resolve("home"));
        machine = Files.createDirectories(temp.resolve("machine"));
    }

    @Test
    void closerFilesWinSingleValuesAndComeFirstWhileCollectionsAreUnioned() throws IOException {
        write(repo.resolve("nuget.config"), """
                <configuration>
                  <config><add key="globalPackagesFolder" value="repo-packages"/><add key="dependencyVersion" value="Highest"/></config>
                  <packageSources>
                    <add key="shared" value="https://repo.example/v3/index.json"/>
                    <add key="repo-only" value="feeds/local"/>
                  </packageSources>
                </configuration>""");
        write(repo.resolve("app/NuGet.Config"), """
                <configuration>
                  <config><add key="GLOBALPACKAGESFOLDER" value="../app-packages"/></config>
                  <packageSources><add key="Shared" value="https://app.example/v3/index.json" protocolVersion="3"/></packageSources>
                </configuration>""");
        writeUserConfig("""
                <configuration>
                  <packageSources><add key="user-feed" value="https://user.example/v3/index.json"/></packageSources>
                </configuration>""");

        NuGetConfig config = load();

        assertThat(config.files()).containsExactly(repo.resolve("app/NuGet.Config"), repo.resolve("nuget.config"),
                home.resolve(".nuget/NuGet/NuGet.Config"));
        // Relative to the file that declares it, not to the start folder.
        assertThat(config.config().globalPackagesFolder()).contains(repo.resolve("app-packages"));
        assertThat(config.config().dependencyVersion()).contains(DependencyVersion.HIGHEST);
        assertThat(config.sources()).extracting(s -> s.name() + "=" + s.location()).containsExactly(
                "Shared=https://app.example/v3/index.json", "repo-only=" + repo.resolve("feeds/local"),
                "user-feed=https://user.example/v3/index.json");
        assertThat(config.source("shared").orElseThrow().declaredIn()).isEqualTo(repo.resolve("app/NuGet.Config"));
    }

    @Test
    void clearDropsWhatLowerFilesContributedButNotWhatComesAfterIt() throws IOException {
        write(repo.resolve("nuget.config"), """
                <configuration>
                  <packageSources><add key="repo-feed" value="https://repo.example/v3/index.json"/></packageSources>
                  <disabledPackageSources><add key="kept" value="true"/></disabledPackageSources>
                </configuration>""");
        write(project.resolve("nuget.config"), """
                <configuration>
                  <packageSources>
                    <add key="before-clear" value="https://gone.example/v3/index.json"/>
                    <clear/>
                    <add key="kept" value="https://kept.example/v3/index.json"/>
                  </packageSources>
                  <disabledPackageSources><clear/></disabledPackageSources>
                </configuration>""");
        writeUserConfig("""
                <configuration><packageSources><add key="user-feed" value="https://user.example/v3/index.json"/></packageSources></configuration>""");

        NuGetConfig config = load();

        assertThat(config.sources()).extracting(PackageSource::name).containsExactly("kept");
        assertThat(config.sources().get(0).enabled()).as("the closer <clear/> in disabledPackageSources re-enables it").isTrue();
    }

    @Test
    void aCloserFileDisablesASourceOfTheUserFileAndCredentialsMayLiveElsewhere() throws IOException {
        writeUserConfig("""
                <configuration>
                  <packageSources><add key="Corp Feed" value="https://corp.example/nuget/v3/index.json"/></packageSources>
                  <packageSourceCredentials>
                    <Corp_x0020_Feed><add key="Username" value="ci"/><add key="ClearTextPassword" value="%CORP_TOKEN%"/></Corp_x0020_Feed>
                  </packageSourceCredentials>
                </configuration>""");
        write(repo.resolve("nuget.config"), """
                <configuration><disabledPackageSources><add key="corp feed" value="TRUE"/></disabledPackageSources></configuration>""");

        NuGetConfig config = NuGetConfig.load(ConfigLocations.standard(project, home, Map.of()), Map.of("CORP_TOKEN", "t0k"));

        assertThat(config.source("Corp Feed").orElseThrow().enabled()).isFalse();
        assertThat(config.credentials("Corp Feed").orElseThrow().toCredentials().password()).isEqualTo("t0k");
    }

    @Test
    void mappingPatternsOfOneSourceAreUnionedAcrossFilesUntilAClear() throws IOException {
        writeUserConfig("""
                <configuration><packageSourceMapping>
                  <packageSource key="corp"><package pattern="User.*"/></packageSource>
                  <packageSource key="nuget.org"><package pattern="*"/></packageSource>
                </packageSourceMapping></configuration>""");
        write(repo.resolve("nuget.config"), """
                <configuration><packageSourceMapping>
                  <packageSource key="corp"><package pattern="Repo.*"/><package pattern="user.*"/></packageSource>
                </packageSourceMapping></configuration>""");

        PackageSourceMapping merged = load().packageSourceMapping();
        assertThat(merged.patternsBySource()).containsExactly(Map.entry("corp", List.of("Repo.*", "user.*")),
                Map.entry("nuget.org", List.of("*")));

        write(project.resolve("nuget.config"), """
                <configuration><packageSourceMapping><clear/>
                  <packageSource key="corp"><package pattern="Only.This"/></packageSource>
                </packageSourceMapping></configuration>""");
        PackageSourceMapping cleared = load().packageSourceMapping();
        assertThat(cleared.patternsBySource()).containsExactly(Map.entry("corp", List.of("Only.This")));
        assertThat(cleared.sourcesFor("Repo.Core")).isEmpty();
    }

    @Test
    void credentialElementNamesAreDecodedAndTheClosestFileWins() throws IOException {
        writeUserConfig("""
                <configuration><packageSourceCredentials>
                  <My_x0020_Feed_x002B_><add key="Username" value="user-file"/><add key="ClearTextPassword" value="a"/></My_x0020_Feed_x002B_>
                </packageSourceCredentials></configuration>""");
        write(project.resolve("nuget.config"), """
                <configuration>
                  <packageSources><add key="My Feed+" value="https://feed.example/v3/index.json"/></packageSources>
                  <packageSourceCredentials>
                    <My_x0020_Feed_x002B_><add key="username" value="project-file"/><add key="cleartextpassword" value="b"/>
                      <add key="ValidAuthenticationTypes" value="basic, negotiate"/></My_x0020_Feed_x002B_>
                  </packageSourceCredentials>
                </configuration>""");

        ConfiguredCredentials credentials = load().credentials("My Feed+").orElseThrow();
        assertThat(credentials.username()).isEqualTo("project-file");
        assertThat(credentials.validAuthenticationTypes()).containsExactly("basic", "negotiate");
        assertThat(credentials.declaredIn()).isEqualTo(project.resolve("nuget.config"));
    }

    @Test
    void sectionsThatDoNotChangeWhatWeDoAreReadAndNeverFailTheLoad() throws IOException {
        Path file = write(project.resolve("nuget.config"), """
                <configuration>
                  <bindingRedirects><add key="skip" value="True"/></bindingRedirects>
                  <solution><add key="disableSourceControlIntegration" value="true"/></solution>
                  <packageRestore><add key="enabled" value="maybe"/></packageRestore>
                  <packageManagement><add key="format" value="1"/></packageManagement>
                  <somethingNew><item whatever="1"><nested/></item></somethingNew>
                  <config><add key="updatePackageLastAccessTime" value="true"/><add key="dependencyVersion" value="HighestMinor"/></config>
                </configuration>""");

        NuGetConfig config = load();

        assertThat(config.bindingRedirects().bool("skip")).contains(true);
        assertThat(config.solution().bool("disableSourceControlIntegration")).contains(true);
        assertThat(config.packageManagement().get("FORMAT")).contains("1");
        assertThat(config.config().updatePackageLastAccessTime()).contains(true);
        assertThat(config.config().dependencyVersion()).contains(DependencyVersion.HIGHEST_MINOR);
        assertThat(config.section("somethingNew").isEmpty()).isTrue();
        // Only asking for the odd value fails, and then with the file and line.
        assertThatThrownBy(() -> config.packageRestore().bool("enabled"))
                .hasMessage(file + " (line 4): 'enabled' is 'maybe'; it must be true or false");
    }

    @Test
    void theMonoUserFileIsUsedOnlyWhereTheDotnetOneIsAbsent() throws IOException {
        write(home.resolve(".config/NuGet/NuGet.Config"), """
                <configuration><packageSources><add key="mono" value="https://mono.example/v3/index.json"/></packageSources></configuration>""");
        assertThat(load().sources()).extracting(PackageSource::name).containsExactly("mono");

        writeUserConfig("""
                <configuration><packageSources><add key="dotnet" value="https://dotnet.example/v3/index.json"/></packageSources></configuration>""");
        assertThat(load().sources()).extracting(PackageSource::name).containsExactly("dotnet");
    }

    @Test
    void extraUserFilesAndMachineWideFilesComeLastInNameOrder() throws IOException {
        writeUserConfig("<configuration/>");
        write(home.resolve(".nuget/NuGet/config/b.config"), sourceFile("user-b"));
        write(home.resolve(".nuget/NuGet/config/a.config"), sourceFile("user-a"));
        write(machine.resolve("z.config"), sourceFile("machine-z"));
        write(machine.resolve("m.Config"), sourceFile("machine-m"));
        write(machine.resolve("ignored.xml"), sourceFile("ignored"));

        NuGetConfig config = load();

        assertThat(config.sources()).extracting(PackageSource::name).containsExactly("user-a", "user-b", "machine-m",
                "machine-z");
    }

    @Test
    void oneFileAFolderInNuGetsSpellingOrder() throws IOException {
        write(project.resolve("NuGet.Config"), sourceFile("upper"));
        write(repo.resolve("app/NuGet.config"), sourceFile("mixed"));
        assertThat(load().sources()).extracting(PackageSource::name).containsExactly("upper", "mixed");

        write(project.resolve("nuget.config"), sourceFile("lower"));
        // On a case-insensitive file system the three names are one file; on Linux the first spelling wins.
        assertThat(load().sources().get(0).name()).isIn("lower", "upper");
        assertThat(load().files()).hasSize(2);
    }

    @Test
    void anExplicitFileIsTheOnlyOneRead() throws IOException {
        write(project.resolve("nuget.config"), sourceFile("project"));
        writeUserConfig(sourceFile("user"));
        Path explicit = write(temp.resolve("ci/ci.config"), """
                <configuration><packageSources><add key="ci" value="packages"/></packageSources></configuration>""");

        NuGetConfig config = NuGetConfig.load(locations().withExplicitFile(Optional.of(explicit)), Map.of());

        assertThat(config.files()).containsExactly(explicit);
        assertThat(config.sources()).extracting(PackageSource::location).containsExactly(temp.resolve("ci/packages").toString());

        Path missing = temp.resolve("nope.config");
        assertThatThrownBy(() -> NuGetConfig.load(ConfigLocations.onlyFile(missing), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void windowsStyleRelativePathsAndFileUrlsBecomeFolders() throws IOException {
        write(project.resolve("nuget.config"), """
                <configuration>
                  <packageSources>
                    <add key="windows" value=".\\PackageCache"/>
                    <add key="parent" value="..\\..\\feed"/>
                    <add key="file-url" value="file:///srv/nuget"/>
                    <add key="env" value="%FEEDS%/local"/>
                  </packageSources>
                  <fallbackPackageFolders><add key="offline" value="../offline"/></fallbackPackageFolders>
                </configuration>""");

        NuGetConfig config = NuGetConfig.load(locations(), Map.of("FEEDS", "/data/feeds"));

        assertThat(config.sources()).extracting(PackageSource::location).containsExactly(
                project.resolve("PackageCache").toString(), repo.resolve("feed").toString(), "/srv/nuget", "/data/feeds/local");
        assertThat(config.sources()).noneMatch(PackageSource::isHttp);
        assertThat(config.fallbackPackageFolders()).containsExactly(repo.resolve("app/offline"));
        assertThat(NuGetConfig.load(locations(), Map.of("NUGET_FALLBACK_PACKAGES", "/a;/b")).fallbackPackageFolders())
                .containsExactly(Path.of("/a"), Path.of("/b"));
    }

    @Test
    void eachSourceOpensTheFeedOfItsKind() throws IOException {
        write(project.resolve("nuget.config"), """
                <configuration><packageSources>
                  <add key="v3" value="https://v3.example/index.json"/>
                  <add key="v3-by-protocol" value="https://v3.example/nuget" protocolVersion="3"/>
                  <add key="v2" value="https://v2.example/api/v2/"/>
                  <add key="folder" value="feed"/>
                </packageSources></configuration>""");
        NuGetConfig config = load();
        assertThat(config.sources()).extracting(PackageSource::kind).containsExactly(SourceKind.V3, SourceKind.V3,
                SourceKind.V2, SourceKind.FOLDER);
        try (NuGetHttpClient http = new NuGetHttpClient(HttpSettings.defaults())) {
            FeedFactory feeds = new FeedFactory(http);
            assertThat(config.sources()).extracting(s -> s.openFeed(feeds, Optional.empty()).getClass().getSimpleName())
                    .containsExactly("V3Feed", "V3Feed", "V2Feed", "LocalFolderFeed");
            assertThat(config.source("folder").orElseThrow().openFeed(feeds, Optional.empty()).source())
                    .isEqualTo(project.resolve("feed").toString());
        }
    }

    @Test
    void nugetPackagesOverridesTheGlobalPackagesFolder() throws IOException {
        write(project.resolve("nuget.config"), """
                <configuration><config><add key="globalPackagesFolder" value="gpf"/></config></configuration>""");
        assertThat(NuGetConfig.load(locations(), Map.of()).globalPackagesFolder(home)).isEqualTo(project.resolve("gpf"));
        assertThat(NuGetConfig.load(locations(), Map.of("NUGET_PACKAGES", "/cache/nuget")).globalPackagesFolder(home))
                .isEqualTo(Path.of("/cache/nuget"));
        write(project.resolve("nuget.config"), "<configuration/>");
        assertThat(load().globalPackagesFolder(home)).isEqualTo(home.resolve(".nuget/packages"));
    }

    @Test
    void malformedFilesFailWithThePathAndTheLine() throws IOException {
        Path file = write(project.resolve("nuget.config"), """
                <configuration>
                  <packageSources>
                    <add key="a" value="https://a.example/v3/index.json">
                  </packageSources>
                </configuration>""");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + " (line 4)").hasMessageContaining("not well-formed XML");

        write(file, "<settings/>");
        assertThatThrownBy(this::load).hasMessageContaining(file + " (line 1)").hasMessageContaining("<configuration>");

        write(file, "");
        assertThatThrownBy(this::load).hasMessageContaining(file.toString()).hasMessageContaining("empty");
    }

    @Test
    void settingsNuGetRefusesFailWithTheLine() throws IOException {
        Path file = write(project.resolve("nuget.config"), """
                <configuration>
                  <packageSources>
                    <add key="a" value="https://a.example/v3/index.json" protocolVersion="three"/>
                  </packageSources>
                </configuration>""");
        assertThatThrownBy(this::load).hasMessage(file + " (line 3): protocolVersion 'three' of source 'a' is not a number; use 2 or 3");

        write(file, "<configuration>\n<packageSources><add key=\"a\"/></packageSources></configuration>");
        assertThatThrownBy(this::load).hasMessageContaining("(line 2)").hasMessageContaining("no value attribute");

        write(file, "<configuration><config><add key=\"maxHttpRequestsPerSource\" value=\"0\"/></config></configuration>");
        assertThatThrownBy(() -> load().config().maxHttpRequestsPerSource()).hasMessageContaining("(line 1)")
                .hasMessageContaining("at least 1");

        write(file, "<configuration><packageSourceCredentials><a><add key=\"ClearTextPassword\" value=\"s3cret\"/></a>"
                + "</packageSourceCredentials></configuration>");
        assertThatThrownBy(this::load).hasMessageContaining("have no Username").hasMessageNotContaining("s3cret");
    }

    @Test
    void doctypesAndEntitiesAreRefusedBeforeParsing() throws IOException {
        Path file = write(project.resolve("nuget.config"), """
                <?xml version="1.0"?>
                <!DOCTYPE configuration [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <configuration><config><add key="repositoryPath" value="&xxe;"/></config></configuration>""");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + " (line 2)").hasMessageContaining("DOCTYPE");
    }

    @Test
    void configValuesGiveHttpSettings() throws IOException {
        write(project.resolve("nuget.config"), """
                <configuration><config>
                  <add key="maxHttpRequestsPerSource" value="4"/>
                  <add key="http_proxy" value="http://proxy.corp:3128"/>
                  <add key="http_proxy.user" value="alice"/>
                  <add key="no_proxy" value="localhost,.corp.example"/>
                  <add key="signatureValidationMode" value="Require"/>
                </config></configuration>""");

        ConfigValues values = load().config();
        var settings = values.applyTo(HttpSettings.defaults());

        assertThat(settings.maxRequestsPerSource()).isEqualTo(4);
        assertThat(settings.proxy().orElseThrow().host()).isEqualTo("proxy.corp");
        assertThat(settings.proxy().orElseThrow().port()).isEqualTo(3128);
        assertThat(settings.proxy().orElseThrow().credentials().orElseThrow().username()).isEqualTo("alice");
        assertThat(settings.proxy().orElseThrow().noProxy()).containsExactly("localhost", ".corp.example");
        assertThat(values.signatureValidationMode()).isEqualTo(SignatureValidationMode.REQUIRE);
    }

    private NuGetConfig load() {
        return NuGetConfig.load(locations(), Map.of());
    }

    private ConfigLocations locations() {
        return new ConfigLocations(project, Optional.empty(), Optional.of(home), Optional.of(machine));
    }

    private void writeUserConfig(String xml) throws IOException {
        write(home.resolve(".nuget/NuGet/NuGet.Config"), xml);
    }

    private static String sourceFile(String name) {
        return "<configuration><packageSources><add key=\"" + name + "\" value=\"https://" + name
                + ".example/v3/index.json\"/></packageSources></configuration>";
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
