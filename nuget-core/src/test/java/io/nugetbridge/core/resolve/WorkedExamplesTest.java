package io.nugetbridge.core.resolve;

import static io.nugetbridge.core.resolve.Restore.chosen;
import static io.nugetbridge.core.resolve.Restore.codes;
import static io.nugetbridge.core.resolve.Restore.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every worked example of section 5 of nuget-reference.md, against an in-memory source, asserting the
 * chosen versions and NuGet's diagnostic codes and wording.
 */
class WorkedExamplesTest {

    @Nested
    class LowestApplicable {

        private final MemorySource feed = MemorySource.feed("feed")
                .add("A", "1.1", "B [2.1,)").add("A", "1.2", "B [2.1,)")
                .add("B", "2.2").add("B", "2.3");

        @Test
        void theLowestVersionInTheRangeWinsAndMissingMinimumsAreNU1603() {
            ResolveResult result = resolve(PackageSources.remote(feed), "A 1.0");

            assertThat(chosen(result)).containsExactly("A 1.1.0", "B 2.2.0");
            // NuGet's code reports the project's own edge as NU1603 too, and then no NU1601 for A (see DependencyMessages).
            assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("NU1603", "Project depends on A (>= 1.0.0) but A 1.0.0 was not found."
                            + " An approximate best match of A 1.1.0 was resolved."),
                    org.assertj.core.groups.Tuple.tuple("NU1603", "A 1.1.0 depends on B (>= 2.1.0) but B 2.1.0 was not found."
                            + " An approximate best match of B 2.2.0 was resolved."));
            assertThat(result.succeeded()).isTrue();
        }

