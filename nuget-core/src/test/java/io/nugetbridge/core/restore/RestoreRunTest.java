package io.nugetbridge.core.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.CredentialChain;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.config.PackageSource;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.packaging.PackageBuilder;
import io.nugetbridge.core.project.LockFileSettings;
import io.nugetbridge.core.resolve.DiagnosticPolicy;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.TestNupkg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore from a folder source, no HTTP: the source list (disabled sources, duplicates), the global packages
 * folder's versions, two inputs that would put different files on one name, and signature validation refusing an
 * unsigned package before anything of it is extracted.
 */
class RestoreRunTest {

    @TempDir
    Path work;

    private Path feed;
    private Path globalPackages;

    @BeforeEach
    void folderFeed() {
        feed = work.resolve("feed");
        globalPackages = work.resolve("global-packages");
        TestNupkg.of("Lib.A", "1.0.0").files("lib/netstandard2.0/Lib.A.dll").writeTo(feed);
        // Version 2.0.0's assembly differs from 1.0.0's (TestNupkg writes each file's path as its content).
        PackageBuilder.of(NuspecReader.parse("<package><metadata><id>Lib.A</id><version>2.0.0</version><authors>t</authors>"
                + "<description>t</description></metadata></package>", "Lib.A.nuspec"))
                .addFile("lib/netstandard2.0/Lib.A.dll", "Lib.A 2.0.0".getBytes(StandardCharsets.UTF_8)).writeToFolder(feed);
    }

    @Test
    void twoInputsWithDifferentVersionsOfOnePackageInOneFrameworkFolderFailNamingBoth() throws IOException {
        NuGetConfig config = config("");
        try (RestoreSession session = session(config)) {
            assertThatThrownBy(() -> session.run(List.of(unit("first", "1.0.0"), unit("second", "2.0.0")), work.resolve("out"),
                    Optional.empty()))
                    .isInstanceOf(RestoreException.class)
                    .hasMessageContaining("Two different files would be compile/Lib.A.dll")
                    .hasMessageContaining("Lib.A 2.0.0 (second)")
                    .hasMessageContaining("Lib.A 1.0.0 (first)");
        }
        assertThat(session(config).globalPackagesFolder().versions("lib.a"))
                .containsExactly(NuGetVersion.parse("1.0.0"), NuGetVersion.parse("2.0.0"));
    }

    @Test
    void aDisabledSourceStaysOffWhenTheBuildAddsItAgainAndADuplicateIsAddedOnce() throws IOException {
        NuGetConfig config = config("<disabledPackageSources><add key=\"extra\" value=\"true\" /></disabledPackageSources>");
        PackageSource extra = PackageSource.given("extra", work.resolve("elsewhere").toString(), false);
        PackageSource again = PackageSource.given("again", feed.toString(), false);

        assertThat(SourceList.enabled(config, List.of(extra, again))).extracting(PackageSource::name).containsExactly("local");
    }

    @Test
    void requireModeRefusesAnUnsignedPackageBeforeExtractingIt() throws IOException {
        NuGetConfig config = config("<config><add key=\"signatureValidationMode\" value=\"require\" /></config>");
        try (RestoreSession session = session(config)) {
            assertThatThrownBy(() -> session.run(List.of(unit("app", "1.0.0")), work.resolve("out"), Optional.empty()))
                    .isInstanceOf(RestoreException.class)
                    .hasMessageContaining("Lib.A 1.0.0")
                    .hasMessageContaining("is not signed, and signatureValidationMode is require");
        }
        assertThat(globalPackages.resolve("lib.a/1.0.0")).doesNotExist();
        assertThat(work.resolve("out/packages")).doesNotExist();
    }

