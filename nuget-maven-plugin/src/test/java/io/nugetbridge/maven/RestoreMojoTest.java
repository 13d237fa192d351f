package io.nugetbridge.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import io.nugetbridge.testing.ArtipieServer;
import io.nugetbridge.testing.TestNupkg;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.eclipse.aether.repository.RemoteRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nuget:restore} against a real NuGet server (Artipie on 127.0.0.1) holding small packages made for the
 * tests: a project file restored into the output layout and then warm with no request at all, listed packages
 * and {@code nupkg} dependencies with a lock file and locked mode, a packages.config, offline mode, and NuGet's
 * diagnostics failing the build or not. Each test has its own project folder and global packages folder.
 */
@MojoTest
@Basedir("/unit/restore")
class RestoreMojoTest {

    private static ArtipieServer feed;

    @Inject
    private MavenSession session;

    @Inject
    private MavenProject project;

    @TempDir
    Path work;

    private Path basedir;
    private Path globalPackages;
    private final List<String> log = new ArrayList<>();

    @BeforeAll
    static void feedWithTestPackages(@TempDir Path packages) {
        feed = ArtipieServer.start();
        List<Path> nupkgs = List.of(
                TestNupkg.of("App.Core", "1.0.0").group("net8.0", "App.Util 1.0.0").group(".NETFramework4.8")
                        .files("lib/net8.0/App.Core.dll", "lib/net48/App.Core.dll").writeTo(packages),
                TestNupkg.of("App.Util", "1.0.0").files("lib/netstandard2.0/App.Util.dll",
                        "runtimes/linux-x64/native/libapputil.so").writeTo(packages),
                TestNupkg.of("App.Util", "1.1.0").files("lib/netstandard2.0/App.Util.dll").writeTo(packages),
                TestNupkg.of("Down.A", "1.0.0").group("", "Down.B 2.0.0").files("lib/netstandard2.0/Down.A.dll").writeTo(packages),
                TestNupkg.of("Down.B", "1.0.0").files("lib/netstandard2.0/Down.B.dll").writeTo(packages),
                TestNupkg.of("Down.B", "2.0.0").files("lib/netstandard2.0/Down.B.dll").writeTo(packages));
        nupkgs.forEach(feed::pushOrFail);
    }

    @AfterAll
    static void stopFeed() {
        feed.close();
    }

    @BeforeEach
    void project() throws Exception {
        basedir = Files.createDirectories(work.resolve("project"));
        globalPackages = work.resolve("global-packages");
        Files.writeString(basedir.resolve("nuget.config"), "<configuration><packageSources><clear/>"
                + "<add key=\"artipie\" value=\"" + feed.serviceIndex() + "\" /></packageSources></configuration>");
        when(session.getSettings()).thenReturn(new Settings());
        session.getSystemProperties().setProperty("user.home", work.resolve("home").toString());
        session.getSystemProperties().setProperty("env.NUGET_PACKAGES", globalPackages.toString());
        session.getSystemProperties().setProperty("env.NUGET_COMMON_APPLICATION_DATA", work.resolve("machine").toString());
        when(project.getBasedir()).thenReturn(basedir.toFile());
        when(project.getArtifactId()).thenReturn("mixed-app");
    }

