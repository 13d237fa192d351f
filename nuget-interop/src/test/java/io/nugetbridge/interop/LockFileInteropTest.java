package io.nugetbridge.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.project.LockFileSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packages.lock.json both ways. The project floats (Lck.A 1.*) and a newer Lck.A 1.1.0 (with a newer
 * dependency) reaches the feed after the lock file was written, so only a client that honours the lock file
 * stays on 1.0.0; in locked mode (RestoreLockedMode) a lock file it cannot use is NU1004.
 */
@RequiresNuGetExe
class LockFileInteropTest {

    private static final ProjectSpec PROJECT = ProjectSpec.of("locked", List.of("netstandard2.0", "net8.0"),
            "Lck.A 1.*");
    private static final Map<String, FrameworkOutcome> LOCKED = Map.of(
            "netstandard2.0", new FrameworkOutcome("netstandard2.0", Set.of("lck.a/1.0.0", "lck.b/1.0.0"), Set.of()),
            "net8.0", new FrameworkOutcome("net8.0", Set.of("lck.a/1.0.0", "lck.b/1.0.0"), Set.of()));

    @TempDir
    Path work;

    @Test
    void nugetExeRestoresInLockedModeFromOurLockFile() {
        Path feed = FolderFeed.write(work.resolve("feed"), List.of(
                FeedPackage.of("Lck.A", "1.0.0").dependsOn("Lck.B [1.0.0, )"), FeedPackage.of("Lck.B", "1.0.0")));
        DgSpec spec = new DgSpec(work.resolve("nuget")).source(feed.toString())
                .lock(new DgSpec.LockOptions(true, true));
        Path lockFile = spec.projectFolder(PROJECT.name()).resolve("packages.lock.json");
        OurRestore.ProjectOutcome ours = new OurRestore(work.resolve("ours"), List.of(feed.toString()),
                work.resolve("our-global-packages"), false).restore(PROJECT, new LockFileSettings(true, false, lockFile));
        assertThat(ours.frameworks()).isEqualTo(LOCKED);
        assertThat(lockFile).as("our packages.lock.json").isRegularFile();

        FolderFeed.write(feed, List.of(FeedPackage.of("Lck.A", "1.1.0").dependsOn("Lck.B [1.1.0, )"),
                FeedPackage.of("Lck.B", "1.1.0")));
        Path dg = spec.write(List.of(PROJECT));
        NuGetExe.Run run = NuGetExe.in(work.resolve("sandbox")).run(dg.getParent(), "restore", dg.toString());

        assertThat(run.succeeded()).as("NuGet.exe in locked mode with our lock file\n%s", run.describe()).isTrue();
        assertThat(AssetsFile.read(spec.assetsFile(PROJECT.name())).outcomes()).as(run.describe()).isEqualTo(LOCKED);
    }

    @Test
    void ourLockedRestoreHonoursNuGetExesLockFile() {
        Path feed = FolderFeed.write(work.resolve("feed"), List.of(
                FeedPackage.of("Lck.A", "1.0.0").dependsOn("Lck.B [1.0.0, )"), FeedPackage.of("Lck.B", "1.0.0")));
        DgSpec spec = new DgSpec(work.resolve("nuget")).source(feed.toString())
                .lock(new DgSpec.LockOptions(true, false));
        Path dg = spec.write(List.of(PROJECT));
        NuGetExe.Run run = NuGetExe.in(work.resolve("sandbox")).run(dg.getParent(), "restore", dg.toString())
                .requireSuccess();
        Path lockFile = spec.projectFolder(PROJECT.name()).resolve("packages.lock.json");
        assertThat(lockFile).as("NuGet.exe's packages.lock.json\n%s", run.describe()).isRegularFile();

        FolderFeed.write(feed, List.of(FeedPackage.of("Lck.A", "1.1.0").dependsOn("Lck.B [1.1.0, )"),
                FeedPackage.of("Lck.B", "1.1.0")));
        OurRestore.ProjectOutcome ours = new OurRestore(work.resolve("ours"), List.of(feed.toString()),
                work.resolve("our-global-packages"), false).restore(PROJECT, new LockFileSettings(true, true, lockFile));

        assertThat(ours.frameworks()).as("our locked restore with NuGet.exe's lock file %s", lockFile)
                .isEqualTo(LOCKED);
    }
}
