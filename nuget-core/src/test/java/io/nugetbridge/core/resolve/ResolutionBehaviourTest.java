package io.nugetbridge.core.resolve;

import static io.nugetbridge.core.resolve.Restore.chosen;
import static io.nugetbridge.core.resolve.Restore.codes;
import static io.nugetbridge.core.resolve.Restore.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Floats, sources and their order, mapping, lock-file pins and the rest of what a restore decides. */
class ResolutionBehaviourTest {

    private final MemorySource versions = MemorySource.feed("feed")
            .add("F", "0.9").add("F", "1.0.0").add("F", "1.5.0").add("F", "1.5.1-beta").add("F", "2.0.0-rc.1")
            .add("F", "2.0.0").add("F", "3.0.0-alpha");

    @ParameterizedTest(name = "{0} picks {1}")
    @CsvSource({
        "'1.*', 1.5.0", "'*', 2.0.0", "'1.5.*', 1.5.0", "'*-*', 3.0.0-alpha", "'1.*-*', 1.5.1-beta",
        "'2.0.0-*', 2.0.0", "'2.0.0-rc*', 2.0.0", "'[1.*, 2.0)', 1.5.0"
    })
    void floatsPickTheHighestInsideTheirPattern(String range, String expected) {
        ResolveResult result = resolve(PackageSources.remote(versions), "F " + range);

        assertThat(chosen(result)).containsExactly("F " + expected);
    }

