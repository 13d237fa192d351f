package io.nugetbridge.core.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.frameworks.FrameworkReducer;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.packaging.PackageEntry;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which files of a package a framework (and runtime) uses, by NuGet's conventions and nearest framework. */
@RequiresCorpus
class AssetSelectorTest {

    private static final List<String> MULTI = List.of(
            "Multi.nuspec", "lib/net48/Multi.dll", "lib/net48/Multi.xml", "lib/netstandard2.0/Multi.dll",
            "lib/net8.0/Multi.dll", "lib/net8.0/Multi.pdb", "runtimes/win/lib/net8.0/Multi.dll",
            "runtimes/win-x64/native/multi_native.dll", "runtimes/linux-x64/native/libmulti_native.so",
            "runtimes/linux/native/libmulti_fallback.so", "content/readme.txt");

    private static SelectedAssets select(List<String> paths, String framework, String runtime) {
        NuGetFramework project = NuGetFramework.parse(framework);
        List<NuGetFramework> fallback = FrameworkReducer.defaultAssetTargetFallback(project);
        return AssetSelector.select(paths, project, fallback, Optional.ofNullable(runtime));
    }

    @ParameterizedTest(name = "{0} uses {1}")
    @CsvSource({
        "net48, lib/net48/Multi.dll", "net472, lib/netstandard2.0/Multi.dll", "net481, lib/net48/Multi.dll",
        "netstandard2.0, lib/netstandard2.0/Multi.dll", "netstandard2.1, lib/netstandard2.0/Multi.dll",
        "net8.0, lib/net8.0/Multi.dll", "net9.0, lib/net8.0/Multi.dll", "net6.0, lib/netstandard2.0/Multi.dll",
        "netcoreapp3.1, lib/netstandard2.0/Multi.dll", "net8.0-windows, lib/net8.0/Multi.dll"
    })
    void eachFrameworkTakesItsNearestFolder(String framework, String expected) {
        SelectedAssets assets = select(MULTI, framework, null);

        assertThat(assets.compile()).containsExactly(expected);
        assertThat(assets.runtime()).containsExactly(expected);
        assertThat(assets.nativeAssets()).isEmpty();
        assertThat(assets.viaFallback()).isFalse();
    }

    @Test
    void aFrameworkNothingFitsGetsNothing() {
        SelectedAssets assets = select(MULTI, "net45", null);

        assertThat(assets.isEmpty()).isTrue();
        assertThat(assets.compileFrom()).isEmpty();
    }

    @Test
    void aRuntimeTakesItsRuntimeFolderAndNativeFiles() {
        SelectedAssets windows = select(MULTI, "net8.0", "win-x64");
        assertThat(windows.runtime()).containsExactly("runtimes/win/lib/net8.0/Multi.dll");
        assertThat(windows.compile()).containsExactly("lib/net8.0/Multi.dll");
        assertThat(windows.nativeAssets()).containsExactly("runtimes/win-x64/native/multi_native.dll");

        SelectedAssets linux = select(MULTI, "net8.0", "linux-x64");
        assertThat(linux.runtime()).containsExactly("lib/net8.0/Multi.dll");
        assertThat(linux.nativeAssets()).containsExactly("runtimes/linux-x64/native/libmulti_native.so");

        assertThat(select(MULTI, "net8.0", "linux-arm64").nativeAssets()).containsExactly("runtimes/linux/native/libmulti_fallback.so");
        assertThat(select(MULTI, "net48", "win-x86").runtime()).containsExactly("lib/net48/Multi.dll");
    }

    @Test
    void refWinsForCompileWhateverLibHas() {
        List<String> paths = List.of("ref/netstandard2.0/Lib.dll", "lib/net48/Lib.dll", "lib/netstandard2.0/Lib.dll");

        SelectedAssets assets = select(paths, "net48", null);

        assertThat(assets.compile()).containsExactly("ref/netstandard2.0/Lib.dll");
        assertThat(assets.runtime()).containsExactly("lib/net48/Lib.dll");
    }

    @Test
    void filesRightUnderLibAreForTheNetFrameworkOnly() {
        List<String> paths = List.of("lib/Old.dll");

        assertThat(select(paths, "net48", null).runtime()).containsExactly("lib/Old.dll");
        assertThat(select(paths, "netstandard1.6", null).isEmpty()).isTrue();
        assertThat(select(paths, "netstandard1.6", null).compatible()).isFalse();
        assertThat(select(paths, "netstandard2.0", null).viaFallback()).as("the SDK's fallback for .NET Standard 2.0").isTrue();
        SelectedAssets net8 = select(paths, "net8.0", null);
        assertThat(net8.runtime()).containsExactly("lib/Old.dll");
        assertThat(net8.viaFallback()).as("only AssetTargetFallback lets .NET 8 take it (NU1701)").isTrue();
    }

    @Test
    void placeholdersAndTheRealSystemMemoryPackage() throws Exception {
        List<String> paths;
        try (PackageReader reader = PackageReader.open(Fixtures.path("nupkg/System.Memory.4.5.5.nupkg"))) {
            paths = reader.files().stream().map(PackageEntry::path).toList();
        }

        SelectedAssets net8 = select(paths, "net8.0", null);
        assertThat(net8.isEmpty()).as("ref/ and lib/netcoreapp2.1 hold only _._: the framework has it built in").isTrue();
        assertThat(net8.compileFrom()).contains(NuGetFramework.parse("netcoreapp2.1"));
        assertThat(select(paths, "net48", null).compile()).containsExactly("lib/net461/System.Memory.dll");
        assertThat(select(paths, "netstandard2.0", null).runtime()).containsExactly("lib/netstandard2.0/System.Memory.dll");
        assertThat(select(paths, "netstandard1.6", null).runtime()).containsExactly("lib/netstandard1.1/System.Memory.dll");
    }

    @Test
    void runtimeFallbacksFollowThePortableGraph() {
        assertThat(RuntimeFallbacks.of("linux-musl-x64")).containsExactly("linux-musl-x64", "linux-x64", "unix-x64",
                "linux-musl", "linux", "unix", "any");
        assertThat(RuntimeFallbacks.of("win10-x64")).containsExactly("win10-x64", "win-x64", "win10", "win", "any");
        assertThat(RuntimeFallbacks.of("osx-arm64")).containsExactly("osx-arm64", "unix-arm64", "osx", "unix", "any");
        assertThat(RuntimeFallbacks.of("ubuntu.22.04-x64")).containsExactly("ubuntu.22.04-x64", "linux-x64", "unix-x64",
                "ubuntu.22.04", "linux", "unix", "any");
        assertThat(RuntimeFallbacks.of("any")).containsExactly("any");
    }
}
