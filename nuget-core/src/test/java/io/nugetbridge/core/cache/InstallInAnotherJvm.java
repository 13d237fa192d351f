package io.nugetbridge.core.cache;

import io.nugetbridge.core.feed.LocalFolderFeed;
import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.version.NuGetVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A second (third, ...) build for {@link ConcurrentInstallTest}: a JVM of its own that says it is ready,
 * waits for the start file, installs one package from a folder feed into the shared global folder, and
 * prints how it got it.
 *
 * <p>Arguments: global folder, feed folder, id, version, ready file, start file, pause in the download (ms).
 */
public final class InstallInAnotherJvm {

    private InstallInAnotherJvm() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        CacheFixtures.CountingFeed feed = new CacheFixtures.CountingFeed(new LocalFolderFeed(Path.of(args[1])),
                Long.parseLong(args[6]));
        Path start = Path.of(args[5]);
        Files.createFile(Path.of(args[4]));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(start)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no start file " + start);
            }
            Thread.sleep(2);
        }
        InstalledPackage installed = new GlobalPackagesFolder(root, List.of(), NuGetLog.SILENT)
                .install(args[2], NuGetVersion.parse(args[3]), feed, Optional.empty());
        System.out.println("origin=" + installed.origin() + " downloads=" + feed.downloads.get());
    }
}
