package io.nugetbridge.core.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.frameworks.FrameworkReducer;
import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a package fits a framework at all (NU1202 when not), what counts as an asset, and when the whole package
 * falls back to an AssetTargetFallback framework: NuGet's CompatibilityChecker and LockFileUtils, with cases from
 * NuGet.Commands.Test CompatilibityCheckerTests and from NuGet.exe 5.8 restores of hand-made packages.
 */
class PackageCompatibilityTest {

    private static SelectedAssets select(String id, List<String> paths, String framework) {
        NuGetFramework project = NuGetFramework.parse(framework);
        return AssetSelector.select(PackageContents.of(id, paths), project, FrameworkReducer.defaultAssetTargetFallback(project),
                Optional.empty());
    }

    /**
     * CompatilibityCheckerTests.CompatilibityChecker_SingleFileVerifyCompatibilityAsync: a netstandard1.5 project,
     * packageA with the file and {@code lib/net462/_._} (so it does not pass for having no lib/ at all).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "lib/net45/a.dll, false", "lib/netstandard1.5/a.dll, true", "lib/netstandard1.0/a.dll, true",
        "lib/netstandard1.6/a.dll, false", "build/packageA.targets, true", "build/packageA.props, true",
        "build/netstandard1.3/packageA.targets, true", "build/netstandard1.3/packageA.props, true",
        "build/netstandard1.3/packageB.targets, false", "build/netstandard1.3/packageB.props, false",
        "buildCrossTargeting/packageA.targets, true", "buildCrossTargeting/packageA.props, true",
        "buildCrossTargeting/packageB.targets, false", "buildCrossTargeting/packageB.props, false",
        "buildMultiTargeting/packageA.targets, true", "buildMultiTargeting/packageA.props, true",
        "buildMultiTargeting/packageB.targets, false", "buildMultiTargeting/packageB.props, false",
        "build/_._, true", "build/netstandard1.3/_._, true", "buildCrossTargeting/_._, true",
        "contentFiles/any/any/_._, true", "contentFiles/any/any/a.txt, true", "contentFiles/cs/netstandard/a.txt, true",
        "contentFiles/cs/net45/a.txt, false"
    })
    void nugetsSingleFileCases(String file, boolean compatible) {
        assertThat(select("packageA", List.of(file, "lib/net462/_._"), "netstandard1.5").compatible()).isEqualTo(compatible);
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource({
        "lib/net8.0/a.dll, net472, false", "lib/netstandard2.1/a.dll, net472, false",
        "lib/net8.0/a.dll, netstandard2.0, false", "lib/net8.0/a.dll, netcoreapp3.1, false",
        "lib/net8.0/_._, net472, false", "lib/net8.0/_._, net8.0, true", "lib/net8.0/a.xml, net8.0, false",
        "lib/net7.0/sub/a.dll, net8.0, false", "ref/a.dll, net8.0, false", "content/x.txt, net472, true",
        "runtimes/win-x64/native/a.dll, net472, true", "tools/install.ps1, net472, true", "build/net8.0/Other.targets, net8.0, true"
    })
    void packagesWithAssembliesMustHaveSomeForTheFramework(String file, String framework, boolean compatible) {
        assertThat(select("Other", List.of(file), framework).compatible()).isEqualTo(compatible);
    }

    @Test
    void aBuildFileNamedAfterThePackageOrContentFilesForTheFrameworkMakeItFit() {
        assertThat(select("BuildAny", List.of("build/BuildAny.props", "lib/net8.0/a.dll"), "net472").compatible()).isTrue();
        assertThat(select("BuildOther", List.of("build/net8.0/Other.targets", "lib/net8.0/a.dll"), "net472").compatible()).isFalse();
        assertThat(select("ContentOld", List.of("content/x.txt", "lib/net8.0/a.dll"), "net472").compatible())
                .as("content/ is not contentFiles/").isFalse();
        assertThat(select("P", List.of("contentFiles/cs/net472/x.cs", "lib/net8.0/a.dll"), "net472").compatible()).isTrue();
    }

    @Test
    void frameworkAssembliesCountForFrameworksThatAreNotPackageBased() {
        PackageContents contents = new PackageContents("Old", List.of("lib/net45/Old.dll"), List.of(NuGetFramework.ANY), List.of());

        assertThat(AssetSelector.select(contents, NuGetFramework.parse("net40"), List.of(), Optional.empty()).compatible()).isTrue();
        assertThat(AssetSelector.select(contents, NuGetFramework.parse("netstandard1.6"), List.of(), Optional.empty()).compatible())
                .isFalse();
    }

    @Test
    void frameworkReferencesForTheProjectFrameworkStopTheFallback() {
        PackageContents contents = new PackageContents("Web", List.of("lib/net472/Web.dll"), List.of(),
                List.of(NuGetFramework.parse("netcoreapp3.1")));
        NuGetFramework net8 = NuGetFramework.parse("net8.0");

        SelectedAssets assets = AssetSelector.select(contents, net8, FrameworkReducer.defaultAssetTargetFallback(net8), Optional.empty());

        assertThat(assets.compatible()).isTrue();
        assertThat(assets.viaFallback()).isFalse();
        assertThat(assets.compile()).isEmpty();
    }

    @Test
    void netStandardTwoTakesNetFrameworkOnlyPackagesThroughTheFallback() {
        SelectedAssets assets = select("Legacy", List.of("lib/net45/Legacy.dll"), "netstandard2.0");

        assertThat(assets.compatible()).isTrue();
        assertThat(assets.viaFallback()).isTrue();
        assertThat(assets.compile()).containsExactly("lib/net45/Legacy.dll");
        assertThat(assets.runtime()).containsExactly("lib/net45/Legacy.dll");
        assertThat(select("Legacy", List.of("lib/net45/Legacy.dll"), "netstandard1.6").compatible()).isFalse();
    }

    /** Compile from ref/ fits the project's framework, so nothing falls back, not even the runtime (LockFileUtils). */
    @Test
    void theFallbackIsForTheWholePackageNotPerKindOfAsset() {
        SelectedAssets assets = select("Split", List.of("ref/netstandard2.0/Split.dll", "lib/net461/Split.dll"), "net8.0");

        assertThat(assets.viaFallback()).isFalse();
        assertThat(assets.compile()).containsExactly("ref/netstandard2.0/Split.dll");
        assertThat(assets.runtime()).isEmpty();

        SelectedAssets refNet8 = select("RefNet8", List.of("ref/net8.0/a.dll", "lib/net472/a.dll"), "netcoreapp3.1");
        assertThat(refNet8.viaFallback()).as("NuGet.exe 5.8: NU1701 for RefNet8 on netcoreapp3.1").isTrue();
        assertThat(refNet8.compile()).containsExactly("lib/net472/a.dll");
    }

