package io.nugetbridge.core.project;

import io.nugetbridge.testing.RequiresCorpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.FeedFixtures;
import io.nugetbridge.core.resolve.PackageResolver;
import io.nugetbridge.core.resolve.PackageSources;
import io.nugetbridge.core.resolve.ResolveRequest;
import io.nugetbridge.core.resolve.ResolveResult;
import io.nugetbridge.core.version.VersionRange;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The test projects of src/test/resources/projects, read with MSBuild's and NuGet's rules. */
@RequiresCorpus
class ProjectFileReaderTest {

    @Test
    void centralPackageManagementAcrossTwoFrameworks() {
        Path file = TestProjects.path("central/src/Shop.Api/Shop.Api.csproj");

        ProjectFile project = ProjectFileReader.read(file);

        assertThat(project.name()).isEqualTo("Shop.Api");
        assertThat(project.centralPackageManagement()).isTrue();
        assertThat(project.frameworks()).extracting(ProjectFramework::alias).containsExactly("net8.0", "net48");
        ProjectFramework net8 = project.frameworks().get(0);
        assertThat(net8.packageReferences()).extracting(r -> r.id() + " " + r.range().toNormalizedString() + " " + r.origin())
                .containsExactly("StyleCop.Analyzers [1.1.118, ) GLOBAL_PACKAGE_REFERENCE",
                        "Newtonsoft.Json [13.0.3, ) PACKAGE_VERSION",
                        "Serilog [3.1.1, 4.0.0) PACKAGE_VERSION",
                        "Polly [7.2.4, ) VERSION_OVERRIDE");
        assertThat(net8.packageReferences().get(1).file().getFileName().toString()).isEqualTo("Directory.Packages.props");
        assertThat(project.frameworks().get(1).packageReferences()).extracting(ProjectPackageReference::id)
                .containsExactly("StyleCop.Analyzers", "Newtonsoft.Json", "Serilog", "Polly", "System.Memory");
        assertThat(net8.assetTargetFallback()).extracting(NuGetFramework::shortFolderName)
                .containsExactly("net461", "net462", "net47", "net471", "net472", "net48", "net481");
        assertThat(project.frameworks().get(1).assetTargetFallback()).isEmpty();
    }

    @Test
    void directoryBuildPropsGivesLockFileAndWarningSettings() {
        ProjectFile project = ProjectFileReader.read(TestProjects.path("central/src/Shop.Api/Shop.Api.csproj"));

        assertThat(project.lockFile().enabled()).isTrue();
        assertThat(project.lockFile().lockedMode()).isFalse();
        assertThat(project.lockFile().path()).isEqualTo(project.file().getParent().resolve("packages.lock.json"));
        assertThat(project.policy().noWarn()).containsExactly("NU1603");
        assertThat(project.policy().warningsAsErrors()).containsExactly("NU1605");
        ResolveRequest request = project.toResolveRequest();
        assertThat(request.projectName()).isEqualTo("Shop.Api");
        assertThat(request.lockFileEnabled()).isTrue();
        assertThat(request.frameworks()).extracting(f -> f.framework().shortFolderName()).containsExactly("net8.0", "net48");
    }

