package io.nugetbridge.core.restore;

import io.nugetbridge.testing.RequiresCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.DiagnosticPolicy;
import io.nugetbridge.core.resolve.FeedFixtures;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.PackageResolver;
import io.nugetbridge.core.resolve.ResolveRequest;
import io.nugetbridge.core.resolve.ResolveResult;
import io.nugetbridge.core.resolve.TargetFrameworkRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The machine-readable summary: graph, versions, assets and diagnostics, as a later build step reads them. */
@RequiresCorpus
class RestoreSummaryTest {

    private static final Map<String, List<String>> FILES = Map.of(
            "modern", List.of("lib/net8.0/Modern.dll", "lib/netstandard2.0/Modern.dll", "Modern.nuspec"),
            "legacy", List.of("lib/net45/Legacy.dll", "lib/net45/Legacy.xml"),
            "onlynet8", List.of("lib/net8.0/OnlyNet8.dll", "OnlyNet8.nuspec"),
            "dependsonold", List.of("lib/netstandard2.0/DependsOnOld.dll"));

    @Test
    void theSummaryHasGraphVersionsAssetsAndDiagnostics(@TempDir Path temp) throws Exception {
        ResolveRequest request = ResolveRequest.of("App", List.of(
                TargetFrameworkRequest.of(NuGetFramework.parse("net8.0"), List.of(PackageDependency.of("Modern", "1.0"))),
                TargetFrameworkRequest.of(NuGetFramework.parse("netstandard2.0"), List.of(PackageDependency.of("Modern", "1.0")))));
        ResolveResult result;
        try (PackageResolver resolver = new PackageResolver(FeedFixtures.sources(feed -> feed
                .add("Modern", "1.1", "Legacy [2.0,3.0)").add("Legacy", "2.0")))) {
            result = resolver.resolve(request);
        }

        RestoreSummary summary = RestoreSummary.of(request, result, (id, version) -> FILES.get(id.toLowerCase()), Optional.empty());
        Path file = temp.resolve("nuget/restore-summary.json");
        RestoreSummaryJson.write(summary, file);
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));

        assertThat(json.get("project").asText()).isEqualTo("App");
        assertThat(json.get("succeeded").asBoolean()).isTrue();
        JsonNode net8 = json.get("frameworks").get(0);
        assertThat(net8.get("framework").asText()).isEqualTo("net8.0");
        assertThat(net8.get("frameworkName").asText()).isEqualTo(".NETCoreApp,Version=v8.0");
        assertThat(net8.get("dependencies").get(0).get("range").asText()).isEqualTo("[1.0.0, )");
        JsonNode modern = net8.get("packages").get(1);
        assertThat(modern.get("id").asText()).isEqualTo("Modern");
        assertThat(modern.get("version").asText()).isEqualTo("1.1.0");
        assertThat(modern.get("source").asText()).isEqualTo("feed");
        assertThat(modern.get("direct").asBoolean()).isTrue();
        assertThat(modern.get("folder").asText()).isEqualTo("Modern.1.1.0");
        assertThat(modern.get("dependencies").get(0).get("range").asText()).isEqualTo("[2.0.0, 3.0.0)");
        assertThat(modern.get("assets").get("compile").get(0).asText()).isEqualTo("lib/net8.0/Modern.dll");
        assertThat(modern.get("assets").get("compileFrom").asText()).isEqualTo("net8.0");
        JsonNode legacy = net8.get("packages").get(0);
        assertThat(legacy.get("direct").asBoolean()).isFalse();
        assertThat(legacy.has("requested")).isFalse();
        assertThat(legacy.get("assets").get("runtime").get(0).asText()).isEqualTo("lib/net45/Legacy.dll");
        assertThat(legacy.get("assets").get("viaFallback").asBoolean()).isTrue();
        JsonNode standard = json.get("frameworks").get(1);
        assertThat(standard.get("packages").get(0).get("assets").get("compile").get(0).asText())
                .as("netstandard2.0 has the SDK's AssetTargetFallback too").isEqualTo("lib/net45/Legacy.dll");
        assertThat(standard.get("packages").get(1).get("assets").get("compile").get(0).asText())
                .isEqualTo("lib/netstandard2.0/Modern.dll");

        assertThat(json.get("diagnostics")).extracting(d -> d.get("code").asText() + " " + d.get("level").asText()
                + " " + d.get("frameworks")).containsExactly(
                "NU1603 warning [\"net8.0\",\"netstandard2.0\"]", "NU1701 warning [\"netstandard2.0\"]");
        assertThat(json.get("diagnostics").get(1).get("message").asText()).startsWith("Package 'Legacy 2.0.0' was restored using")
                .as("once per package, for the first framework in NuGet's order: .NETStandard,Version=v2.0 before net8.0")
                .contains("instead of the project target framework '.NETStandard,Version=v2.0'");
    }

    @Test
    void aPackageWithNoAssemblyForAFrameworkIsNU1202AndFailsTheRestore() {
        ResolveRequest request = ResolveRequest.of("App", List.of(
                TargetFrameworkRequest.of(NuGetFramework.parse("net472"), List.of(PackageDependency.of("OnlyNet8", "1.0"))),
                TargetFrameworkRequest.of(NuGetFramework.parse("net8.0"), List.of(PackageDependency.of("OnlyNet8", "1.0")))));

        RestoreSummary summary = summarize(request, feed -> feed.add("OnlyNet8", "1.0"), Optional.of("win-x64"));

        assertThat(summary.succeeded()).isFalse();
        assertThat(summary.diagnostics()).extracting(d -> d.code() + " " + d.level() + " " + d.frameworks() + " " + d.message())
                .containsExactly(
                        "NU1202 ERROR [net472 (.NETFramework,Version=v4.7.2)] Package OnlyNet8 1.0.0 is not compatible with net472"
                                + " (.NETFramework,Version=v4.7.2). Package OnlyNet8 1.0.0 supports: net8.0 (.NETCoreApp,Version=v8.0)",
                        "NU1202 ERROR [net472 (.NETFramework,Version=v4.7.2)] Package OnlyNet8 1.0.0 is not compatible with net472"
                                + " (.NETFramework,Version=v4.7.2) / win-x64. Package OnlyNet8 1.0.0 supports: net8.0"
                                + " (.NETCoreApp,Version=v8.0)");
    }

    /**
     * NuGet.Commands.FuncTest RestoreCommandTests
     * Restore_WhenPackageDependenciesAreSelectedWithATF_AndPackageAssetsAreNot_DoesNotRaiseATFWarning: a dependency
     * group taken through the fallback is no NU1701 when the package's assets fit the framework itself; its
     * .NET Framework-only dependency is.
     */
    @Test
    void nu1701IsForAssetsTakenThroughTheFallbackNotForDependencyGroups() {
        ResolveRequest request = ResolveRequest.of("App", List.of(
                TargetFrameworkRequest.of(NuGetFramework.parse("net8.0"), List.of(PackageDependency.of("DependsOnOld", "1.0"))),
                TargetFrameworkRequest.of(NuGetFramework.parse("netcoreapp3.1"), List.of(PackageDependency.of("DependsOnOld", "1.0")))));

        RestoreSummary summary = summarize(request, feed -> feed.addGroups("DependsOnOld", "1.0", Map.of("net45", List.of("Legacy 2.0")))
                .add("Legacy", "2.0"), Optional.empty());

        assertThat(summary.succeeded()).isTrue();
        assertThat(summary.diagnostics()).extracting(d -> d.code() + " " + d.packageId().orElseThrow() + " " + d.message())
                .containsExactly("NU1701 Legacy Package 'Legacy 2.0.0' was restored using '.NETFramework,Version=v4.6.1,"
                        + " .NETFramework,Version=v4.6.2, .NETFramework,Version=v4.7, .NETFramework,Version=v4.7.1,"
                        + " .NETFramework,Version=v4.7.2, .NETFramework,Version=v4.8, .NETFramework,Version=v4.8.1' instead of the"
                        + " project target framework '.NETCoreApp,Version=v3.1'. This package may not be fully compatible with your"
                        + " project.");
        assertThat(summary.frameworks().get(0).packages()).extracting(p -> p.resolved().id() + " " + p.assets().viaFallback())
                .containsExactly("DependsOnOld false", "Legacy true");
    }

    /**
     * A restore that fails still builds NuGet's assets file, and NU1701 is said while building it (RestoreCommand
     * ExecuteAsync calls BuildAssetsFile whatever the graphs' state; LockFileBuilder warns for every resolved
     * package of {@code Flattened}); but the compatibility check, and so NU1202, runs only when no graph has an
     * unresolved package (RestoreCommand.VerifyCompatibilityAsync, {@code graphs.All(g => !g.Unresolved.Any())}).
     */
    @Test
    void aRestoreWithAnUnresolvedPackageStillWarnsNu1701ButChecksNoCompatibility() {
        ResolveRequest request = ResolveRequest.of("App", List.of(
                TargetFrameworkRequest.of(NuGetFramework.parse("netstandard2.0"), List.of(PackageDependency.of("Legacy", "2.0"),
                        PackageDependency.of("OnlyNet8", "1.0"))),
                TargetFrameworkRequest.of(NuGetFramework.parse("net8.0"), List.of(PackageDependency.of("Nowhere", "1.0")))));

        RestoreSummary summary = summarize(request, feed -> feed.add("Legacy", "2.0").add("OnlyNet8", "1.0"), Optional.empty());

        assertThat(summary.succeeded()).isFalse();
        assertThat(summary.diagnostics()).extracting(d -> d.code() + " " + d.level())
                .containsExactlyInAnyOrder("NU1101 ERROR", "NU1701 WARNING");
    }

    /** A downgrade made an error leaves no package unresolved, so NuGet checks compatibility too: NU1202 and NU1701. */
    @Test
    void aRestoreThatFailsWithADowngradeErrorStillChecksCompatibilityAndWarnsNu1701() {
        ResolveRequest request = ResolveRequest.of("App", List.of(
                TargetFrameworkRequest.of(NuGetFramework.parse("netstandard2.0"), List.of(PackageDependency.of("Legacy", "2.0"),
                        PackageDependency.of("OnlyNet8", "1.0"), PackageDependency.of("Wants", "1.0")))))
                .withPolicy(DiagnosticPolicy.DEFAULT.withDowngradesAsErrors());

        RestoreSummary summary = summarize(request, feed -> feed.add("Legacy", "2.0").add("Legacy", "3.0")
                .add("OnlyNet8", "1.0").add("Wants", "1.0", "Legacy [3.0, )"), Optional.empty());

        assertThat(summary.succeeded()).isFalse();
        assertThat(summary.diagnostics()).extracting(d -> d.code() + " " + d.level() + " " + d.packageId().orElse(""))
                .containsExactlyInAnyOrder("NU1605 ERROR Legacy", "NU1202 ERROR OnlyNet8", "NU1701 WARNING Legacy");
    }

    private static RestoreSummary summarize(ResolveRequest request, java.util.function.UnaryOperator<FeedFixtures.Filler> feed,
            Optional<String> runtime) {
        ResolveResult result;
        try (PackageResolver resolver = new PackageResolver(FeedFixtures.sources(feed))) {
            result = resolver.resolve(request);
        }
        return RestoreSummary.of(request, result, (id, version) -> FILES.getOrDefault(id.toLowerCase(), List.of()), runtime);
    }

    /** A .NET Framework assembly reference for every framework makes an old package fit net40 (not package-based frameworks). */
    @Test
    void frameworkAssembliesOfTheNuspecCountAsAssets() {
        PackageFiles files = new PackageFiles() {
            @Override
            public java.util.Collection<String> of(String id, io.nugetbridge.core.version.NuGetVersion version) {
                return List.of("lib/net45/Old.dll");
            }

            @Override
            public io.nugetbridge.core.assets.PackageContents contents(String id, io.nugetbridge.core.version.NuGetVersion version) {
                return new io.nugetbridge.core.assets.PackageContents(id, List.copyOf(of(id, version)), List.of(NuGetFramework.ANY),
                        List.of());
            }
        };
        ResolveRequest request = ResolveRequest.of("App", List.of(
                TargetFrameworkRequest.of(NuGetFramework.parse("net40"), List.of(PackageDependency.of("Old", "1.0"))),
                TargetFrameworkRequest.of(NuGetFramework.parse("netstandard1.6"), List.of(PackageDependency.of("Old", "1.0")))));
        ResolveResult result;
        try (PackageResolver resolver = new PackageResolver(FeedFixtures.sources(feed -> feed.add("Old", "1.0")))) {
            result = resolver.resolve(request);
        }

        RestoreSummary summary = RestoreSummary.of(request, result, files, Optional.empty());

        assertThat(summary.diagnostics()).extracting(d -> d.code() + " " + d.frameworks().get(0).shortFolderName())
                .containsExactly("NU1202 netstandard1.6");
    }
}
