package io.nugetbridge.core.resolve;

import static io.nugetbridge.core.resolve.Restore.chosen;
import static io.nugetbridge.core.resolve.Restore.codes;
import static io.nugetbridge.core.resolve.Restore.dependencies;
import static io.nugetbridge.core.resolve.Restore.resolve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The set and order of a project's restore messages across its frameworks, as NuGet's restore gives them: its
 * steps in {@code ProjectRestoreCommand.TryRestoreAsync} and {@code RestoreCommand.ExecuteAsync} (unexpected
 * versions, then unresolved packages, then {@code ValidateRestoreGraphsAsync}: cycles, else conflicts, else
 * downgrades). Each expectation was also checked with NuGet.exe 5.8's {@code restore} of a dg spec on the same
 * packages (the project is called {@code p} there, {@code Project} here).
 */
class ProjectDiagnosticsTest {

    private static final NuGetFramework NET472 = NuGetFramework.parse("net472");
    private static final NuGetFramework NET8 = Restore.NET8;

    private static ResolveRequest twoFrameworks(List<String> net472, List<String> net8) {
        return ResolveRequest.of("Project", List.of(
                TargetFrameworkRequest.of(NET472, dependencies(net472.toArray(String[]::new))),
                TargetFrameworkRequest.of(NET8, dependencies(net8.toArray(String[]::new)))));
    }

    /** X and Y ask for C [1.0] and C [2.0]: NU1107. A asks for B 2.0 below a direct B 1.0: NU1605. */
    private static MemorySource conflictAndDowngradeFeed() {
        return MemorySource.feed("feed").add("X", "1.0", "C [1.0]").add("Y", "1.0", "C [2.0]").add("C", "1.0").add("C", "2.0")
                .add("A", "1.0", "B 2.0").add("B", "1.0").add("B", "2.0");
    }

    @Nested
    class AcrossFrameworks {

        @Test
        void aConflictInOneFrameworkSilencesTheDowngradesOfAnother() {
            ResolveResult result = resolve(PackageSources.remote(conflictAndDowngradeFeed()),
                    twoFrameworks(List.of("X 1.0", "Y 1.0"), List.of("B 1.0", "A 1.0")));

            assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::frameworks)
                    .containsExactly(tuple("NU1107", List.of(NET472)));
            assertThat(result.graphs().get(0).diagnostics()).extracting(Diagnostic::code).containsExactly("NU1107");
            assertThat(result.graphs().get(1).diagnostics()).isEmpty();
        }

