package io.nugetbridge.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package lock leaves nothing in the global packages folder once released, as NuGet leaves nothing there (its
 * lock files live in a temporary folder, {@code ConcurrencyUtilities} in NuGet.Common), and still lets one holder
 * in at a time when holders race to take it while another deletes it: copies of the class in other class loaders
 * (each with its own in-memory locks, so only the file lock stands between them) and other JVMs.
 */
@Timeout(180)
class PackageLockTest {

    @TempDir
    Path root;

    @TempDir
    Path signals;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void releasingRemovesTheLockFileAndTheIdFolderItLeavesEmpty() throws Exception {
        Path lockFile = root.resolve("polly/.4.3.0.lock");
        try (PackageLock lock = PackageLock.acquire(lockFile, Duration.ofSeconds(5), () -> {})) {
            assertThat(lockFile).exists();
        }
        assertThat(root.resolve("polly")).doesNotExist();
        assertThat(root).exists();
    }

    @Test
    void releasingKeepsAnIdFolderThatHoldsOtherVersions() throws Exception {
        Files.createDirectories(root.resolve("polly/4.2.0"));
        try (PackageLock lock = PackageLock.acquire(root.resolve("polly/.4.3.0.lock"), Duration.ofSeconds(5), () -> {})) {
            assertThat(CacheFixtures.names(root.resolve("polly"))).containsExactly(".4.3.0.lock", "4.2.0");
        }
        assertThat(CacheFixtures.names(root.resolve("polly"))).containsExactly("4.2.0");
    }

    @Test
    void aLockFileAKilledBuildLeftIsTakenAndRemoved() throws Exception {
        Path lockFile = Files.createDirectories(root.resolve("polly")).resolve(".4.3.0.lock");
        Files.writeString(lockFile, "12345 left by a build that was killed");
        try (PackageLock lock = PackageLock.acquire(lockFile, Duration.ofSeconds(5), () -> {})) {
            assertThat(lockFile).exists();
        }
        assertThat(root.resolve("polly")).doesNotExist();
    }

    @Test
    void copiesInOtherClassLoadersTakingItInTurnAreNeverInsideTogether() throws Exception {
        Path lockFile = root.resolve("polly/.4.3.0.lock");
        Path marker = signals.resolve("inside");
        List<URLClassLoader> loaders = new ArrayList<>();
        List<Future<Boolean>> runs = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        try {
            for (int copy = 0; copy < 4; copy++) {
                URLClassLoader loader = new URLClassLoader(classPathUrls(), ClassLoader.getPlatformClassLoader());
                loaders.add(loader);
                Method holdAlone = Class.forName(HoldLockInAnotherJvm.class.getName(), true, loader)
                        .getDeclaredMethod("holdAlone", Path.class, Path.class);
                holdAlone.setAccessible(true);
                runs.add(threads.submit(() -> {
                    go.await();
                    for (int i = 0; i < 300; i++) {
                        if (!(Boolean) holdAlone.invoke(null, lockFile, marker)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            go.countDown();
            for (Future<Boolean> run : runs) {
                assertThat(run.get(120, TimeUnit.SECONDS)).as("alone inside the lock every time").isTrue();
            }
        } finally {
            for (URLClassLoader loader : loaders) {
                loader.close();
            }
        }
        assertThat(root.resolve("polly")).doesNotExist();
    }

    @Test
    void jvmsTakingItInTurnAreNeverInsideTogetherAndLeaveNothing() throws Exception {
        Path lockFile = root.resolve("polly/.4.3.0.lock");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), HoldLockInAnotherJvm.class.getName(), lockFile.toString(),
                    signals.resolve("inside").toString(), "200", signals.resolve("ready-" + i).toString(),
                    signals.resolve("start").toString()).redirectErrorStream(true).start());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int i = 0; i < processes.size(); i++) {
            while (!Files.exists(signals.resolve("ready-" + i))) {
                assertThat(processes.get(i).isAlive()).as("JVM %d is running", i).isTrue();
                assertThat(System.nanoTime()).as("the JVMs got ready in time").isLessThan(deadline);
                Thread.sleep(10);
            }
        }
        Files.createFile(signals.resolve("start"));

        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(output).isEqualTo("alone=200");
        }
        assertThat(root.resolve("polly")).doesNotExist();
    }

    private static URL[] classPathUrls() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(entry -> {
            try {
                return Path.of(entry).toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(URL[]::new);
    }
}