        @Test
        void withALockFileTheBumpedProjectDependencyIsNU1601() {
            ResolveResult result = resolve(PackageSources.remote(feed), Restore.request(Restore.NET8, "A 1.0")
                    .withLockFileEnabled(true));

            assertThat(chosen(result)).containsExactly("A 1.1.0", "B 2.2.0");
            assertThat(result.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("NU1601");
                assertThat(d.message()).isEqualTo("Dependency specified was A (>= 1.0.0) but ended up with A 1.1.0.");
            });
        }
    }

    @Nested
    class Prerelease {

        @Test
        void aStableRangeSkipsPrereleases() {
            MemorySource feed = MemorySource.feed("feed").add("P", "1.2.0-beta.1").add("P", "1.2.0");

            assertThat(chosen(resolve(PackageSources.remote(feed), "P [1.0,2.0)"))).containsExactly("P 1.2.0");
        }

        @Test
        void aPrereleaseBoundLetsPrereleasesIn() {
            MemorySource feed = MemorySource.feed("feed").add("P", "1.2.0-beta.1").add("P", "1.2.0");

            assertThat(chosen(resolve(PackageSources.remote(feed), "P [1.0,2.0-0)"))).containsExactly("P 1.2.0-beta.1");
        }

        @Test
        void onlyPrereleasesInAStableRangeIsNU1103() {
            MemorySource feed = MemorySource.feed("feed").add("P", "1.2.0-beta.1").add("P", "2.0.0-beta.3");

            ResolveResult result = resolve(PackageSources.remote(feed), "P [1.0,2.0)");

            assertThat(result.succeeded()).isFalse();
            assertThat(result.graphs().get(0).packages()).isEmpty();
            assertThat(result.errors()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("NU1103");
                assertThat(d.message()).isEqualTo("Unable to find a stable package P with version (>= 1.0.0 && < 2.0.0)"
                        + "\n  - Found 2 version(s) in feed [ Nearest version: 1.2.0-beta.1 ]");
            });
        }
    }

    @Test
    void directDependencyWinsSilently() {
        MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "B 1.0").add("B", "1.0").add("B", "2.0");

        ResolveResult result = resolve(PackageSources.remote(feed), "B 2.0", "A 1.0");

        assertThat(chosen(result)).containsExactly("A 1.0.0", "B 2.0.0");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aLowerDirectDependencyIsADowngradeNU1605() {
        MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "B 2.0").add("B", "1.0").add("B", "2.0");

        ResolveResult result = resolve(PackageSources.remote(feed), "B 1.0", "A 1.0");

        assertThat(chosen(result)).containsExactly("A 1.0.0", "B 1.0.0");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("NU1605");
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).isEqualTo("Detected package downgrade: B from 2.0.0 to 1.0.0. Reference the package"
                    + " directly from the project to select a different version."
                    + "\n  Project -> A 1.0.0 -> B (>= 2.0.0)\n  Project -> B (>= 1.0.0)");
        });
        assertThat(result.succeeded()).isTrue();
    }

    @Test
    void downgradesBecomeErrorsWhenConfigured() {
        MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "B 2.0").add("B", "1.0").add("B", "2.0");

        ResolveResult result = resolve(PackageSources.remote(feed), Restore.request(Restore.NET8, "B 1.0", "A 1.0")
                .withPolicy(DiagnosticPolicy.DEFAULT.withDowngradesAsErrors()));

        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly("NU1605");
        assertThat(result.succeeded()).isFalse();
    }

    @Nested
    class Cousins {

        @Test
        void theHighestOfTheCousinsWins() {
            MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "C 1.0").add("B", "1.0", "C 2.0")
                    .add("C", "1.0").add("C", "2.0");

            ResolveResult result = resolve(PackageSources.remote(feed), "A 1.0", "B 1.0");

            assertThat(chosen(result)).containsExactly("A 1.0.0", "B 1.0.0", "C 2.0.0");
            assertThat(result.diagnostics()).isEmpty();
        }

        @Test
        void depthsMayDifferAndTheLosersSubtreeGoes() {
            // C 1.0 sits deeper and brings X; C 2.0 wins, so X leaves with C 1.0.
            MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "D 1.0").add("D", "1.0", "C 1.0")
                    .add("B", "1.0", "C 2.0").add("C", "1.0", "X 1.0").add("C", "2.0").add("X", "1.0");

            ResolveResult result = resolve(PackageSources.remote(feed), "A 1.0", "B 1.0");

            assertThat(chosen(result)).containsExactly("A 1.0.0", "B 1.0.0", "C 2.0.0", "D 1.0.0");
        }

        @Test
        void resolutionRepeatsUntilStable() {
            // B 1.0 brings E 2.0, but B 2.0 wins over B 1.0, so E settles on 1.0 (the only E left) in a later pass.
            MemorySource feed = MemorySource.feed("feed")
                    .add("A", "1.0", "B 1.0").add("C", "1.0", "D 1.0").add("D", "1.0", "B 2.0")
                    .add("B", "1.0", "E 2.0").add("B", "2.0", "E 1.0").add("E", "1.0").add("E", "2.0");

            ResolveResult result = resolve(PackageSources.remote(feed), "A 1.0", "C 1.0");

            assertThat(chosen(result)).containsExactly("A 1.0.0", "B 2.0.0", "C 1.0.0", "D 1.0.0", "E 1.0.0");
        }
    }

    @Test
    void cousinsAskingForIncompatibleVersionsAreAConflictNU1107() {
        MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "C [1.0]").add("B", "1.0", "C [2.0,)")
                .add("C", "1.0").add("C", "2.0");

        ResolveResult result = resolve(PackageSources.remote(feed), "A 1.0", "B 1.0");

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("NU1107");
            assertThat(d.message()).isEqualTo("Version conflict detected for C. Install/reference C 2.0.0 directly to project"
                    + " Project to resolve this issue.\n  Project -> B 1.0.0 -> C (>= 2.0.0)\n  Project -> A 1.0.0 -> C (= 1.0.0).");
        });
    }

    @Test
    void theConflictGoesAwayWhenTheProjectReferencesTheId() {
        MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "C [1.0]").add("B", "1.0", "C [2.0,)")
                .add("C", "1.0").add("C", "2.0");

        ResolveResult result = resolve(PackageSources.remote(feed), "A 1.0", "B 1.0", "C 2.0");

        assertThat(chosen(result)).containsExactly("A 1.0.0", "B 1.0.0", "C 2.0.0");
        assertThat(codes(result)).containsExactly("NU1608");
        assertThat(result.diagnostics().get(0).message()).isEqualTo("Detected package version outside of dependency"
                + " constraint: A 1.0.0 requires C (= 1.0.0) but version C 2.0.0 was resolved.");
    }

    @Test
    void aPackageThatComesBackToItselfIsACycleNU1108() {
        MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "B 1.0").add("B", "1.0", "A 1.0");

        ResolveResult result = resolve(PackageSources.remote(feed), "A 1.0");

        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("NU1108");
            assertThat(d.message()).isEqualTo("Cycle detected.\n  Project -> A 1.0.0 -> B 1.0.0 -> A (>= 1.0.0).");
        });
    }

    @Nested
    class Missing {

        @Test
        void anIdNoSourceHasIsNU1101() {
            MemorySource one = MemorySource.feed("nuget.org").add("A", "1.0");
            MemorySource two = MemorySource.feed("contoso");

            ResolveResult result = resolve(PackageSources.remote(one, two), "Z 1.0");

            assertThat(result.errors()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("NU1101");
                assertThat(d.message()).isEqualTo("Unable to find package Z. No packages exist with this id in source(s): contoso, nuget.org");
                assertThat(d.packageId()).contains("Z");
                assertThat(d.frameworks()).containsExactly(Restore.NET8);
            });
        }

        @Test
        void noVersionInTheRangeIsNU1102WithTheNearestVersionPerSource() {
            MemorySource one = MemorySource.feed("nuget.org").add("Z", "0.9");
            MemorySource two = MemorySource.feed("contoso").add("Z", "0.5").add("Z", "0.8").add("Z", "0.9");
            MemorySource three = MemorySource.feed("empty");

            ResolveResult result = resolve(PackageSources.remote(one, two, three), "Z 1.0");

            assertThat(result.errors()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("NU1102");
                assertThat(d.message()).isEqualTo("Unable to find package Z with version (>= 1.0.0)"
                        + "\n  - Found 3 version(s) in contoso [ Nearest version: 0.9.0 ]"
                        + "\n  - Found 1 version(s) in nuget.org [ Nearest version: 0.9.0 ]"
                        + "\n  - Found 0 version(s) in empty");
            });
        }

        @Test
        void aTransitiveMissingPackageIsReportedToo() {
            MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "Z 2.0").add("Z", "1.0");

            ResolveResult result = resolve(PackageSources.remote(feed), "A 1.0");

            assertThat(chosen(result)).containsExactly("A 1.0.0");
            assertThat(result.graphs().get(0).unresolved()).extracting(UnresolvedDependency::toString).containsExactly("Z (>= 2.0.0)");
            assertThat(codes(result)).containsExactly("NU1102");
        }
    }
}