        @Test
        void aConflictInEveryFrameworkIsReportedOnceForTheFirst() {
            ResolveResult result = resolve(PackageSources.remote(conflictAndDowngradeFeed()),
                    twoFrameworks(List.of("X 1.0", "Y 1.0"), List.of("X 1.0", "Y 1.0")));

            assertThat(result.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("NU1107");
                assertThat(d.frameworks()).containsExactly(NET472);
                assertThat(d.message()).isEqualTo("Version conflict detected for C. Install/reference C 2.0.0 directly to project"
                        + " Project to resolve this issue.\n  Project -> Y 1.0.0 -> C (= 2.0.0)\n  Project -> X 1.0.0 -> C (= 1.0.0).");
            });
            assertThat(result.graphs().get(1).diagnostics()).isEmpty();
            assertThat(result.succeeded()).isFalse();
        }

        @Test
        void aCycleInALaterFrameworkWinsOverAConflictInAnEarlierOne() {
            MemorySource feed = conflictAndDowngradeFeed().add("L", "1.0", "M 1.0").add("M", "1.0", "L 1.0");

            ResolveResult result = resolve(PackageSources.remote(feed),
                    twoFrameworks(List.of("X 1.0", "Y 1.0"), List.of("L 1.0", "B 1.0", "A 1.0")));

            assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::frameworks)
                    .containsExactly(tuple("NU1108", List.of(NET8)));
            assertThat(result.graphs().get(0).diagnostics()).isEmpty();
        }

        @Test
        void downgradesOfEveryFrameworkAreReportedWhenNoneHasACycleOrConflict() {
            ResolveResult result = resolve(PackageSources.remote(conflictAndDowngradeFeed()),
                    twoFrameworks(List.of("B 1.0", "A 1.0"), List.of("B 1.0", "A 1.0")));

            assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::frameworks)
                    .containsExactly(tuple("NU1605", List.of(NET472, NET8)));
        }

        @Test
        void messagesComeInNuGetsStepsAcrossFrameworks() {
            // NuGet.exe 5.8: NU1603 [net472, net8.0], then NU1102 [both], then NU1605 [both].
            MemorySource feed = MemorySource.feed("feed").add("A", "1.1", "B 2.0").add("B", "1.0").add("B", "2.0").add("Z", "1.0");

            ResolveResult result = resolve(PackageSources.remote(feed),
                    twoFrameworks(List.of("A 1.0", "B 1.0", "Z 5.0"), List.of("A 1.0", "B 1.0", "Z 5.0")));

            assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::frameworks).containsExactly(
                    tuple("NU1603", List.of(NET472, NET8)), tuple("NU1102", List.of(NET472, NET8)),
                    tuple("NU1605", List.of(NET472, NET8)));
        }

        @Test
        void eachStepTakesEveryFrameworkBeforeTheNext() {
            // net472 has a bumped dependency (NU1603) and an upper bound passed (NU1608); net8.0 a bumped dependency of
            // another id. NuGet logs all NU1603 of every graph before any NU1608.
            MemorySource feed = MemorySource.feed("feed").add("A", "1.1").add("D", "1.1")
                    .add("E", "1.0", "F [1.0]").add("F", "1.0").add("F", "2.0");

            ResolveResult result = resolve(PackageSources.remote(feed),
                    twoFrameworks(List.of("A 1.0", "E 1.0", "F 2.0"), List.of("D 1.0")));

            assertThat(result.diagnostics()).extracting(Diagnostic::code, d -> d.packageId().orElseThrow()).containsExactly(
                    tuple("NU1603", "A"), tuple("NU1603", "D"), tuple("NU1608", "F"));
        }
    }

    @Test
    void projectRangesWithoutALowerBoundAreListedByIdAcrossFrameworks() {
        // NuGet.exe 5.8: NU1604 A [net8.0] before NU1604 B [net472], though net472 comes first.
        MemorySource feed = MemorySource.feed("feed").add("A", "1.5").add("B", "1.5");

        ResolveResult result = resolve(PackageSources.remote(feed), twoFrameworks(List.of("B (1.0,)"), List.of("A (1.0,)")));

        assertThat(result.diagnostics()).extracting(Diagnostic::code, d -> d.packageId().orElseThrow(), Diagnostic::frameworks)
                .containsExactly(tuple("NU1604", "A", List.of(NET8)), tuple("NU1604", "B", List.of(NET472)));
    }

    @Nested
    class UpperBoundBesideADowngrade {

        /** Project -> C >= 1.5, Project -> B -> C [1.0], Project -> X -> C >= 2.0. */
        private final MemorySource feed = MemorySource.feed("feed").add("B", "1.0", "C [1.0]").add("X", "1.0", "C 2.0")
                .add("C", "1.0").add("C", "1.5").add("C", "2.0");

        @Test
        void bothAreReportedUpperBoundFirst() {
            ResolveResult result = resolve(PackageSources.remote(feed), "C 1.5", "B 1.0", "X 1.0");

            assertThat(chosen(result)).containsExactly("B 1.0.0", "C 1.5.0", "X 1.0.0");
            assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                    tuple("NU1608", "Detected package version outside of dependency constraint: B 1.0.0 requires C (= 1.0.0)"
                            + " but version C 1.5.0 was resolved."),
                    tuple("NU1605", "Detected package downgrade: C from 2.0.0 to 1.5.0. Reference the package directly from the"
                            + " project to select a different version.\n  Project -> X 1.0.0 -> C (>= 2.0.0)\n  Project -> C (>= 1.5.0)"));
        }

        @Test
        void theUpperBoundStaysWhenDowngradesAreSilenced() {
            ResolveResult result = resolve(PackageSources.remote(feed), Restore.request(NET8, "C 1.5", "B 1.0", "X 1.0")
                    .withPolicy(new DiagnosticPolicy(Set.of("NU1605"), Set.of(), false)));

            assertThat(codes(result)).containsExactly("NU1608");
        }
    }

    @Nested
    class UnsatisfiableRequests {

        /** X 1.0 wants Y 2.0 and Y 1.0 wants X 2.0, each reached through a cousin: each dispute waits on the other. */
        private MemorySource feed() {
            return MemorySource.feed("feed").add("X", "1.0", "Y 2.0").add("Y", "1.0", "X 2.0")
                    .add("A", "1.0", "X 1.0").add("B", "1.0", "Y 1.0");
        }

        @Test
        void disputesThatNeverSettleAreNU1106() {
            ResolveResult result = resolve(PackageSources.remote(feed().add("X", "2.0").add("Y", "2.0")), "A 1.0", "B 1.0");

            assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                    tuple("NU1106", "Unable to satisfy conflicting requests for 'X': X (>= 1.0.0) (via package/A 1.0.0),"
                            + " X (>= 2.0.0) (via package/Y 1.0.0) Framework: (.NETCoreApp,Version=v8.0)"),
                    tuple("NU1106", "Unable to satisfy conflicting requests for 'Y': Y (>= 1.0.0) (via package/B 1.0.0),"
                            + " Y (>= 2.0.0) (via package/X 1.0.0) Framework: (.NETCoreApp,Version=v8.0)"));
            assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.isError()).isTrue());
            assertThat(result.succeeded()).isFalse();
        }

        @Test
        void theyAreReportedBesideTheMissingVersionsThatCausedThem() {
            ResolveResult result = resolve(PackageSources.remote(feed()), "A 1.0", "B 1.0");

            assertThat(result.diagnostics()).extracting(Diagnostic::code, d -> d.packageId().orElseThrow()).containsExactly(
                    tuple("NU1106", "X"), tuple("NU1106", "Y"), tuple("NU1102", "Y"), tuple("NU1102", "X"));
            assertThat(result.diagnostics().get(2).message()).isEqualTo("Unable to find package Y with version (>= 2.0.0)"
                    + "\n  - Found 1 version(s) in feed [ Nearest version: 1.0.0 ]");
        }
    }

    @Nested
    class UnreadableRanges {

        @Test
        void aNuspecRangeThatDoesNotParseIsAnyVersionWithNU1602() {
            // NuspecReader.GetDependencyGroups() (not strict, as restore reads nuspecs) leaves the range null, and
            // PackageDependency makes that VersionRange.All; NuGet.exe 5.8 gives the same NU1602 as for no version at all.
            MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "B not-a-version").add("B", "1.0").add("B", "2.0");

            ResolveResult result = resolve(PackageSources.remote(feed), "A 1.0");

            assertThat(chosen(result)).containsExactly("A 1.0.0", "B 1.0.0");
            assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                    tuple("NU1602", "A 1.0.0 does not provide an inclusive lower bound for dependency B. An approximate best"
                            + " match of B 1.0.0 was resolved."));
        }

        @Test
        void aRangeWhoseMinimumIsAboveItsMaximumIsAnyVersionToo() {
            MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "B [2.0,1.0]").add("B", "1.0");

            ResolveResult result = resolve(PackageSources.remote(feed), "A 1.0");

            assertThat(chosen(result)).containsExactly("A 1.0.0", "B 1.0.0");
            assertThat(codes(result)).containsExactly("NU1602");
        }
    }

    /**
     * Downgrades below a node that lost its place, which NuGet.exe 5.8 still reports and current NuGet does not:
     * since NuGet 6.0 ("Don't report downgrades for packages that are part of subgraphs that were not accepted",
     * NuGet.Client#4128, {@code GraphOperations.IsRelevantDowngrade}) a downgrade counts only when every node above
     * its farther request was accepted. Current NuGet is the specification, so these stay silent.
     */
    @Nested
    class DowngradesBelowDisplacedNodes {

        @Test
        void aDowngradeInAPrunedSubgraphIsNotReported() {
            // NuGet's RestoreCommandTests.ExecuteAsync_WithDowngradesInPrunedSubgraph_DoesNotRaiseNU1605:
            // A -> C 1.0 -> D 1.1, B -> C 1.1 -> D 1.0, D 1.0 direct. C 1.1 wins, so C 1.0's D 1.1 is moot.
            MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "C 1.0").add("B", "1.0", "C 1.1")
                    .add("C", "1.0", "D 1.1").add("C", "1.1", "D 1.0").add("D", "1.0").add("D", "1.1");

            ResolveResult result = resolve(PackageSources.remote(feed), "A 1.0", "B 1.0", "D 1.0");

            assertThat(chosen(result)).containsExactly("A 1.0.0", "B 1.0.0", "C 1.1.0", "D 1.0.0");
            assertThat(result.diagnostics()).isEmpty();
        }

        @Test
        void aDowngradeBelowAVersionThatAnUnresolvedRangeDisplacesIsNotReported() {
            // B asks for E [4.0], which no source has: the unresolved E 4.0.0 outranks A's E 2.0, whose subtree (with
            // its X 2.0 below the project's X 1.0) is rejected. NuGet.exe 5.8 adds "NU1605 X from 2.0.0 to 1.0.0
            // (p -> A 1.0.0 -> E 2.0.0 -> X (>= 2.0.0))"; NuGet 6.0 and later report only the missing E.
            MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "E 2.0").add("B", "1.0", "E [4.0]")
                    .add("E", "2.0", "X 2.0").add("X", "1.0").add("X", "2.0");

            ResolveResult result = resolve(PackageSources.remote(feed), "A 1.0", "B 1.0", "X 1.0");

            assertThat(chosen(result)).containsExactly("A 1.0.0", "B 1.0.0", "X 1.0.0");
            assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                    tuple("NU1102", "Unable to find package E with version (= 4.0.0)"
                            + "\n  - Found 1 version(s) in feed [ Nearest version: 2.0.0 ]"));
        }
    }
}
