package io.nugetbridge.core.lockfile;

import io.nugetbridge.testing.RequiresCorpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.FeedFixtures;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.PackageResolver;
import io.nugetbridge.core.resolve.PackageSources;
import io.nugetbridge.core.resolve.ResolveRequest;
import io.nugetbridge.core.resolve.ResolveResult;
import io.nugetbridge.core.resolve.TargetFrameworkRequest;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** packages.lock.json: NuGet's format both ways, pinning, and locked mode. */
@RequiresCorpus
class LockFileTest {

    private static final NuGetFramework NET8 = NuGetFramework.parse("net8.0");
    private static final NuGetFramework NET48 = NuGetFramework.parse("net48");

    private static ResolveRequest request(String... dependencies) {
        List<PackageDependency> parsed = java.util.Arrays.stream(dependencies).map(d -> {
            String[] parts = d.split(" ", 2);
            return PackageDependency.of(parts[0], parts[1]);
        }).toList();
        return new ResolveRequest("App", List.of(TargetFrameworkRequest.of(NET8, parsed), TargetFrameworkRequest.of(NET48, parsed)),
                true, io.nugetbridge.core.resolve.DiagnosticPolicy.DEFAULT);
    }

    @Test
    void aLockFileIsWrittenAsNuGetWritesIt() {
        PackageSources sources = FeedFixtures.sources(feed -> feed.add("Serilog", "3.1.1", "System.Memory 4.5.5")
                .add("System.Memory", "4.5.5").add("System.Memory", "4.6.0").add("Polly", "8.2.0"));
        ResolveResult result;
        try (PackageResolver resolver = new PackageResolver(sources)) {
            result = resolver.resolve(request("Serilog [3.1.1, 4.0)", "Polly 8.*"));
        }

        String text = LockFileWriter.render(LockFileBuilder.build(result, (id, version) -> Optional.of(id.toLowerCase() + "-hash")));

        String target = """
                      "Polly": {
                        "type": "Direct",
                        "requested": "[8.*, )",
                        "resolved": "8.2.0",
                        "contentHash": "polly-hash"
                      },
                      "Serilog": {
                        "type": "Direct",
                        "requested": "[3.1.1, 4.0.0)",
                        "resolved": "3.1.1",
                        "contentHash": "serilog-hash",
                        "dependencies": {
                          "System.Memory": "4.5.5"
                        }
                      },
                      "System.Memory": {
                        "type": "Transitive",
                        "resolved": "4.5.5",
                        "contentHash": "system.memory-hash"
                      }
                """;
        assertThat(text).isEqualTo("{\n  \"version\": 1,\n  \"dependencies\": {\n    \"net8.0\": {\n" + target
                + "    },\n    \".NETFramework,Version=v4.8\": {\n" + target + "    }\n  }\n}");
        assertThat(LockFileWriter.render(LockFileReader.parse(text, "rendered"))).isEqualTo(text);
    }

    @Test
    void aLockFileFromDotnetReadsAndRendersByteForByte() throws Exception {
        Path file = resource("two-frameworks.packages.lock.json");

        PackagesLockFile lockFile = LockFileReader.read(file);

        assertThat(lockFile.version()).isEqualTo(1);
        assertThat(lockFile.targets()).extracting(LockTarget::name).containsExactly(".NETFramework,Version=v4.8", "net8.0");
        LockTarget net48 = lockFile.target(NET48).orElseThrow();
        assertThat(net48.packages()).extracting(p -> p.id() + " " + p.type() + " " + p.resolved().orElseThrow())
                .containsExactly("Newtonsoft.Json DIRECT 13.0.3", "System.Memory DIRECT 4.5.5", "System.Buffers TRANSITIVE 4.5.1",
                        "System.Numerics.Vectors TRANSITIVE 4.5.0", "System.Runtime.CompilerServices.Unsafe TRANSITIVE 4.5.3");
        assertThat(net48.find("System.Memory").orElseThrow().dependencies()).containsExactly(
                new LockedDependency("System.Buffers", VersionRange.parse("4.5.1")),
                new LockedDependency("System.Numerics.Vectors", VersionRange.parse("4.5.0")),
                new LockedDependency("System.Runtime.CompilerServices.Unsafe", VersionRange.parse("4.5.3")));
        assertThat(net48.find("Newtonsoft.Json").orElseThrow().contentHash()).contains(
                "HrC5BXdl00IP9zeV+0Z848QWPAoCr9P3bDEZguI+gkLcBKAOxix/tLEAAHC+UvDNPv4a2d18lOReHMOagPa+zQ==");
        assertThat(LockFileWriter.render(lockFile)).isEqualTo(Files.readString(file));
    }

    @Test
    void commentsTrailingCommasAndNullRangesAreRead() {
        PackagesLockFile lockFile = LockFileReader.parse("""
                {
                  // written by hand
                  "version": 1,
                  "dependencies": { "net8.0": { "A": { "type": "direct", "resolved": "1.0.0", "dependencies": { "B": null, }, }, }, },
                }""", "hand-made");

        LockedPackage a = lockFile.target(NET8).orElseThrow().find("A").orElseThrow();
        assertThat(a.type()).isEqualTo(LockType.DIRECT);
        assertThat(a.dependencies()).containsExactly(new LockedDependency("B", VersionRange.ALL));
    }

    @Test
    void anUnreadableLockFileSaysWhatToDo() {
        assertThatThrownBy(() -> LockFileReader.parse("{ \"version\": 1, \"dependencies\": {", "/repo/packages.lock.json"))
                .isInstanceOf(LockFileException.class)
                .hasMessageStartingWith("/repo/packages.lock.json is not valid JSON")
                .hasMessageEndingWith("delete it and restore again to write a new one, or take it back from version control");
        assertThatThrownBy(() -> LockFileReader.parse("{ \"version\": 3 }", "x")).hasMessageContaining("format version 3");
    }

