package io.nugetbridge.core.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on one package folder, held by one thread of one process at a time, that leaves no file
 * behind once released.
 *
 * <p>Across processes it is an OS lock on a lock file ({@link FileChannel#tryLock}). Within a JVM the OS lock
 * cannot tell threads apart (a second {@code tryLock} on the same file throws
 * {@link OverlappingFileLockException}), so threads first queue on an in-memory lock per file. Maven can load this
 * class twice (the wagon's and the plugin's class loaders), each with its own in-memory locks; there the overlap
 * exception just means "held", and we wait and try again, as for another process.
 *
 * <p>The holder deletes the lock file before it lets go, as NuGet's lock files are deleted on close (NuGet.Common's
 * {@code ConcurrencyUtilities}, which keeps them in a temporary folder rather than beside the packages). Deleting a
 * lock file races with its next user: a waiter may have opened the file just before it was deleted, and then locks
 * a file that is no longer at the path while a third process creates and locks a new one there. So a lock only
 * counts once its holder has written a token of its own into the file it locked and read that token back through
 * the path: the file at the path is then the one locked, and only its holder can delete it. The OS lock covers one
 * byte far beyond the token, never the token itself, because Windows locks are mandatory and would keep that read
 * out; it overlaps a lock on the whole file, so older copies of this class that lock the whole file still exclude
 * us. After the release the id folder is removed if nothing else is left in it, as NuGet does after a failed
 * install ({@code PackageExtractor.DeleteTargetAndTempPaths}); creating the lock file again retries when that
 * happens meanwhile.
 */
final class PackageLock implements AutoCloseable {

    private static final Map<Path, Holder> IN_THIS_LOADER = new ConcurrentHashMap<>();
    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long LONGEST_PAUSE_MILLIS = 500;
    /** The byte the OS lock covers: beyond any token, inside a lock on the whole file ({@code tryLock()}). */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;
    /** How long a lock file that cannot be opened for want of rights is retried: Windows denies a file being deleted. */
    private static final Duration DENIED_RETRIES = Duration.ofSeconds(2);

    /** Counts its users, so the map keeps only the locks someone holds or waits for. */
    private static final class Holder {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    private final Path file;
    private final Holder holder;
    private final FileChannel channel;
    private final FileLock osLock;
    private final FileChannel check;

    private PackageLock(Path file, Holder holder, FileChannel channel, FileLock osLock, FileChannel check) {
        this.file = file;
        this.holder = holder;
        this.channel = channel;
        this.osLock = osLock;
        this.check = check;
    }

    /**
     * Waits up to {@code timeout} for the lock on {@code file} (created with its folder when missing, deleted on
     * {@link #close()}); {@code onWait} runs once if the lock is taken, so the user learns why nothing moves.
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

    /**
     * Takes the OS lock on the file at {@code key}. A channel is closed only while this JVM holds no lock on its
     * file, or holds it itself: on Linux and macOS closing any channel of a file drops every lock the process has
     * on it, so closing one on a file another class loader's copy holds would let another process in. Hence a
     * channel whose lock attempt overlapped is kept and tried again, and the channel opened to check the path
     * becomes the next one tried when the check fails.
     */
    private static PackageLock lockFile(Path key, Holder holder, long deadline, Duration timeout, Runnable onWait)
            throws IOException, InterruptedException {
        long pause = FIRST_PAUSE_MILLIS;
        FileChannel channel = null;
        boolean held = false;
        try {
            while (true) {
                if (channel == null) {
                    channel = open(key, deadline);
                }
                FileLock osLock = null;
                boolean heldHere = false;
                try {
                    osLock = channel.tryLock(LOCKED_BYTE, 1, false);
                } catch (OverlappingFileLockException e) {
                    heldHere = true; // by this JVM, through another class loader's copy of this class
                }
                if (osLock != null) {
                    Optional<FileChannel> atPath = openAtPath(key);
                    boolean same;
                    try {
                        same = atPath.isPresent() && isSameFile(channel, atPath.get());
                    } catch (IOException | RuntimeException e) {
                        if (atPath.isPresent()) {
                            atPath.get().close();
                        }
                        throw e;
                    }
                    if (same) {
                        held = true;
                        return new PackageLock(key, holder, channel, osLock, atPath.get());
                    }
                    // Locked a file its holder deleted meanwhile: the lock is the file at the path, so try that one.
                    osLock.release();
                    channel.close();
                    channel = atPath.orElse(null);
                    if (System.nanoTime() > deadline) {
                        throw timedOut(key, timeout);
                    }
                    continue;
                }
                if (!heldHere) {
                    channel.close();
                    channel = null;
                }
                onWait.run();
                onWait = () -> {};
                if (System.nanoTime() > deadline) {
                    throw timedOut(key, timeout);
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
        } finally {
            if (!held && channel != null) {
                channel.close();
            }
        }
    }

    /**
     * Opens (creating) the lock file. Its folder may vanish meanwhile (a holder that released removes it when
     * empty) and Windows denies opening a file another holder is deleting: both are retried.
     */
    private static FileChannel open(Path key, long deadline) throws IOException, InterruptedException {
        long deniedUntil = System.nanoTime() + DENIED_RETRIES.toNanos();
        while (true) {
            try {
                Files.createDirectories(key.getParent());
                return FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (NoSuchFileException | FileAlreadyExistsException e) {
                // The folder was removed between creating it and creating the file, or while creating it; a file
                // where the folder should be is no race.
                boolean notAFolder = Files.exists(key.getParent()) && !Files.isDirectory(key.getParent());
                if (notAFolder || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.onSpinWait();
            } catch (AccessDeniedException e) {
                if (System.nanoTime() > Math.min(deniedUntil, deadline) || !Files.isWritable(key.getParent())) {
                    throw e;
                }
                Thread.sleep(FIRST_PAUSE_MILLIS);
            }
        }
    }

    /** A channel on the file now at {@code key}, or empty when there is none (Windows denies a file being deleted). */
    private static Optional<FileChannel> openAtPath(Path key) throws IOException {
        try {
            return Optional.of(FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE));
        } catch (NoSuchFileException | AccessDeniedException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether two channels are on one file: a fresh token written through the locked one is read back through the
     * other. Only the holder of a file writes into it, so another file cannot hold this token.
     */
    private static boolean isSameFile(FileChannel locked, FileChannel other) throws IOException {
        byte[] token = (ProcessHandle.current().pid() + " " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        locked.truncate(0);
        ByteBuffer out = ByteBuffer.wrap(token);
        while (out.hasRemaining()) {
            locked.write(out, out.position());
        }
        ByteBuffer in = ByteBuffer.allocate(token.length + 1);
        // One byte more than the token, so that a longer file is seen as another one.
        while (in.hasRemaining() && other.read(in, in.position()) > 0) {
            // reading on
        }
        return in.position() == token.length && Arrays.equals(in.array(), 0, token.length, token, 0, token.length);
    }

    /** Deletes the lock file, then lets go of it, then removes its folder if that is left empty. */
    @Override
    public void close() throws IOException {
        try {
            try {
                Files.deleteIfExists(file);
            } finally {
                try {
                    osLock.release();
                } finally {
                    try {
                        channel.close();
                    } finally {
                        check.close();
                    }
                }
            }
            removeIfEmpty(file.getParent());
        } finally {
            holder.lock.unlock();
            release(file, holder);
        }
    }

    /** Removes an empty folder; one that is not empty (or gone, or in use on Windows) is left alone. */
    private static void removeIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // DirectoryNotEmptyException above all: other versions, or another build's lock file by now.
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