    @Test
    @InjectMojo(goal = "restore")
    void restoresAProjectFileIntoTheOutputLayoutThenWarmWithoutAnyRequest(RestoreMojo mojo) throws Exception {
        Files.writeString(basedir.resolve("App.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFrameworks>net8.0;net48</TargetFrameworks></PropertyGroup>
                  <ItemGroup><PackageReference Include="App.Core" Version="1.0.0" /></ItemGroup>
                </Project>
                """);
        configure(mojo);
        setVariableValueToObject(mojo, "runtime", "linux-x64");
        feed.clearRequests();

        mojo.execute();

        // As NuGet's restore: dependencies are read from the downloaded package, never from the .nuspec endpoint,
        // and each package is downloaded once, by the walk, which installs it.
        List<String> gets = feed.requests().stream().filter(r -> r.startsWith("GET ")).toList();
        assertThat(gets).noneMatch(r -> r.endsWith(".nuspec"));
        assertThat(gets.stream().filter(r -> r.endsWith(".nupkg"))).hasSize(2).doesNotHaveDuplicates();
        Path out = basedir.resolve("target/nuget");
        assertThat(out.resolve("packages/App.Core.1.0.0/App.Core.1.0.0.nupkg")).isRegularFile();
        assertThat(out.resolve("packages/App.Core.1.0.0/lib/net8.0/App.Core.dll")).isRegularFile();
        assertThat(out.resolve("packages/App.Core.1.0.0/App.Core.nuspec")).doesNotExist();
        assertThat(names(out.resolve("net8.0/compile"))).containsExactly("App.Core.dll", "App.Util.dll");
        assertThat(names(out.resolve("net8.0/runtime"))).containsExactly("App.Core.dll", "App.Util.dll");
        assertThat(names(out.resolve("net8.0/native"))).containsExactly("libapputil.so");
        assertThat(names(out.resolve("net48/compile"))).containsExactly("App.Core.dll");
        assertThat(Files.readString(out.resolve("net48/compile/App.Core.dll"))).isEqualTo("lib/net48/App.Core.dll");
        assertThat(Files.readString(out.resolve("summary/App.csproj.json")))
                .contains("\"project\" : \"App\"", "\"framework\" : \"net8.0\"", "\"id\" : \"App.Util\"");
        // Packages this restore downloaded are reported from the feed, never from the global folder they went into.
        assertThat(Files.readString(out.resolve("summary/App.csproj.json"))).contains("\"source\" : \"artipie\"")
                .doesNotContain(globalPackages.toString());
        assertThat(globalPackages.resolve("app.util/1.0.0/.nupkg.metadata")).isRegularFile();
        assertThat(log).contains("[info] App.csproj net8.0: 2 packages", "[info] App.csproj   App.Core 1.0.0 (requested [1.0.0, )) +1");
        assertThat(log).anyMatch(l -> l.startsWith("[info] Restored 2 packages (2 downloaded) for 1 input into " + out
                + ", assets for net8.0, net48 in "));

        feed.clearRequests();
        log.clear();
        mojo.execute();

        assertThat(feed.requests()).isEmpty();
        assertThat(log).anyMatch(l -> l.startsWith("[info] NuGet restore is up to date: nothing it depends on changed"));
        assertThat(names(out.resolve("net8.0/compile"))).containsExactly("App.Core.dll", "App.Util.dll");

        // An output gone (mvn clean of one folder) undoes the no-op; the packages still come from the global folder.
        deleteTree(out.resolve("packages/App.Util.1.0.0"));
        log.clear();
        mojo.execute();

        assertThat(feed.requests()).isEmpty();
        assertThat(log).anyMatch(l -> l.startsWith("[info] Restored 2 packages (0 downloaded)"));
        assertThat(out.resolve("packages/App.Util.1.0.0/App.Util.1.0.0.nupkg")).isRegularFile();
    }

    @Test
    @InjectMojo(goal = "restore")
    void listedPackagesAndNupkgDependenciesWithALockFileThenLockedMode(RestoreMojo mojo) throws Exception {
        when(project.getDependencies()).thenReturn(List.of(nupkg("App.Util", "1.1.0")));
        configure(mojo);
        setVariableValueToObject(mojo, "packageReferences", List.of(reference("App.Core", "1.0.0")));
        setVariableValueToObject(mojo, "frameworks", List.of("net8.0"));
        setVariableValueToObject(mojo, "lockFile", true);

        mojo.execute();

        String lock = Files.readString(basedir.resolve("packages.lock.json"), StandardCharsets.UTF_8);
        assertThat(lock).contains("\"net8.0\": {", "\"App.Core\": {", "\"type\": \"Direct\"", "\"resolved\": \"1.1.0\"",
                "\"contentHash\": ");
        assertThat(basedir.resolve("target/nuget/packages/App.Util.1.1.0")).isDirectory();
        assertThat(basedir.resolve("target/nuget/summary/mixed-app.json")).isRegularFile();

        setVariableValueToObject(mojo, "packageReferences", List.of(reference("App.Core", "[1.0.0,2.0.0)")));
        setVariableValueToObject(mojo, "lockedMode", true);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("mixed-app: error NU1004")
                .hasMessageContaining("The package reference App.Core version has changed from [1.0.0, ) to [1.0.0, 2.0.0)");
        assertThat(Files.readString(basedir.resolve("packages.lock.json"), StandardCharsets.UTF_8)).isEqualTo(lock);
    }

    @Test
    @InjectMojo(goal = "restore")
    void aPackageThatIsNotTheOneTheLockFileRecordedFailsWithNu1403(RestoreMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "packageReferences", List.of(reference("App.Core", "1.0.0")));
        setVariableValueToObject(mojo, "frameworks", List.of("net8.0"));
        setVariableValueToObject(mojo, "lockFile", true);
        mojo.execute();
        Path lockFile = basedir.resolve("packages.lock.json");
        String written = Files.readString(lockFile, StandardCharsets.UTF_8);
        String recorded = globalPackages.resolve("app.core/1.0.0/app.core.1.0.0.nupkg.sha512").toString();
        String installedHash = Files.readString(Path.of(recorded), StandardCharsets.UTF_8).trim();
        assertThat(written).contains("\"contentHash\": \"" + installedHash + "\"");

        // As if App.Core 1.0.0 had been published again with other content after the lock file was written.
        String otherHash = java.util.Base64.getEncoder().encodeToString(new byte[64]);
        String tampered = written.replace(installedHash, otherHash);
        Files.writeString(lockFile, tampered, StandardCharsets.UTF_8);
        deleteTree(basedir.resolve("target"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("error NU1403")
                .hasMessageContaining("Package content hash validation failed for App.Core.1.0.0. The package is different"
                        + " than the last restore.")
                .hasMessageContaining(otherHash).hasMessageContaining(installedHash);
        assertThat(Files.readString(lockFile, StandardCharsets.UTF_8)).isEqualTo(tampered);
        assertThat(basedir.resolve("target/nuget/packages/App.Core.1.0.0")).doesNotExist();

        // Locked mode checks the same.
        setVariableValueToObject(mojo, "lockedMode", true);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("error NU1403");
    }

    @Test
    @InjectMojo(goal = "restore")
    // The folder is named as the package's nuspec writes its version (1.0.0), not as packages.config does (1.0), as
    // NuGet.exe 5.8 "install packages.config" put <package id="polly" version="4.3"> into Polly.4.3.0/.
    void aPackagesConfigGetsItsExactVersionsInFoldersNamedAsTheirNuspecs(RestoreMojo mojo) throws Exception {
        Files.writeString(basedir.resolve("packages.config"), """
                <packages><package id="App.Util" version="1.0" targetFramework="net48" /></packages>
                """);
        configure(mojo);

        mojo.execute();

        Path out = basedir.resolve("target/nuget");
        assertThat(out.resolve("packages/App.Util.1.0.0/App.Util.1.0.0.nupkg")).isRegularFile();
        assertThat(names(out.resolve("net48/compile"))).containsExactly("App.Util.dll");
        assertThat(Files.readString(out.resolve("summary/packages.config.json"))).contains("\"folder\" : \"App.Util.1.0.0\"");
    }

    @Test
    @InjectMojo(goal = "restore")
    void offlineReadsOnlyTheGlobalPackagesFolderAndNamesWhatIsMissing(RestoreMojo mojo) throws Exception {
        listing(mojo, "net8.0", reference("App.Util", "1.0.0"));
        mojo.execute();
        feed.clearRequests();
        when(session.isOffline()).thenReturn(true);

        mojo.execute();
        assertThat(basedir.resolve("target/nuget/net8.0/compile/App.Util.dll")).isRegularFile();

        setVariableValueToObject(mojo, "packageReferences", List.of(reference("App.Util", "1.0.0"), reference("Down.B", "1.0.0")));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Down.B (>= 1.0.0)")
                .hasMessageContaining("Maven runs offline (-o)")
                .hasMessageContaining("not asked: artipie");
        assertThat(feed.requests()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "restore")
    void aDowngradeIsAWarningUnlessMadeAnErrorAndAMissingPackageFails(RestoreMojo mojo) throws Exception {
        listing(mojo, "netstandard2.0", reference("Down.A", "1.0.0"), reference("Down.B", "1.0.0"));

        mojo.execute();
        assertThat(log).anyMatch(l -> l.startsWith("[warn] mixed-app: warning NU1605: ")
                && l.contains("Detected package downgrade: Down.B from 2.0.0 to 1.0.0"));
        log.clear();
        mojo.execute();
        assertThat(log).anyMatch(l -> l.startsWith("[info] NuGet restore is up to date"));
        assertThat(log).as("a no-op restore replays the last one's warnings, as NuGet does")
                .anyMatch(l -> l.startsWith("[warn] mixed-app: warning NU1605: ") && l.contains("Down.B from 2.0.0 to 1.0.0"));

        setVariableValueToObject(mojo, "warningsAsErrors", List.of("NU1605"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("error NU1605");

        setVariableValueToObject(mojo, "warningsAsErrors", null);
        setVariableValueToObject(mojo, "packageReferences", List.of(reference("No.Such.Package", "1.0.0")));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("mixed-app: error NU1101: Unable to find package No.Such.Package");
    }

    /**
     * NuGet's CompatibilityChecker: App.Core has lib/net48 and lib/net8.0, neither of which net472 can use, so the
     * restore fails with NU1202 naming the package, the framework and the frameworks it supports.
     */
    @Test
    @InjectMojo(goal = "restore")
    void aPackageWithNoAssemblyForTheFrameworkFailsWithNu1202(RestoreMojo mojo) throws Exception {
        listing(mojo, "net472", reference("App.Core", "1.0.0"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("mixed-app: error NU1202: Package App.Core 1.0.0 is not compatible with net472"
                        + " (.NETFramework,Version=v4.7.2). Package App.Core 1.0.0 supports:\n  - net48 (.NETFramework,Version=v4.8)\n"
                        + "  - net8.0 (.NETCoreApp,Version=v8.0) [net472]");
        assertThat(log).as("the error is the failure's message, not also a log line").noneMatch(l -> l.contains("NU1202"));
        assertThat(basedir.resolve("target/nuget/net472")).doesNotExist();

        setVariableValueToObject(mojo, "frameworks", List.of("net48"));
        mojo.execute();
        assertThat(basedir.resolve("target/nuget/net48/compile/App.Core.dll")).exists();
    }

    @Test
    @InjectMojo(goal = "restore")
    void aFloatingVersionIsLookedUpOnEveryRestore(RestoreMojo mojo) throws Exception {
        listing(mojo, "net8.0", reference("App.Util", "1.*"));
        mojo.execute();
        feed.clearRequests();
        log.clear();

        mojo.execute();

        assertThat(log).anyMatch(l -> l.startsWith("[info] mixed-app   App.Util 1.1.0 (requested [1.*, ))"));
        assertThat(log).anyMatch(l -> l.startsWith("[info] Restored 1 package (0 downloaded)"));
        assertThat(feed.requests()).contains("GET /content/app.util/index.json");
    }

    @Test
    @InjectMojo(goal = "restore")
    void listedPackagesWithoutAFrameworkSaySo(RestoreMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "packageReferences", List.of(reference("App.Util", "1.0.0")));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("No target framework is given for the packages of mixed-app ([App.Util])")
                .hasMessageContaining("nuget.frameworks");
        setVariableValueToObject(mojo, "frameworks", List.of("dotnetcore99"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("'dotnetcore99' is not a target framework NuGet knows");
    }

    @Test
    @InjectMojo(goal = "restore")
    void aNugetRepositoryOfThePomWithItsSettingsServerCredentials(RestoreMojo mojo, @TempDir Path packages) throws Exception {
        try (ArtipieServer guarded = ArtipieServer.startWithBasicAuth("ci-reader", "reader-s3cret-771")) {
            guarded.pushOrFail(TestNupkg.of("Guarded.Lib", "2.0.0").files("lib/net8.0/Guarded.Lib.dll").writeTo(packages));
            Settings settings = new Settings();
            Server server = new Server();
            server.setId("corp-nuget");
            server.setUsername("ci-reader");
            server.setPassword("reader-s3cret-771");
            settings.addServer(server);
            when(session.getSettings()).thenReturn(settings);
            when(project.getRemoteProjectRepositories()).thenReturn(List.of(
                    new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2").build(),
                    new RemoteRepository.Builder("corp-nuget", "default", "nuget+" + guarded.serviceIndex()).build()));
            when(project.getDependencies()).thenReturn(List.of(nupkg("Guarded.Lib", "2.0.0")));
            configure(mojo);
            setVariableValueToObject(mojo, "frameworks", List.of("net8.0"));

            mojo.execute();

            assertThat(basedir.resolve("target/nuget/net8.0/compile/Guarded.Lib.dll")).isRegularFile();
            assertThat(Files.readString(basedir.resolve("target/nuget/summary/mixed-app.json"))).contains("\"source\" : \"corp-nuget\"");
            assertThat(String.join("\n", log)).doesNotContain("reader-s3cret-771");
        }
    }

    @Test
    @InjectMojo(goal = "restore")
    void skipsWhenAsked(RestoreMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "skip", true);
        mojo.execute();
        assertThat(log).containsExactly("[info] Skipping nuget:restore (nuget.skip)");
    }

    /**
     * Issue 19, item 9: the README listed {@code -Dnuget.username}/{@code -Dnuget.password} first for every goal,
     * but restore ignored them in silence. They are push's (a restore asks several sources, and one password
     * must not go to all of them): restore says so, without showing the password, and where restore credentials go.
     */
    @Test
    @InjectMojo(goal = "restore")
    void nugetUsernameAndPasswordAreNamedAsIgnoredWithWhereRestoreCredentialsGo(RestoreMojo mojo) throws Exception {
        listing(mojo, "net8.0", reference("App.Util", "1.0.0"));
        session.getUserProperties().setProperty("nuget.username", "ci-user");
        session.getUserProperties().setProperty("nuget.password", "S3cretPw");
        try {
            mojo.execute();
        } finally {
            session.getUserProperties().remove("nuget.username");
            session.getUserProperties().remove("nuget.password");
        }

        assertThat(log).anySatisfy(line -> assertThat(line).startsWith("[warn]").contains("nuget.username", "nuget.password",
                "nuget:push", "<server>", "packageSourceCredentials"));
        assertThat(String.join("\n", log)).doesNotContain("S3cretPw");
    }

    /** The mojo configured with {@code <packageReferences>} for one framework. */
    private void listing(RestoreMojo mojo, String framework, PackageReference... references) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "frameworks", List.of(framework));
        setVariableValueToObject(mojo, "packageReferences", List.of(references));
    }

    private void configure(RestoreMojo mojo) throws Exception {
        mojo.setLog(capturing());
        setVariableValueToObject(mojo, "outputDirectory", basedir.resolve("target/nuget").toFile());
        setVariableValueToObject(mojo, "lockFilePath", basedir.resolve("packages.lock.json").toFile());
    }

    /** A Maven dependency on a NuGet package, in the wagon's coordinates. */
    private static Dependency nupkg(String id, String version) {
        Dependency dependency = new Dependency();
        dependency.setGroupId("nuget");
        dependency.setArtifactId(id);
        dependency.setVersion(version);
        dependency.setType("nupkg");
        return dependency;
    }

    private static PackageReference reference(String id, String version) {
        PackageReference reference = new PackageReference();
        reference.setId(id);
        reference.setVersion(version);
        return reference;
    }

    private static void deleteTree(Path folder) throws Exception {
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private SystemStreamLog capturing() {
        return new CapturedLog(log, false);
    }
}
