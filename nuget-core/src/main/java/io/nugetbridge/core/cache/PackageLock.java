package io.nugetbridge.core.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on one package folder, held by one thread of one process at a time.
 *
 * <p>Across processes it is an OS lock on a lock file ({@link FileChannel#tryLock()}). Within a JVM the
 * OS lock cannot tell threads apart (a second {@code tryLock} on the same file throws
 * {@link OverlappingFileLockException}), so threads first queue on an in-memory lock per file. Maven can
 * load this class twice (the wagon's and the plugin's class loaders), each with its own in-memory locks;
 * there the overlap exception just means "held", and we wait and try again, as for another process.
 */
final class PackageLock implements AutoCloseable {

    private static final Map<Path, Holder> IN_THIS_LOADER = new ConcurrentHashMap<>();
    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long LONGEST_PAUSE_MILLIS = 500;

    /** Counts its users, so the map keeps only the locks someone holds or waits for. */
    private static final class Holder {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    private final Path file;
    private final Holder holder;
    private final FileChannel channel;
    private final FileLock osLock;

    private PackageLock(Path file, Holder holder, FileChannel channel, FileLock osLock) {
        this.file = file;
        this.holder = holder;
        this.channel = channel;
        this.osLock = osLock;
    }

    /**
     * Waits up to {@code timeout} for the lock on {@code file} (created with its folder when missing);
     * {@code onWait} runs once if the lock is taken, so the user learns why nothing moves.
     */
    static PackageLock acquire(Path file, Duration timeout, Runnable onWait) throws IOException, InterruptedException {
        Path key = file.toAbsolutePath().normalize();
        long deadline = System.nanoTime() + timeout.toNanos();
        Holder holder = IN_THIS_LOADER.compute(key, (k, existing) -> {
            Holder h = existing == null ? new Holder() : existing;
            h.users++;
            return h;
        });
        boolean done = false;
        try {
            if (!holder.lock.tryLock()) {
                onWait.run();
                onWait = () -> {};
                if (!holder.lock.tryLock(remaining(deadline), TimeUnit.NANOSECONDS)) {
                    throw timedOut(key, timeout);
                }
            }
            try {
                PackageLock lock = lockFile(key, holder, deadline, timeout, onWait);
                done = true;
                return lock;
            } finally {
                if (!done) {
                    holder.lock.unlock();
                }
            }
        } finally {
            if (!done) {
                release(key, holder);
            }
        }
    }

    private static PackageLock lockFile(Path key, Holder holder, long deadline, Duration timeout, Runnable onWait)
            throws IOException, InterruptedException {
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            FileChannel channel = open(key);
            try {
                FileLock osLock = channel.tryLock();
                if (osLock != null) {
                    return new PackageLock(key, holder, channel, osLock);
                }
            } catch (OverlappingFileLockException e) {
                // Held by this JVM through another class loader's copy of this class.
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            channel.close();
            onWait.run();
            onWait = () -> {};
            if (System.nanoTime() > deadline) {
                throw timedOut(key, timeout);
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    /** Opens (creating) the lock file; another tool may remove an empty id folder meanwhile, so that is retried. */
    private static FileChannel open(Path key) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.createDirectories(key.getParent());
                return FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            osLock.release();
            channel.close();
        } finally {
            holder.lock.unlock();
            release(file, holder);
        }
    }

    private static void release(Path key, Holder holder) {
        IN_THIS_LOADER.compute(key, (k, existing) -> --holder.users == 0 ? null : existing);
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static CacheException timedOut(Path key, Duration timeout) {
        return new CacheException("Gave up after " + timeout.toSeconds() + " s waiting for the lock " + key
                + ", held by another build or thread installing the same package. If no other build is running,"
                + " a process may be stuck holding it: stop it, or raise the lock timeout.");
    }
}
