package io.nugetbridge.core.cache;

import static io.nugetbridge.core.cache.CacheFixtures.V430;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.feed.LocalFolderFeed;
import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.log.RecordingLog;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
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
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Builds sharing one global packages folder: other JVMs, many threads, another class loader's copy of us. */
@Timeout(180)
@RequiresCorpus
class ConcurrentInstallTest {

    @TempDir
    Path root;

    @TempDir
    Path feedFolder;

    @TempDir
    Path signals;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void feed() throws Exception {
        Files.copy(CacheFixtures.polly(), feedFolder.resolve("Polly.4.3.0.nupkg"));
        Files.copy(CacheFixtures.unsafe(), feedFolder.resolve("System.Runtime.CompilerServices.Unsafe.6.0.0.nupkg"));
        Files.copy(Fixtures.path("nupkg/Dapper.2.0.78.nupkg"), feedFolder.resolve("Dapper.2.0.78.nupkg"));
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void twoJvmsInstallingTheSamePackageAtOnceLeaveOneIntactCopyDownloadedOnce() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    InstallInAnotherJvm.class.getName(), root.toString(), feedFolder.toString(), "Polly", "4.3.0",
                    signals.resolve("ready-" + i).toString(), signals.resolve("start").toString(), "500")
                    .redirectErrorStream(true).start());
        }
        waitFor(() -> Files.exists(signals.resolve("ready-0")) && Files.exists(signals.resolve("ready-1")), processes);
        Files.createFile(signals.resolve("start"));

        List<String> outputs = new ArrayList<>();
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            outputs.add(output);
        }

        assertThat(outputs).containsExactlyInAnyOrder("origin=DOWNLOADED downloads=1", "origin=GLOBAL_FOLDER downloads=0");
        assertIntactPolly();
    }

    @Test
    void manyThreadsInstallingTheSamePackageDownloadItOnce() throws Exception {
        CacheFixtures.CountingFeed feed = new CacheFixtures.CountingFeed(new LocalFolderFeed(feedFolder), 200);
        GlobalPackagesFolder cache = new GlobalPackagesFolder(root, List.of(), NuGetLog.SILENT);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<InstalledPackage>> installs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            // Each thread its own instance, as the wagon and the restore goal would have.
            GlobalPackagesFolder own = i % 2 == 0 ? cache : new GlobalPackagesFolder(root, List.of(), NuGetLog.SILENT);
            installs.add(threads.submit(() -> {
                go.await();
                return own.install("Polly", V430, feed, Optional.empty());
            }));
        }
        go.countDown();

        List<InstalledPackage.Origin> origins = new ArrayList<>();
        for (Future<InstalledPackage> install : installs) {
            InstalledPackage installed = install.get(60, TimeUnit.SECONDS);
            assertThat(installed.folder()).isEqualTo(root.resolve("polly/4.3.0"));
            origins.add(installed.origin());
        }
        assertThat(feed.downloads.get()).isEqualTo(1);
        assertThat(origins).containsOnlyOnce(InstalledPackage.Origin.DOWNLOADED);
        assertIntactPolly();
    }

    @Test
    void differentPackagesInstallInParallel() throws Exception {
        CacheFixtures.CountingFeed feed = new CacheFixtures.CountingFeed(new LocalFolderFeed(feedFolder), 300);
        GlobalPackagesFolder cache = new GlobalPackagesFolder(root, List.of(), NuGetLog.SILENT);
        List<String[]> packages = List.of(new String[] {"Polly", "4.3.0"},
                new String[] {"System.Runtime.CompilerServices.Unsafe", "6.0.0"}, new String[] {"Dapper", "2.0.78"});
        List<Future<InstalledPackage>> installs = new ArrayList<>();
        for (String[] p : packages) {
            installs.add(threads.submit(() -> cache.install(p[0], NuGetVersion.parse(p[1]), feed, Optional.empty())));
        }
        for (Future<InstalledPackage> install : installs) {
            assertThat(install.get(60, TimeUnit.SECONDS).origin()).isEqualTo(InstalledPackage.Origin.DOWNLOADED);
        }

        // Each package has its own lock: the three 300 ms downloads overlapped.
        assertThat(feed.mostAtOnce.get()).isGreaterThan(1);
        assertThat(feed.downloads.get()).isEqualTo(3);
        assertThat(CacheFixtures.names(root)).containsExactly("dapper", "polly", "system.runtime.compilerservices.unsafe");
    }

    @Test
    void aCopyOfThisCodeInAnotherClassLoaderHoldingTheLockIsWaitedFor() throws Exception {
        GlobalPackagesFolder cache = new GlobalPackagesFolder(root, List.of(), NuGetLog.SILENT);
        Path lockFile = root.resolve("polly/.4.3.0.lock");
        try (URLClassLoader other = new URLClassLoader(classPathUrls(), ClassLoader.getPlatformClassLoader())) {
            Class<?> otherLock = Class.forName(PackageLock.class.getName(), true, other);
            assertThat(otherLock).isNotSameAs(PackageLock.class);
            Method acquire = otherLock.getDeclaredMethod("acquire", Path.class, Duration.class, Runnable.class);
            acquire.setAccessible(true);
            AutoCloseable held = (AutoCloseable) acquire.invoke(null, lockFile, Duration.ofSeconds(10), (Runnable) () -> {});

            Future<InstalledPackage> install = threads.submit(() ->
                    cache.install("Polly", V430, new LocalFolderFeed(feedFolder), Optional.empty()));
            Thread.sleep(500);
            assertThat(install.isDone()).isFalse();
            assertThat(root.resolve("polly/4.3.0")).doesNotExist();

            held.close();
            assertThat(install.get(30, TimeUnit.SECONDS).origin()).isEqualTo(InstalledPackage.Origin.DOWNLOADED);
        }
        assertIntactPolly();
    }

    @Test
    void aLockHeldTooLongIsAnErrorThatSaysWhoToLookFor() throws Exception {
        RecordingLog log = new RecordingLog();
        GlobalPackagesFolder cache = new GlobalPackagesFolder(root, List.of(), log).withLockTimeout(Duration.ofMillis(300));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        threads.submit(() -> {
            PackageLock lock = PackageLock.acquire(root.resolve("polly/.4.3.0.lock"), Duration.ofSeconds(5), () -> {});
            try {
                held.countDown();
                release.await();
            } finally {
                lock.close();
            }
            return null;
        });
        held.await();
        try {
            assertThatThrownBy(() -> cache.install("Polly", V430, new LocalFolderFeed(feedFolder), Optional.empty()))
                    .isInstanceOf(CacheException.class)
                    .hasMessageContaining("waiting for the lock " + root.resolve("polly/.4.3.0.lock"))
                    .hasMessageContaining("another build");
            assertThat(log.lines).singleElement().asString().startsWith("Waiting for another build to finish installing Polly 4.3.0");
        } finally {
            release.countDown();
        }
        assertThat(root.resolve("polly/4.3.0")).doesNotExist();
    }

    private void assertIntactPolly() throws Exception {
        Path folder = root.resolve("polly/4.3.0");
        assertThat(CacheFixtures.files(folder)).hasSize(19);
        assertThat(folder.resolve("polly.4.3.0.nupkg")).hasSameBinaryContentAs(CacheFixtures.polly());
        assertThat(Files.readString(folder.resolve("polly.4.3.0.nupkg.sha512"))).isEqualTo(CacheFixtures.POLLY_SHA512);
        assertThat(NupkgMetadata.read(folder.resolve(".nupkg.metadata")).contentHash()).isEqualTo(CacheFixtures.POLLY_SHA512);
        assertThat(CacheFixtures.names(root.resolve("polly"))).containsExactly("4.3.0");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
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

    private static void waitFor(java.util.function.BooleanSupplier condition, List<Process> processes) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new AssertionError("a JVM ended early: "
                            + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            assertThat(System.nanoTime()).as("the JVMs got ready in time").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
