package io.nugetbridge.core.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;

/**
 * Deflates an entry's data in blocks on several threads, the way pigz does: each block after the first
 * is primed with the 32 KiB that precede it, and every block but the last ends with a sync flush, so
 * the outputs joined in order are one valid deflate stream. Block boundaries depend only on the data,
 * never on the thread count or timing, so the bytes are the same on one core or sixteen; an entry of
 * one block (anything up to {@link #BLOCK_SIZE}) comes out exactly as a single-threaded deflate.
 */
final class BlockDeflater implements AutoCloseable {

    static final int BLOCK_SIZE = 1024 * 1024;
    /** Deflate looks back at most this far, so this much of the previous block is all a block needs. */
    private static final int WINDOW = 32 * 1024;
    /** zlib's level 6, which is what .NET's CompressionLevel.Optimal (NuGet's choice) means. */
    private static final int LEVEL = 6;

    private final ExecutorService workers;
    private final BlockingQueue<Deflater> deflaters;
    private final List<Deflater> all = new ArrayList<>();

    BlockDeflater(int threads) {
        this.deflaters = new ArrayBlockingQueue<>(threads);
        for (int i = 0; i < threads; i++) {
            Deflater deflater = new Deflater(LEVEL, true);
            all.add(deflater);
            deflaters.add(deflater);
        }
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "nuget-pack-deflate-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A sensible thread count: the machine's cores, at most eight. */
    static int defaultThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Starts deflating {@code data[0, length)}, the block after {@code previous} (null for an entry's
     * first block), as the entry's last block or not.
     */
    Future<byte[]> submit(byte[] previous, byte[] data, int length, boolean last) {
        return workers.submit(() -> {
            Deflater deflater = deflaters.take();
            try {
                return deflate(deflater, previous, data, length, last);
            } finally {
                deflaters.add(deflater);
            }
        });
    }

    private static byte[] deflate(Deflater deflater, byte[] previous, byte[] data, int length, boolean last) {
        deflater.reset();
        if (previous != null) {
            int window = Math.min(WINDOW, previous.length);
            deflater.setDictionary(previous, previous.length - window, window);
        }
        deflater.setInput(data, 0, length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 2));
        byte[] chunk = new byte[64 * 1024];
        if (last) {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk, 0, chunk.length, Deflater.NO_FLUSH));
            }
        } else {
            int written;
            do {
                written = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
                out.write(chunk, 0, written);
            } while (written == chunk.length); // a full buffer may mean more output is waiting
        }
        return out.toByteArray();
    }

    /** Waits for a block's bytes. */
    static byte[] await(Future<byte[]> block) throws IOException {
        try {
            return block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while compressing");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("Compressing failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            // A deflater still in use by a cancelled task must not be ended under it.
            workers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        all.forEach(Deflater::end);
    }
}