    @Test
    void theCentralProjectResolvesWithItsOwnWarningPolicy() {
        ProjectFile project = ProjectFileReader.read(TestProjects.path("central/src/Shop.Api/Shop.Api.csproj"));
        PackageSources sources = FeedFixtures.sources(feed -> feed
                .add("StyleCop.Analyzers", "1.1.118").add("Newtonsoft.Json", "13.0.3").add("Serilog", "3.1.2")
                .add("Polly", "7.2.4").add("System.Memory", "4.5.5", "System.Buffers 4.5.1").add("System.Buffers", "4.5.1"));

        ResolveResult result;
        try (PackageResolver resolver = new PackageResolver(sources)) {
            result = resolver.resolve(project.toResolveRequest());
        }

        assertThat(result.graphs()).extracting(g -> g.framework().shortFolderName() + " " + g.packages().stream()
                .map(p -> p.toString()).toList()).containsExactly(
                "net8.0 [Newtonsoft.Json 13.0.3, Polly 7.2.4, Serilog 3.1.2, StyleCop.Analyzers 1.1.118]",
                "net48 [Newtonsoft.Json 13.0.3, Polly 7.2.4, Serilog 3.1.2, StyleCop.Analyzers 1.1.118, System.Buffers 4.5.1,"
                        + " System.Memory 4.5.5]");
        // Serilog 3.1.1 does not exist. With a lock file NuGet skips NU1603 and says NU1601 instead, which
        // Directory.Build.props does not silence (it silences NU1603 only).
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("NU1601");
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).isEqualTo("Dependency specified was Serilog (>= 3.1.1 && < 4.0.0) but ended up with Serilog 3.1.2.");
            assertThat(d.frameworks()).extracting(f -> f.shortFolderName()).containsExactly("net8.0", "net48");
        });
    }

    @Test
    void versionsFromAttributesChildElementsPropertiesUpdatesAndConditions() {
        ProjectFile project = ProjectFileReader.read(TestProjects.path("plain/Tools.fsproj"));

        assertThat(project.centralPackageManagement()).isFalse();
        ProjectFramework standard = project.frameworks().get(0);
        assertThat(standard.framework()).isEqualTo(NuGetFramework.parse("netstandard2.0"));
        assertThat(standard.packageReferences()).extracting(r -> r.id() + " " + r.range().toNormalizedString() + " " + r.origin())
                .containsExactly("FSharp.Core [6.0.1, ) VERSION", "Argu [6.1.1, ) VERSION", "Unversioned (, ) NONE",
                        "NotOnNet48 [2.0.0, 2.0.0] VERSION");
        assertThat(standard.packageReferences().get(2).range()).isEqualTo(VersionRange.ALL);
        assertThat(project.policy().treatWarningsAsErrors()).isTrue();
        assertThat(project.policy().noWarn()).containsExactlyInAnyOrder("NU1701", "NU1604");
        assertThat(project.policy().warningsAsErrors()).containsExactlyInAnyOrder("NU1603", "NU1605");
        assertThat(project.lockFile().enabled()).isFalse();
    }

    @Test
    void aVersionOnAReferenceUnderCentralManagementIsNU1008() {
        Path file = TestProjects.path("version-on-reference/App.csproj");

        assertThatThrownBy(() -> ProjectFileReader.read(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": NU1008: Projects that use central package version management should not define the version"
                        + " on the PackageReference items but on the PackageVersion items: Newtonsoft.Json. Move each version"
                        + " to a <PackageVersion> in Directory.Packages.props, or write it as VersionOverride.")
                .satisfies(e -> assertThat(((ProjectFileException) e).code()).contains("NU1008"));
    }

    @Test
    void referencesWithoutPackageVersionAreNU1010() {
        assertThatThrownBy(() -> ProjectFileReader.read(TestProjects.path("missing-package-version/App.csproj")))
                .hasMessageContaining("NU1010: The PackageReference items Dapper;Polly do not have corresponding PackageVersion.");
    }

    @Test
    void aProjectWithoutFrameworkSaysWhatToSet() {
        Path file = TestProjects.path("no-framework/App.csproj");

        assertThatThrownBy(() -> ProjectFileReader.read(file))
                .hasMessage(file + " (line 1): NU1001: the project sets neither TargetFramework nor TargetFrameworks; set one"
                        + " of them, or give the frameworks in the restore goal's configuration");
    }

    @Test
    void aDoctypeIsRefusedBeforeParsing() {
        assertThatThrownBy(() -> ProjectFileReader.read(TestProjects.path("doctype/App.csproj")))
                .hasMessageContaining("(line 2): contains a DOCTYPE; a project file must not declare DTDs or entities");
    }
}
