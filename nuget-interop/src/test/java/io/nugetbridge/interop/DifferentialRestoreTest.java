package io.nugetbridge.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One graph per NuGet rule, restored by NuGet.exe 5.8 and by our restore from the same folder feed (all graphs in
 * one feed, their ids prefixed, all projects in one dgspec so that NuGet.exe runs once). Each test first asserts
 * what NuGet does (its rule, with where NuGet.Client has it), then that we do the same: per framework the
 * resolved (id, version) set and the NU codes with their levels.
 */
@RequiresNuGetExe
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialRestoreTest {

    private static final List<String> STD = List.of("netstandard2.0");

    private final List<FeedPackage> feed = new ArrayList<>();
    private final List<ProjectSpec> projects = new ArrayList<>();
    private Map<String, Differential.Comparison> results;

    @BeforeAll
    void restoreAllGraphsWithBothClients(@TempDir Path work) {
        // Lowest applicable version (NuGet.DependencyResolver.Core ... SourceRepositoryDependencyProvider, the
        // range's FindBestMatch): the lowest version in range, for the project and for a dependency.
        add(ProjectSpec.of("lowest", STD, "Low.A [1.0.0, )"),
                FeedPackage.of("Low.A", "1.0.0").dependsOn("Low.B [1.1.0, )"), FeedPackage.of("Low.A", "1.5.0"),
                FeedPackage.of("Low.A", "2.0.0"), FeedPackage.of("Low.B", "1.0.0"), FeedPackage.of("Low.B", "1.1.0"),
                FeedPackage.of("Low.B", "1.2.0"));
        // Floating versions (NuGet.Versioning FloatRange): 1.* is the highest 1.x stable, * the highest stable,
        // 1.0.0-* the highest 1.0.0 prerelease when there is no 1.0.0.
        add(ProjectSpec.of("float-minor", STD, "Flt.A 1.*"), FeedPackage.of("Flt.A", "1.0.0"),
                FeedPackage.of("Flt.A", "1.2.0"), FeedPackage.of("Flt.A", "1.10.0"), FeedPackage.of("Flt.A", "2.0.0"));
        add(ProjectSpec.of("float-any", STD, "Fla.A *"), FeedPackage.of("Fla.A", "1.0.0"),
                FeedPackage.of("Fla.A", "2.0.0"), FeedPackage.of("Fla.A", "3.0.0-beta"));
        add(ProjectSpec.of("float-prerelease", STD, "Flp.A 1.0.0-*"), FeedPackage.of("Flp.A", "1.0.0-alpha"),
                FeedPackage.of("Flp.A", "1.0.0-beta"), FeedPackage.of("Flp.A", "0.9.0"));
        // Prerelease: a range whose bound is a prerelease takes the lowest version at or above it.
        add(ProjectSpec.of("prerelease", STD, "Pre.A [1.0.0-beta.1, )"),
                FeedPackage.of("Pre.A", "1.0.0-beta.1").dependsOn("Pre.B [2.0.0-rc.1, )"),
                FeedPackage.of("Pre.A", "1.0.0-beta.2"), FeedPackage.of("Pre.A", "1.0.0"),
                FeedPackage.of("Pre.B", "2.0.0-rc.1"), FeedPackage.of("Pre.B", "2.0.0"));
        // Nearest wins: the project's own reference beats a deeper one (no downgrade: it is higher).
        add(ProjectSpec.of("nearest", STD, "Near.A [1.0.0, )", "Near.C [3.0.0, )"),
                FeedPackage.of("Near.A", "1.0.0").dependsOn("Near.C [2.0.0, )"), FeedPackage.of("Near.C", "2.0.0"),
                FeedPackage.of("Near.C", "3.0.0"));
        // Cousins: two paths at the same depth ask for different versions, the highest of them wins.
        add(ProjectSpec.of("cousins", STD, "Cou.A [1.0.0, )", "Cou.B [1.0.0, )"),
                FeedPackage.of("Cou.A", "1.0.0").dependsOn("Cou.X [1.0.0, )"),
                FeedPackage.of("Cou.B", "1.0.0").dependsOn("Cou.X [2.0.0, )"), FeedPackage.of("Cou.X", "1.0.0"),
                FeedPackage.of("Cou.X", "2.0.0"));
        // NU1108 (NuGet.Commands RestoreCommand, cycle detection of the dependency walk).
        add(ProjectSpec.of("cycle", STD, "Cyc.A [1.0.0, )"),
                FeedPackage.of("Cyc.A", "1.0.0").dependsOn("Cyc.B [1.0.0, )"),
                FeedPackage.of("Cyc.B", "1.0.0").dependsOn("Cyc.A [1.0.0, )"));
        add(ProjectSpec.of("cycle-multi", List.of("net472", "net8.0"), "Cym.A [1.0.0, )"),
                FeedPackage.of("Cym.A", "1.0.0").dependsOn("Cym.B [1.0.0, )"),
                FeedPackage.of("Cym.B", "1.0.0").dependsOn("Cym.A [1.0.0, )"));
        // NU1107: two exact ranges that no version satisfies both.
        add(ProjectSpec.of("conflict", STD, "Con.A [1.0.0, )", "Con.B [1.0.0, )"),
                FeedPackage.of("Con.A", "1.0.0").dependsOn("Con.X [1.0.0]"),
                FeedPackage.of("Con.B", "1.0.0").dependsOn("Con.X [2.0.0]"), FeedPackage.of("Con.X", "1.0.0"),
                FeedPackage.of("Con.X", "2.0.0"));
        // NU1605: the project's lower version beats a package's higher minimum (an error: the SDK's WarningsAsErrors).
        add(ProjectSpec.of("downgrade", STD, "Dow.A [1.0.0, )", "Dow.B [1.0.0, )"),
                FeedPackage.of("Dow.A", "1.0.0").dependsOn("Dow.B [2.0.0, )"), FeedPackage.of("Dow.B", "1.0.0"),
                FeedPackage.of("Dow.B", "2.0.0"));
        add(ProjectSpec.of("downgrade-fallback", List.of("net8.0"), "Dgf.A [1.0.0, )", "Dgf.B [1.0.0, )"),
                FeedPackage.of("Dgf.A", "1.0.0").dependsOn("Dgf.B [2.0.0, )").lib("net45"),
                FeedPackage.of("Dgf.B", "1.0.0"), FeedPackage.of("Dgf.B", "2.0.0"));
        // NU1608: the resolved version is above a dependency's upper bound.
        add(ProjectSpec.of("outside-range", STD, "Out.A [1.0.0, )", "Out.B [2.0.0, )"),
                FeedPackage.of("Out.A", "1.0.0").dependsOn("Out.B [1.0.0, 2.0.0)"), FeedPackage.of("Out.B", "1.0.0"),
                FeedPackage.of("Out.B", "2.0.0"));
        // NU1603: the lower bound is not on the feed, a higher version is taken.
        add(ProjectSpec.of("approximate", STD, "App.A [1.0.0, )"), FeedPackage.of("App.A", "1.1.0"),
                FeedPackage.of("App.A", "1.2.0"));
        // NU1101: no version of the id; NU1102: versions, none in range.
        add(ProjectSpec.of("missing-id", STD, "Mis.Nowhere [1.0.0, )"));
        add(ProjectSpec.of("missing-version", STD, "Mve.A [1.0.0, 1.5.0)"), FeedPackage.of("Mve.A", "2.0.0"));
        // Multi-framework: each framework takes its nearest dependency group.
        add(ProjectSpec.of("multi", List.of("net472", "netstandard2.0", "net8.0"), "Mul.A [1.0.0, )"),
                FeedPackage.of("Mul.A", "1.0.0").group("net472", "Mul.Fx [1.0.0, )")
                        .group("netstandard2.0", "Mul.Std [1.0.0, )").group("net8.0", "Mul.Core [1.0.0, )")
                        .lib("net472", "netstandard2.0", "net8.0"),
                FeedPackage.of("Mul.Fx", "1.0.0"), FeedPackage.of("Mul.Std", "1.0.0"), FeedPackage.of("Mul.Core", "1.0.0"));
        // NU1701: only lib/net45, taken through the SDK's AssetTargetFallback from netstandard2.0 and net8.0.
        add(ProjectSpec.of("fallback", List.of("netstandard2.0", "net8.0"), "Fal.A [1.0.0, )"),
                FeedPackage.of("Fal.A", "1.0.0").lib("net45"));
        // NU1202: assets only for net8.0, none that netstandard2.0 can use.
        add(ProjectSpec.of("incompatible", STD, "Inc.A [1.0.0, )"), FeedPackage.of("Inc.A", "1.0.0").lib("net8.0"));
        // Dependencies of a group taken through AssetTargetFallback (NuGet 6.2+, see fallbackDependencyGroup...).
        add(ProjectSpec.of("fallback-group", List.of("net8.0"), "Fag.A [1.0.0, )"),
                FeedPackage.of("Fag.A", "1.0.0").group("net45", "Fag.B [1.0.0, )").lib("net45"),
                FeedPackage.of("Fag.B", "1.0.0"));

        results = Differential.byName(Differential.run(work, feed, projects));
    }

    @Test
    void lowestApplicableVersion() {
        assertNuGetThenOurs("lowest", Map.of("netstandard2.0", outcome(Set.of("low.a/1.0.0", "low.b/1.1.0"))));
    }

    @Test
    void floatingMinorTakesTheHighestStableOfThatMajor() {
        assertNuGetThenOurs("float-minor", Map.of("netstandard2.0", outcome(Set.of("flt.a/1.10.0"))));
    }

    @Test
    void floatingStarTakesTheHighestStable() {
        assertNuGetThenOurs("float-any", Map.of("netstandard2.0", outcome(Set.of("fla.a/2.0.0"))));
    }

    @Test
    void floatingPrereleaseTakesTheHighestPrerelease() {
        assertNuGetThenOurs("float-prerelease", Map.of("netstandard2.0", outcome(Set.of("flp.a/1.0.0-beta"))));
    }

    @Test
    void prereleaseBoundsTakeTheLowestPrereleaseAtOrAboveThem() {
        assertNuGetThenOurs("prerelease",
                Map.of("netstandard2.0", outcome(Set.of("pre.a/1.0.0-beta.1", "pre.b/2.0.0-rc.1"))));
    }

    @Test
    void nearestWins() {
        assertNuGetThenOurs("nearest", Map.of("netstandard2.0", outcome(Set.of("near.a/1.0.0", "near.c/3.0.0"))));
    }

    @Test
    void cousinsTakeTheHighestOfTheirLowestVersions() {
        assertNuGetThenOurs("cousins",
                Map.of("netstandard2.0", outcome(Set.of("cou.a/1.0.0", "cou.b/1.0.0", "cou.x/2.0.0"))));
    }

    @Test
    void aCycleIsNu1108() {
        assertCodesThenOurs("cycle", "netstandard2.0", Set.of("NU1108:error"));
    }

    /**
     * NuGet stops at the first cycle of the first framework that has one: RestoreCommand.ValidateCyclesAsync
     * logs one NU1108 and returns, so a second framework with the same cycle gets no message.
     */
    @Test
    void aCycleIsReportedOnceForTheFirstFrameworkThatHasOne() {
        Differential.Comparison result = results.get("cycle-multi");
        assertThat(result.nuget().get("net472").codes()).as(result.run().describe()).containsExactly("NU1108:error");
        assertThat(result.nuget().get("net8.0").codes()).as(result.run().describe()).isEmpty();
        assertThat(result.ours()).as("ours against NuGet.exe's for %s", result.differences()).isEqualTo(result.nuget());
    }

    @Test
    void twoExactRangesThatCannotMeetAreNu1107() {
        assertCodesThenOurs("conflict", "netstandard2.0", Set.of("NU1107:error"));
    }

    @Test
    void aDowngradeIsNu1605AsAnError() {
        assertNuGetThenOurs("downgrade",
                Map.of("netstandard2.0", outcome(Set.of("dow.a/1.0.0", "dow.b/1.0.0"), "NU1605:error")));
    }

    /**
     * A downgrade error does not stop NuGet from writing the assets file, and NU1701 is said while writing it
     * (LockFileBuilder), so a restore that fails with NU1605 still warns about the fallback.
     */
    @Test
    void aFailedRestoreStillWarnsAboutAssetTargetFallback() {
        assertNuGetThenOurs("downgrade-fallback",
                Map.of("net8.0", outcome(Set.of("dgf.a/1.0.0", "dgf.b/1.0.0"), "NU1605:error", "NU1701:warning")));
    }

    @Test
    void aVersionAboveADependencysRangeIsNu1608() {
        assertNuGetThenOurs("outside-range",
                Map.of("netstandard2.0", outcome(Set.of("out.a/1.0.0", "out.b/2.0.0"), "NU1608:warning")));
    }

    @Test
    void aMissingLowerBoundIsNu1603() {
        assertNuGetThenOurs("approximate", Map.of("netstandard2.0", outcome(Set.of("app.a/1.1.0"), "NU1603:warning")));
    }

    @Test
    void anUnknownIdIsNu1101() {
        assertCodesThenOurs("missing-id", "netstandard2.0", Set.of("NU1101:error"));
    }

    @Test
    void noVersionInRangeIsNu1102() {
        assertCodesThenOurs("missing-version", "netstandard2.0", Set.of("NU1102:error"));
    }

    @Test
    void eachFrameworkTakesItsNearestDependencyGroup() {
        assertNuGetThenOurs("multi", Map.of(
                "net472", outcome(Set.of("mul.a/1.0.0", "mul.fx/1.0.0")),
                "netstandard2.0", outcome(Set.of("mul.a/1.0.0", "mul.std/1.0.0")),
                "net8.0", outcome(Set.of("mul.a/1.0.0", "mul.core/1.0.0"))));
    }

    /**
     * NU1701 is said once per package and project, for the first framework that took it through the fallback
     * (LockFileBuilder.CreateLockFile, {@code librariesWithWarnings}: "only log the warning once per library").
     */
    @Test
    void onlyNet45AssetsAreTakenThroughAssetTargetFallbackWithNu1701OnceForTheProject() {
        assertNuGetThenOurs("fallback", Map.of(
                "netstandard2.0", outcome(Set.of("fal.a/1.0.0"), "NU1701:warning"),
                "net8.0", outcome(Set.of("fal.a/1.0.0"))));
    }

    @Test
    void assetsOnlyForAnotherFrameworkAreNu1202() {
        assertCodesThenOurs("incompatible", "netstandard2.0", Set.of("NU1202:error"));
    }

    /**
     * A deliberate difference: NuGet.exe 5.8 takes no dependency group through AssetTargetFallback (its
     * GetNearest does not see the fallback), so Fag.B is left out; NuGet 6.2+ does
     * (SourceRepositoryDependencyProvider.GetDependencies, "FrameworkReducer.GetNearest does not consider ATF",
     * unless NUGET_USE_LEGACY_ASSET_TARGET_FALLBACK_DEPENDENCY_RESOLUTION). We follow current NuGet.
     */
    @Test
    void fallbackDependencyGroupIsTakenAsCurrentNuGetDoesNotAsNuGetExe58() {
        Differential.Comparison result = results.get("fallback-group");
        assertThat(result.nuget().get("net8.0"))
                .as("NuGet.exe 5.8 leaves the net45 group's dependency out\n%s", result.run().describe())
                .isEqualTo(new FrameworkOutcome("net8.0", Set.of("fag.a/1.0.0"), Set.of("NU1701:warning")));
        assertThat(result.ours().get("net8.0")).as("current NuGet takes it\n%s", result.differences())
                .isEqualTo(new FrameworkOutcome("net8.0", Set.of("fag.a/1.0.0", "fag.b/1.0.0"), Set.of("NU1701:warning")));
    }

    private void add(ProjectSpec project, FeedPackage... packages) {
        projects.add(project);
        feed.addAll(List.of(packages));
    }

    private static FrameworkOutcome outcome(Set<String> packages, String... codes) {
        return new FrameworkOutcome("", packages, Set.of(codes));
    }

    private void assertNuGetThenOurs(String project, Map<String, FrameworkOutcome> expected) {
        Differential.Comparison result = results.get(project);
        Map<String, FrameworkOutcome> named = new LinkedHashMap<>();
        expected.forEach((f, o) -> named.put(f, new FrameworkOutcome(f, o.packages(), o.codes())));
        assertThat(result.nuget()).as("what NuGet.exe did for %s\n%s", project, result.run().describe())
                .isEqualTo(named);
        assertThat(result.ours()).as("ours against NuGet.exe's for %s", result.differences()).isEqualTo(result.nuget());
    }

    /** For failed restores, where which packages are left in the graph is not the point: the codes, then all. */
    private void assertCodesThenOurs(String project, String framework, Set<String> codes) {
        Differential.Comparison result = results.get(project);
        assertThat(result.nuget().get(framework).codes()).as("NuGet.exe's codes for %s\n%s", project,
                result.run().describe()).isEqualTo(codes);
        assertThat(result.ours()).as("ours against NuGet.exe's for %s", result.differences()).isEqualTo(result.nuget());
    }
}