    /**
     * NuGet.exe 5.8 restored this for net8.0 with NU1701: {@code lib/net7.0/} (only a sub-folder) is the nearest
     * folder and gives nothing, so the package falls back to net461, which takes {@code lib/netstandard2.0/}.
     */
    @Test
    void aNearestFolderWithNoAssemblyMakesThePackageFallBack() {
        List<String> paths = List.of("lib/net7.0/sub/a.dll", "lib/netstandard2.0/a.dll");

        SelectedAssets net8 = select("SubDir", paths, "net8.0");
        assertThat(net8.viaFallback()).isTrue();
        assertThat(net8.runtime()).containsExactly("lib/netstandard2.0/a.dll");
        SelectedAssets core31 = select("SubDir", paths, "netcoreapp3.1");
        assertThat(core31.viaFallback()).isFalse();
        assertThat(core31.runtime()).containsExactly("lib/netstandard2.0/a.dll");
    }

    @Test
    void supportedFrameworksAreLibRefResourcesEmbedAndContentFilesWithItems() {
        List<String> multi = List.of("lib/net8.0/a.dll", "lib/netstandard2.1/a.dll", "contentFiles/cs/net8.0/x.cs",
                "lib/net5.0/fr/a.resources.dll", "runtimes/win/lib/net6.0/a.dll", "lib/net7.0/sub/a.dll",
                "ref/netcoreapp3.1/a.dll", "embed/net6.0/a.dll", "build/net9.0/Multi.targets", "lib/net10.0/a.dll");

        List<String> names = new ArrayList<>(SupportedFrameworks.of(multi).stream().map(NuGetFramework::shortFolderName).toList());

        assertThat(names).containsExactlyInAnyOrder("net8.0", "netstandard2.1", "net5.0", "netcoreapp3.1", "net6.0", "net10.0");
        assertThat(SupportedFrameworks.of(List.of("lib/net8.0/_._"))).extracting(NuGetFramework::shortFolderName)
                .containsExactly("net8.0");
        assertThat(SupportedFrameworks.of(List.of("lib/net8.0/a.xml", "ref/a.dll", "lib/any/_._"))).isEmpty();
    }
}
