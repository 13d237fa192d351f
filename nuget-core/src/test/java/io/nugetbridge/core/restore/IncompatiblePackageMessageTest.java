package io.nugetbridge.core.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.assets.SupportedFrameworks;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** NU1202's text, as NuGet's CompatibilityIssue.Format writes it (expected strings from NuGet's CompatilibityCheckerTests). */
class IncompatiblePackageMessageTest {

    private static Diagnostic message(String framework, Optional<String> runtime, String... paths) {
        return IncompatiblePackageMessage.of("packageA", NuGetVersion.parse("1.0.0"), NuGetFramework.parse(framework), runtime,
                SupportedFrameworks.of(List.of(paths)));
    }

    @Test
    void severalSupportedFrameworksAreListedOnTheirOwnLinesSorted() {
        Diagnostic error = message("netstandard1.0", Optional.empty(), "lib/netstandard1.1/a.dll", "contentFiles/any/win81/a.dll",
                "ref/netstandard1.2/a.dll", "runtimes/win7-x86/lib/netstandard1.3/a.dll", "runtimes/win7-x86/native/a.dll",
                "runtimes/win8/lib/netstandard1.4/a.dll");

        assertThat(error.code()).isEqualTo("NU1202");
        assertThat(error.isError()).isTrue();
        assertThat(error.packageId()).contains("packageA");
        assertThat(error.message()).isEqualTo("Package packageA 1.0.0 is not compatible with netstandard1.0"
                + " (.NETStandard,Version=v1.0). Package packageA 1.0.0 supports:\n  - netstandard1.1 (.NETStandard,Version=v1.1)\n"
                + "  - netstandard1.2 (.NETStandard,Version=v1.2)\n  - win81 (Windows,Version=v8.1)");
    }

    @Test
    void oneSupportedFrameworkStaysOnTheLine() {
        assertThat(message("netstandard1.0", Optional.empty(), "lib/netstandard1.1/valid.dll", "lib/netstandard1.0/x86/invalid.dll")
                .message()).isEqualTo("Package packageA 1.0.0 is not compatible with netstandard1.0 (.NETStandard,Version=v1.0)."
                        + " Package packageA 1.0.0 supports: netstandard1.1 (.NETStandard,Version=v1.1)");
    }

    @Test
    void noSupportedFrameworkSaysSo() {
        assertThat(message("netstandard1.0", Optional.empty(), "ref/a.dll").message()).isEqualTo("Package packageA 1.0.0 is not"
                + " compatible with netstandard1.0 (.NETStandard,Version=v1.0). Package packageA 1.0.0 does not support any target"
                + " frameworks.");
    }

    /** As NuGet.exe 5.8 printed it for a package with those folders restored for net472 (net10.0 sorts before net5.0). */
    @Test
    void aRuntimeGraphNamesTheRuntimeAndTheOrderIsTextual() {
        Diagnostic error = message("net472", Optional.of("win-x64"), "lib/net8.0/a.dll", "lib/netstandard2.1/a.dll",
                "contentFiles/cs/net8.0/x.cs", "lib/net5.0/fr/a.resources.dll", "ref/netcoreapp3.1/a.dll", "embed/net6.0/a.dll",
                "lib/net10.0/a.dll");

        assertThat(error.message()).isEqualTo("Package packageA 1.0.0 is not compatible with net472 (.NETFramework,Version=v4.7.2)"
                + " / win-x64. Package packageA 1.0.0 supports:\n  - net10.0 (.NETCoreApp,Version=v10.0)\n"
                + "  - net5.0 (.NETCoreApp,Version=v5.0)\n  - net6.0 (.NETCoreApp,Version=v6.0)\n  - net8.0 (.NETCoreApp,Version=v8.0)\n"
                + "  - netcoreapp3.1 (.NETCoreApp,Version=v3.1)\n  - netstandard2.1 (.NETStandard,Version=v2.1)");
    }
}
