package io.nugetbridge.core.cache;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Another build for {@link PackageLockTest}: a JVM of its own that says it is ready, waits for the start file,
 * then takes and releases one package lock many times, each time proving it is alone inside by creating a marker
 * file that must not exist yet. Prints {@code alone=<times>} or {@code overlap} on the first time it was not.
 *
 * <p>Arguments: lock file, marker file, times, ready file, start file.
 */
public final class HoldLockInAnotherJvm {

    private HoldLockInAnotherJvm() {}

    public static void main(String[] args) throws Exception {
        Path lockFile = Path.of(args[0]);
        Path marker = Path.of(args[1]);
        int times = Integer.parseInt(args[2]);
        Path start = Path.of(args[4]);
        Files.createFile(Path.of(args[3]));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(start)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no start file " + start);
            }
            Thread.sleep(2);
        }
        for (int i = 0; i < times; i++) {
            if (!holdAlone(lockFile, marker)) {
                System.out.println("overlap");
                return;
            }
        }
        System.out.println("alone=" + times);
    }

    /** Takes the lock, checks nobody else is inside, leaves. */
    static boolean holdAlone(Path lockFile, Path marker) throws Exception {
        try (PackageLock lock = PackageLock.acquire(lockFile, Duration.ofSeconds(60), () -> {})) {
            try {
                Files.createFile(marker);
            } catch (FileAlreadyExistsException e) {
                return false;
            }
            Thread.yield();
            Files.delete(marker);
            return true;
        }
    }
}