    @Test
    void aFloatAboveEveryVersionIsNU1102WithTheHighestAsNearest() {
        ResolveResult result = resolve(PackageSources.remote(versions), "F 4.*");

        assertThat(result.errors()).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo(
                "Unable to find package F with version (>= 4.0.0)\n  - Found 7 version(s) in feed [ Nearest version: 3.0.0-alpha ]"));
    }

    @Test
    void floatsRaiseNoMinimumWarnings() {
        ResolveResult result = resolve(PackageSources.remote(versions), "F 1.*");

        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aNearerFloatEclipsesAFartherFixedRange() {
        MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "B 1.2").add("B", "1.2").add("B", "1.9");

        ResolveResult result = resolve(PackageSources.remote(feed), "B 1.*", "A 1.0");

        assertThat(chosen(result)).containsExactly("A 1.0.0", "B 1.9.0");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aBumpedNearerRequestIsNoDowngrade() {
        // The project asks for C 1.0, which does not exist; 2.0 is used, which A's C 2.0 takes: no NU1605.
        MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "C 2.0").add("C", "2.0");

        ResolveResult result = resolve(PackageSources.remote(feed), "C 1.0", "A 1.0");

        assertThat(chosen(result)).containsExactly("A 1.0.0", "C 2.0.0");
        assertThat(codes(result)).containsExactly("NU1603");
    }

    @Test
    void aRangeWithoutInclusiveLowerBoundWarnsNU1604AndNU1602() {
        MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "B (1.0,)").add("B", "1.0").add("B", "1.1");

        ResolveResult result = resolve(PackageSources.remote(feed), "A (0.5,2.0]");

        assertThat(chosen(result)).containsExactly("A 1.0.0", "B 1.1.0");
        assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NU1604", "Project dependency A (> 0.5.0 && <= 2.0.0) does not contain an"
                        + " inclusive lower bound. Include a lower bound in the dependency version to ensure consistent restore results."),
                org.assertj.core.groups.Tuple.tuple("NU1602", "A 1.0.0 does not provide an inclusive lower bound for dependency"
                        + " B (> 1.0.0). An approximate best match of B 1.1.0 was resolved."));
    }

    @Test
    void warningsCanBeSilencedOrPromoted() {
        MemorySource feed = MemorySource.feed("feed").add("A", "1.1");

        assertThat(resolve(PackageSources.remote(feed), Restore.request(Restore.NET8, "A 1.0")
                .withPolicy(new DiagnosticPolicy(java.util.Set.of("nu1603"), java.util.Set.of(), true))).diagnostics()).isEmpty();
        assertThat(resolve(PackageSources.remote(feed), Restore.request(Restore.NET8, "A 1.0")
                .withPolicy(new DiagnosticPolicy(java.util.Set.of(), java.util.Set.of(), true))).errors())
                .extracting(Diagnostic::code).containsExactly("NU1603");
    }

    @Test
    void eachFrameworkUsesItsNearestDependencyGroup() {
        MemorySource feed = MemorySource.feed("feed")
                .addGroups("Multi", "1.0", Map.of("net48", List.of("ForNet48 1.0"), ".NETStandard2.0", List.of("ForStandard 1.0"),
                        "net8.0", List.of("ForNet8 1.0")))
                .add("ForNet48", "1.0").add("ForStandard", "1.0").add("ForNet8", "1.0");
        ResolveRequest request = ResolveRequest.of("Project", List.of(
                TargetFrameworkRequest.of(NuGetFramework.parse("net48"), Restore.dependencies("Multi 1.0")),
                TargetFrameworkRequest.of(NuGetFramework.parse("netstandard2.0"), Restore.dependencies("Multi 1.0")),
                TargetFrameworkRequest.of(NuGetFramework.parse("net8.0"), Restore.dependencies("Multi 1.0")),
                TargetFrameworkRequest.of(NuGetFramework.parse("net6.0"), Restore.dependencies("Multi 1.0")),
                TargetFrameworkRequest.of(NuGetFramework.parse("net472"), Restore.dependencies("Multi 1.0"))));

        ResolveResult result = resolve(PackageSources.remote(feed), request);

        assertThat(result.graphs()).extracting(g -> g.framework().shortFolderName() + ": "
                + g.packages().stream().map(ResolvedPackage::id).toList()).containsExactly(
                "net48: [ForNet48, Multi]", "netstandard2.0: [ForStandard, Multi]", "net8.0: [ForNet8, Multi]",
                "net6.0: [ForStandard, Multi]", "net472: [ForStandard, Multi]");
    }

    /**
     * NuGet 6.2+ takes the dependencies of a package whose only group is for .NET Framework through
     * AssetTargetFallback; the resolver says nothing about it: NU1701 is tied to the assets taken through the
     * fallback (LockFileBuilder), which {@code RestoreSummary} selects.
     */
    @Test
    void assetTargetFallbackTakesANetFrameworkGroupWithoutAWarningOfItsOwn() {
        MemorySource feed = MemorySource.feed("feed")
                .addGroups("Old", "1.0", Map.of("net45", List.of("Dep 1.0"))).add("Dep", "1.0");

        ResolveResult result = resolve(PackageSources.remote(feed), "Old 1.0");

        assertThat(chosen(result)).containsExactly("Dep 1.0.0", "Old 1.0.0");
        assertThat(result.graphs().get(0).find("Old").orElseThrow().viaFallback()).isTrue();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void netStandardTwoTakesANetFrameworkGroupThroughTheFallbackToo() {
        MemorySource feed = MemorySource.feed("feed")
                .addGroups("Old", "1.0", Map.of("net45", List.of("Dep 1.0"))).add("Dep", "1.0");

        ResolveResult standard = resolve(PackageSources.remote(feed),
                Restore.request(NuGetFramework.parse("netstandard2.0"), "Old 1.0"));
        ResolveResult older = resolve(PackageSources.remote(feed),
                Restore.request(NuGetFramework.parse("netstandard1.6"), "Old 1.0"));

        assertThat(chosen(standard)).containsExactly("Dep 1.0.0", "Old 1.0.0");
        assertThat(chosen(older)).containsExactly("Old 1.0.0");
    }

    @Test
    void theSameMessageForSeveralFrameworksIsOneMessage() {
        ResolveRequest request = ResolveRequest.of("Project", List.of(
                TargetFrameworkRequest.of(NuGetFramework.parse("net8.0"), Restore.dependencies("Z 1.0")),
                TargetFrameworkRequest.of(NuGetFramework.parse("net48"), Restore.dependencies("Z 1.0"))));

        ResolveResult result = resolve(PackageSources.remote(MemorySource.feed("feed")), request);

        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.frameworks())
                .extracting(NuGetFramework::shortFolderName).containsExactly("net8.0", "net48"));
        assertThat(result.diagnostics().get(0).toString()).startsWith("error NU1101: ").endsWith(" [net8.0, net48]");
    }

    @Test
    void aVersionOnSeveralSourcesComesFromTheFirstConfigured() {
        MemorySource first = MemorySource.slowFeed("first", 150).add("A", "1.0");
        MemorySource second = MemorySource.feed("second").add("A", "1.0");

        for (int run = 0; run < 3; run++) {
            ResolveResult result = resolve(PackageSources.remote(first, second), "A 1.0");
            assertThat(result.graphs().get(0).find("A").orElseThrow().source()).isEqualTo("first");
        }
    }

    @Test
    void theLowestAcrossSourcesWinsWhateverAnswersFirst() {
        MemorySource slow = MemorySource.slowFeed("slow", 200).add("A", "1.1");
        MemorySource fast = MemorySource.feed("fast").add("A", "1.2");

        ResolveResult result = resolve(PackageSources.remote(fast, slow), "A 1.0");

        assertThat(result.graphs().get(0).find("A").orElseThrow()).satisfies(a -> {
            assertThat(a.version()).isEqualTo(NuGetVersion.parse("1.1"));
            assertThat(a.source()).isEqualTo("slow");
        });
    }

    @Test
    void theWholeResultIsTheSameWhateverOrderSourcesAnswerIn() {
        List<String> outcomes = new java.util.ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            MemorySource one = MemorySource.jitteryFeed("one", 40, seed).add("A", "1.0", "C 1.0", "D 1.1").add("C", "1.0")
                    .add("C", "2.0", "D 1.0").add("D", "1.1").add("E", "1.0");
            MemorySource two = MemorySource.jitteryFeed("two", 40, seed * 31).add("B", "1.0", "C 2.0", "E 2.0").add("C", "2.0", "D 1.0")
                    .add("D", "1.0").add("D", "1.1").add("E", "2.0");
            ResolveResult result = resolve(PackageSources.remote(one, two), "A 1.0", "B 1.0", "Z 1.0");
            outcomes.add(result.graphs().get(0).packages().stream().map(p -> p + "@" + p.source()).toList() + " "
                    + result.diagnostics());
        }

        assertThat(outcomes).containsOnly(outcomes.get(0));
        assertThat(outcomes.get(0)).startsWith("[A 1.0.0@one, B 1.0.0@two, C 2.0.0@one, D 1.1.0@one, E 2.0.0@two] ");
    }

    @Test
    void sourcesAreAskedInParallel() {
        MemorySource one = MemorySource.slowFeed("one", 300).add("A", "1.0");
        MemorySource two = MemorySource.slowFeed("two", 300).add("B", "1.0");
        MemorySource three = MemorySource.slowFeed("three", 300).add("C", "1.0");

        long start = System.nanoTime();
        ResolveResult result = resolve(PackageSources.remote(one, two, three), "A 1.1", "B 1.1", "C 1.1");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(chosen(result)).isEmpty();
        // Nine version lists of 300 ms each: one after the other they would take 2.7 s.
        assertThat(millis).isLessThan(1500);
    }

    @Test
    void metadataIsAskedOncePerIdAndSourceWhateverTheFrameworksAndPaths() {
        MemorySource one = MemorySource.feed("one").add("A", "1.0", "C 1.0").add("B", "1.0", "C 1.0", "D 1.0")
                .add("C", "1.0", "D 1.0").add("D", "1.0");
        MemorySource two = MemorySource.feed("two").add("D", "1.0");
        ResolveRequest request = ResolveRequest.of("Project", List.of(
                TargetFrameworkRequest.of(NuGetFramework.parse("net8.0"), Restore.dependencies("A 1.0", "B 1.0")),
                TargetFrameworkRequest.of(NuGetFramework.parse("net48"), Restore.dependencies("A 1.0", "B 1.0"))));

        try (PackageResolver resolver = new PackageResolver(PackageSources.remote(one, two))) {
            resolver.resolve(request);
            resolver.resolve(request);
        }

        for (String id : List.of("A", "B", "C", "D")) {
            assertThat(one.versionRequests(id)).as(id + " on one").isEqualTo(1);
            // Asked at most once. "one" has every range's exact start, which settles the match at once (as in
            // NuGet); the query to "two" may then still be queued when the resolver closes, and never run.
            assertThat(two.versionRequests(id)).as(id + " on two").isLessThanOrEqualTo(1);
        }
        assertThat(one.infoRequests()).isEqualTo(4);
    }

    @Test
    void anExactVersionInALocalFolderAsksNoRemoteSource() {
        MemorySource packagesFolder = MemorySource.folder("global packages folder").add("A", "1.0", "B 2.0").add("B", "2.0");
        MemorySource remote = MemorySource.feed("nuget.org").add("A", "1.0", "B 2.0").add("B", "2.0");
        PackageSources sources = new PackageSources(List.of(packagesFolder), List.of(remote), SourceMapping.NONE);

        ResolveResult result = resolve(sources, "A 1.0");

        assertThat(chosen(result)).containsExactly("A 1.0.0", "B 2.0.0");
        assertThat(result.graphs().get(0).packages()).extracting(ResolvedPackage::source).containsOnly("global packages folder");
        assertThat(remote.totalVersionRequests()).isZero();
    }

    @Test
    void floatsAlwaysAskTheRemoteSourcesThenUseALocalCopyOfTheirPick() {
        MemorySource packagesFolder = MemorySource.folder("global packages folder").add("A", "1.0").add("A", "1.5");
        MemorySource remote = MemorySource.feed("nuget.org").add("A", "1.0").add("A", "1.5");
        PackageSources sources = new PackageSources(List.of(packagesFolder), List.of(remote), SourceMapping.NONE);

        ResolveResult result = resolve(sources, "A 1.*");

        assertThat(result.graphs().get(0).find("A").orElseThrow().source()).isEqualTo("global packages folder");
        assertThat(remote.versionRequests("A")).isEqualTo(1);
    }

    @Test
    void folderSourcesAreAskedBeforeHttpSources() {
        MemorySource folder = MemorySource.folder("drop").add("A", "1.0");
        MemorySource web = MemorySource.feed("nuget.org").add("A", "1.0");

        ResolveResult result = resolve(PackageSources.remote(web, folder), "A 1.0");

        assertThat(result.graphs().get(0).find("A").orElseThrow().source()).isEqualTo("drop");
        assertThat(web.totalVersionRequests()).isZero();
    }

    @Test
    void sourceMappingDecidesWhichSourcesAreAsked() {
        MemorySource publicFeed = MemorySource.feed("nuget.org").add("Contoso.Lib", "1.0").add("Json", "1.0");
        MemorySource privateFeed = MemorySource.feed("contoso").add("Contoso.Lib", "2.0");
        SourceMapping mapping = (source, id) -> id.startsWith("Contoso.") ? source.equals("contoso") : source.equals("nuget.org");
        PackageSources sources = new PackageSources(List.of(), List.of(publicFeed, privateFeed), mapping);

        ResolveResult result = resolve(sources, "Contoso.Lib 1.0", "Json 1.0");

        assertThat(chosen(result)).containsExactly("Contoso.Lib 2.0.0", "Json 1.0.0");
        assertThat(publicFeed.versionRequests("Contoso.Lib")).isZero();
    }

    @Test
    void mappingThatLeavesNoSourceIsNU1100() {
        SourceMapping mapping = (source, id) -> false;
        PackageSources sources = new PackageSources(List.of(), List.of(MemorySource.feed("nuget.org")), mapping);

        ResolveResult result = resolve(sources, "A 1.0");

        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("NU1100");
            assertThat(d.message()).isEqualTo("Unable to resolve 'A (>= 1.0.0)' for 'net8.0'. PackageSourceMapping is enabled,"
                    + " the following source(s) were not considered: nuget.org.");
        });
    }

    @Test
    void aFailingSourceIsNU1301NamingTheSource() {
        PackageSource broken = new PackageSource() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<NuGetVersion> versions(String id) {
                throw new PackageSourceException("The source broken answered 503 Service Unavailable");
            }

            @Override
            public java.util.Optional<PackageInfo> packageInfo(String id, NuGetVersion version) {
                return java.util.Optional.empty();
            }
        };

        ResolveResult result = resolve(PackageSources.remote(broken), "A 1.0");

        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("NU1301");
            // Issue 19, item 10: the cause leads, NuGet's NU1301 sentence follows.
            assertThat(d.message()).isEqualTo("The source broken answered 503 Service Unavailable"
                    + "\n  Failed to retrieve information about 'A' from remote source 'broken'.");
        });
    }

    @Test
    void lockedVersionsArePinnedWhileTheirRangeAllowsThem() {
        MemorySource feed = MemorySource.feed("feed").add("A", "1.0", "B 1.0").add("B", "1.0").add("B", "1.3");
        TargetFrameworkRequest target = TargetFrameworkRequest.of(Restore.NET8, Restore.dependencies("A 1.0", "F 1.*"))
                .withLockedVersions(Map.of("B", NuGetVersion.parse("1.3"), "F", NuGetVersion.parse("1.0.0")));
        feed.add("F", "1.0.0").add("F", "1.9.0");

        ResolveResult result = resolve(PackageSources.remote(feed), ResolveRequest.of("Project", List.of(target)).withLockFileEnabled(true));

        assertThat(chosen(result)).containsExactly("A 1.0.0", "B 1.3.0", "F 1.0.0");
    }

    @Test
    void exactVersionsAreFoundAsWrittenOrReported() {
        MemorySource feed = MemorySource.feed("feed").add("Antlr", "3.4.1.9004").add("jQuery", "1.9.0");

        try (PackageResolver resolver = new PackageResolver(PackageSources.remote(feed))) {
            ExactResolution result = resolver.resolveExact(List.of(
                    new ExactPackage("Antlr", NuGetVersion.parse("3.4.1.9004"), NuGetFramework.parse("net40")),
                    new ExactPackage("jQuery", NuGetVersion.parse("1.9.1"), NuGetFramework.parse("net40"))));

            assertThat(result.found()).extracting(p -> p.wanted().id() + "@" + p.source()).containsExactly("Antlr@feed");
            assertThat(result.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("NU1102");
                assertThat(d.message()).isEqualTo("Unable to find package jQuery with version (= 1.9.1)"
                        + "\n  - Found 1 version(s) in feed [ Nearest version: 1.9.0 ]");
            });
        }
    }
}