    /**
     * NuGet installs what it resolved and builds the assets file even when the restore fails (RestoreCommand
     * ExecuteAsync: BuildAssetsFile, then VerifyCompatibilityAsync), so a restore failing with NU1605 still says
     * NU1701 and NU1202 for the packages it resolved. Ours says them too, and a failed unit still gets nothing in
     * the output folder: no extracted package, no summary, no lock file, no framework folder.
     */
    @Test
    void aFailedRestoreStillReportsFallbackAndIncompatiblePackagesButWritesNothingToTheOutput() throws IOException {
        TestNupkg.of("Old.A", "1.0.0").group("", "Lib.A [2.0.0, )").files("lib/net45/Old.A.dll").writeTo(feed);
        TestNupkg.of("New.A", "1.0.0").files("lib/net8.0/New.A.dll").writeTo(feed);
        ReferenceUnit unit = ReferenceUnit.of("app", List.of("netstandard2.0"), List.of(PackageDependency.of("Old.A", "1.0.0"),
                PackageDependency.of("Lib.A", "1.0.0"), PackageDependency.of("New.A", "1.0.0")),
                DiagnosticPolicy.DEFAULT.withDowngradesAsErrors(), new LockFileSettings(true, false, work.resolve("app.lock.json")));
        Path out = work.resolve("out");

        RestoreReport report;
        try (RestoreSession session = session(config(""))) {
            report = session.run(List.of(unit), out, Optional.empty());
        }

        assertThat(report.succeeded()).isFalse();
        assertThat(report.units().get(0).diagnostics()).extracting(d -> d.code() + " " + d.level() + " " + d.packageId().orElse(""))
                .containsExactlyInAnyOrder("NU1605 ERROR Lib.A", "NU1701 WARNING Old.A", "NU1202 ERROR New.A");
        assertThat(report.units().get(0).summary()).isEmpty();
        assertThat(report.units().get(0).lockFile()).isEmpty();
        assertThat(out.resolve("packages")).doesNotExist();
        assertThat(out.resolve("summary")).doesNotExist();
        assertThat(out.resolve("netstandard2.0")).doesNotExist();
        assertThat(work.resolve("app.lock.json")).doesNotExist();
        assertThat(globalPackages.resolve("old.a/1.0.0")).as("NuGet installs what it resolved, failed or not").isDirectory();
    }

    /**
     * The interop suite's seed 20261206 graph g133: a package with lib/net472 and dependency groups net45 and
     * netstandard2.0 (empty), in a project for net472, netstandard2.0 and net8.0. Its net45 group asks for a higher
     * version than the project's, a downgrade (NU1605, an error in the SDK) on net472 only; the restore fails, yet
     * NuGet.exe still says NU1701 for the lib/net472 assets, once, for netstandard2.0 (first in its order).
     */
    @Test
    void aDowngradeInOneFrameworkStillLeavesTheFallbackWarningOfAnother() throws IOException {
        TestNupkg.of("Mixed", "1.0.0").group("net45", "Lib.A [2.0.0, )").group("netstandard2.0")
                .files("lib/net472/Mixed.dll").writeTo(feed);
        ReferenceUnit unit = ReferenceUnit.of("app", List.of("net472", "netstandard2.0", "net8.0"),
                List.of(PackageDependency.of("Mixed", "1.0.0"), PackageDependency.of("Lib.A", "1.0.0")),
                DiagnosticPolicy.DEFAULT.withDowngradesAsErrors(), new LockFileSettings(false, false, work.resolve("app.lock.json")));

        RestoreReport report;
        try (RestoreSession session = session(config(""))) {
            report = session.run(List.of(unit), work.resolve("out"), Optional.empty());
        }

        assertThat(report.units().get(0).diagnostics()).extracting(d -> d.code() + " " + d.level() + " "
                + d.packageId().orElse("") + " " + d.frameworks().stream().map(f -> f.shortFolderName()).toList())
                .containsExactlyInAnyOrder("NU1605 ERROR Lib.A [net472]", "NU1701 WARNING Mixed [netstandard2.0]");
    }

    private ReferenceUnit unit(String name, String version) {
        return ReferenceUnit.of(name, List.of("netstandard2.0"), List.of(PackageDependency.of("Lib.A", "[" + version + "]")),
                DiagnosticPolicy.DEFAULT, new LockFileSettings(false, false, work.resolve(name + ".lock.json")));
    }

    private NuGetConfig config(String more) throws IOException {
        Path project = Files.createDirectories(work.resolve("project"));
        Files.writeString(project.resolve("nuget.config"), "<configuration><packageSources><clear/><add key=\"local\" value=\""
                + feed + "\" /></packageSources>" + more + "</configuration>");
        return NuGetConfig.load(ConfigLocations.onlyFile(project.resolve("nuget.config")), environment());
    }

    private RestoreSession session(NuGetConfig config) {
        return RestoreSession.open(config, List.of(), CredentialChain.standard(environment(), config, Optional.empty()),
                HttpSettings.defaults(), false, work.resolve("home"), NuGetLog.SILENT);
    }

    private Map<String, String> environment() {
        return Map.of("NUGET_PACKAGES", globalPackages.toString());
    }
}
