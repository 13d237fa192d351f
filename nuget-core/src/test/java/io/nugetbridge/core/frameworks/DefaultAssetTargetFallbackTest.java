package io.nugetbridge.core.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.repository.DependencyGroupChoice;
import io.nugetbridge.core.spec.Dependencies;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The .NET SDK's implicit AssetTargetFallback: Microsoft.NET.Sdk.BeforeCommon.targets (dotnet/sdk) appends
 * {@code net461;net462;net47;net471;net472;net48;net481} when {@code _IsNETCoreOrNETStandard} is true (the
 * identifier is .NETCoreApp or .NETStandard) and {@code _TargetFrameworkVersionWithoutV >= 2.0}.
 */
class DefaultAssetTargetFallbackTest {

    @ParameterizedTest
    @ValueSource(strings = {"netcoreapp2.0", "netcoreapp2.1", "netcoreapp3.0", "netcoreapp3.1", "net5.0", "net8.0",
        "net8.0-windows", "net10.0", "netstandard2.0", "netstandard2.1"})
    void netCoreAndNetStandardTwoAndLaterFallBackToNetFramework(String framework) {
        assertThat(FrameworkReducer.defaultAssetTargetFallback(NuGetFramework.parse(framework)))
                .extracting(NuGetFramework::shortFolderName)
                .containsExactly("net461", "net462", "net47", "net471", "net472", "net48", "net481");
    }

    @ParameterizedTest
    @ValueSource(strings = {"netcoreapp1.0", "netcoreapp1.1", "netstandard1.6", "netstandard1.0", "net472", "net48",
        "net45", "uap10.0", "monoandroid10.0"})
    void otherFrameworksHaveNone(String framework) {
        assertThat(FrameworkReducer.defaultAssetTargetFallback(NuGetFramework.parse(framework))).isEmpty();
    }

    /** The wagon's dependency group for a POM follows the same rule: a .NET Framework-only group reaches netstandard2.0. */
    @ParameterizedTest
    @ValueSource(strings = {"netstandard2.0", "netcoreapp3.1", "netcoreapp2.1", "net8.0"})
    void dependencyGroupsOfNetFrameworkOnlyPackagesReachFrameworksWithTheFallback(String framework) {
        Dependencies groups = Dependencies.grouped(List.of(new DependencyGroup(".NETFramework4.5",
                List.of(Dependency.of("Old.Dep", "1.0")))));

        assertThat(DependencyGroupChoice.forFramework(groups, NuGetFramework.parse(framework)))
                .hasValueSatisfying(g -> assertThat(g.targetFramework()).isEqualTo(".NETFramework4.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"netstandard1.6", "netcoreapp1.1"})
    void butNotFrameworksBeforeTwo(String framework) {
        Dependencies groups = Dependencies.grouped(List.of(new DependencyGroup(".NETFramework4.5",
                List.of(Dependency.of("Old.Dep", "1.0")))));

        assertThat(DependencyGroupChoice.forFramework(groups, NuGetFramework.parse(framework))).isEmpty();
    }
}