    @Test
    void aFittingLockFilePinsItsVersionsWhenNewerOnesAppear(@TempDir Path temp) {
        Path lock = temp.resolve("packages.lock.json");
        writeLock(lock, FeedFixtures.sources(feed -> feed.add("A", "1.0", "B 1.0").add("B", "1.3")), request("A 1.0"));

        PackageSources later = FeedFixtures.sources(feed -> feed.add("A", "1.0", "B 1.0").add("B", "1.2").add("B", "1.3"));
        try (PackageResolver resolver = new PackageResolver(later)) {
            LockedRestore.Outcome outcome = LockedRestore.resolve(resolver, request("A 1.0"), lock, true);

            assertThat(outcome.pinned()).isTrue();
            assertThat(outcome.result().succeeded()).isTrue();
            assertThat(outcome.result().graphs().get(0).find("B").orElseThrow().version()).isEqualTo(NuGetVersion.parse("1.3"));
        }
    }

    @Test
    void lockedModeFailsWhenTheProjectChanged(@TempDir Path temp) {
        Path lock = temp.resolve("packages.lock.json");
        PackageSources sources = FeedFixtures.sources(feed -> feed.add("A", "1.0").add("A", "2.0").add("C", "1.0"));
        writeLock(lock, sources, request("A 1.0"));

        try (PackageResolver resolver = new PackageResolver(sources)) {
            ResolveResult result = LockedRestore.resolve(resolver, request("A 2.0", "C 1.0"), lock, true).result();

            assertThat(result.succeeded()).isFalse();
            assertThat(result.errors().get(0).code()).isEqualTo("NU1004");
            assertThat(result.errors().get(0).message()).contains(
                    "\n  - The package reference A version has changed from [1.0.0, ) to [2.0.0, ) for net8.0.",
                    "\n  - A new package reference was found C for net8.0.");
        }
    }

    @Test
    void lockedModeFailsAndNamesThePackageWhenTheGraphWouldDiffer(@TempDir Path temp) throws IOException {
        Path lock = temp.resolve("packages.lock.json");
        PackageSources sources = FeedFixtures.sources(feed -> feed.add("A", "1.0", "B 1.3").add("B", "1.2").add("B", "1.3"));
        writeLock(lock, sources, request("A 1.0"));
        // A merge left the lock file at B 1.2.0, below what A asks for: the pin cannot hold, the graph differs.
        Files.writeString(lock, Files.readString(lock).replace("\"resolved\": \"1.3.0\"", "\"resolved\": \"1.2.0\""));

        try (PackageResolver resolver = new PackageResolver(sources)) {
            ResolveResult locked = LockedRestore.resolve(resolver, request("A 1.0"), lock, true).result();
            ResolveResult unlocked = LockedRestore.resolve(resolver, request("A 1.0"), lock, false).result();

            assertThat(locked.errors()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("NU1004");
                assertThat(d.message()).endsWith("\n  - net8.0: B 1.2.0 in the lock file, 1.3.0 now"
                        + "\n  - .NETFramework,Version=v4.8: B 1.2.0 in the lock file, 1.3.0 now");
            });
            assertThat(unlocked.succeeded()).isTrue();
            assertThat(unlocked.graphs().get(0).find("B").orElseThrow().version()).isEqualTo(NuGetVersion.parse("1.3"));
        }
    }

    @Test
    void aLockedVersionDeletedFromTheFeedIsNU1102AsInNuGet(@TempDir Path temp) {
        Path lock = temp.resolve("packages.lock.json");
        writeLock(lock, FeedFixtures.sources(feed -> feed.add("A", "1.0", "B 1.0").add("B", "1.3")), request("A 1.0"));
        PackageSources later = FeedFixtures.sources(feed -> feed.add("A", "1.0", "B 1.0").add("B", "1.4"));

        try (PackageResolver resolver = new PackageResolver(later)) {
            ResolveResult result = LockedRestore.resolve(resolver, request("A 1.0"), lock, false).result();

            assertThat(result.errors()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("NU1102");
                assertThat(d.message()).isEqualTo("Unable to find package B with version (>= 1.0.0)"
                        + "\n  - Found 1 version(s) in feed [ Nearest version: 1.4.0 ]"
                        + "\n  - packages.lock.json locks B at 1.3.0, which no source has any more; restore with the lock"
                        + " file's versions re-evaluated (delete the entry, or dotnet's --force-evaluate) to choose another");
            });
        }
    }

    @Test
    void lockedModeWithoutALockFileFails(@TempDir Path temp) {
        try (PackageResolver resolver = new PackageResolver(FeedFixtures.sources(feed -> feed.add("A", "1.0")))) {
            ResolveResult result = LockedRestore.resolve(resolver, request("A 1.0"), temp.resolve("packages.lock.json"), true).result();

            assertThat(result.errors()).singleElement().satisfies(d ->
                    assertThat(d.message()).contains("There is no lock file at " + temp.resolve("packages.lock.json")));
        }
    }

    private static void writeLock(Path lock, PackageSources sources, ResolveRequest request) {
        try (PackageResolver resolver = new PackageResolver(sources)) {
            ResolveResult result = resolver.resolve(request);
            assertThat(result.succeeded()).isTrue();
            LockFileWriter.write(LockFileBuilder.build(result, ContentHashes.NONE), lock);
        }
    }

    private static Path resource(String name) throws URISyntaxException, IOException {
        return Path.of(LockFileTest.class.getResource("/lockfiles/" + name).toURI());
    }
}
