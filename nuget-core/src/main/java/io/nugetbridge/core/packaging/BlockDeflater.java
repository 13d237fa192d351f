package io.nugetbridge.core.packaging;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
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
 *
 * <p>Input and output buffers come from pools bounded by the blocks that can be in flight, made
 * when first needed and reused, so a run allocates a few megabytes once, whatever the payload's size.
 */
final class BlockDeflater implements AutoCloseable {

    static final int BLOCK_SIZE = 1024 * 1024;
    /** Deflate looks back at most this far, so this much of the previous block is all a block needs. */
    static final int WINDOW = 32 * 1024;
    /** zlib's level 6, which is what .NET's CompressionLevel.Optimal (NuGet's choice) means. */
    private static final int LEVEL = 6;
    /** Above zlib's worst case for a block (stored blocks' headers, the sync flush), with room to spare. */
    private static final int OUTPUT_SIZE = BLOCK_SIZE + BLOCK_SIZE / 64 + 4096;

    /** One block: its input buffer, and once deflated its output. */
    static final class Block {
        final byte[] input;
        byte[] output;
        int outputLength;

        Block(byte[] input) {
            this.input = input;
        }
    }

    private final ExecutorService workers;
    private final BlockingQueue<Deflater> deflaters;
    private final List<Deflater> all = new ArrayList<>();
    private final BufferPool inputs;
    private final BufferPool outputs;

    /**
     * @param threads  how many blocks deflate at once
     * @param inFlight how many blocks may be submitted and not yet released at once; the pools hold
     *                 that many buffers, so a caller that never exceeds it never waits for one
     */
    BlockDeflater(int threads, int inFlight) {
        this.deflaters = new ArrayBlockingQueue<>(threads);
        for (int i = 0; i < threads; i++) {
            Deflater deflater = new Deflater(LEVEL, true);
            all.add(deflater);
            deflaters.add(deflater);
        }
        this.inputs = new BufferPool(BLOCK_SIZE, inFlight);
        this.outputs = new BufferPool(OUTPUT_SIZE, inFlight);
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

    /** An empty input buffer of {@link #BLOCK_SIZE} bytes to read a block into. */
    Block newBlock() throws IOException {
        try {
            return new Block(inputs.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while packing");
        }
    }

    /** Buffers of one size, made when first needed and at most {@code max} of them. */
    private static final class BufferPool {
        private final int size;
        private final int max;
        private final BlockingQueue<byte[]> free;
        private final AtomicInteger made = new AtomicInteger();

        BufferPool(int size, int max) {
            this.size = size;
            this.max = max;
            this.free = new ArrayBlockingQueue<>(max);
        }

        byte[] take() throws InterruptedException {
            byte[] buffer = free.poll();
            if (buffer != null) {
                return buffer;
            }
            if (made.incrementAndGet() <= max) {
                return new byte[size];
            }
            made.decrementAndGet();
            return free.take();
        }

        void give(byte[] buffer) {
            if (buffer.length == size) {
                free.add(buffer);
            } else {
                made.decrementAndGet(); // a grown buffer is dropped; a normal one can be made again
            }
        }
    }

    /**
     * Starts deflating {@code block.input[0, length)}, primed with {@code dictionary} (the up to 32 KiB
     * before it, null for an entry's first block), as the entry's last block or not.
     */
    Future<Block> submit(Block block, int length, byte[] dictionary, boolean last) {
        return workers.submit(() -> {
            Deflater deflater = deflaters.take();
            try {
                block.output = outputs.take();
                block.outputLength = deflate(deflater, dictionary, block, length, last);
                return block;
            } finally {
                deflaters.add(deflater);
            }
        });
    }

    private static int deflate(Deflater deflater, byte[] dictionary, Block block, int length, boolean last) {
        deflater.reset();
        if (dictionary != null) {
            deflater.setDictionary(dictionary);
        }
        deflater.setInput(block.input, 0, length);
        if (last) {
            deflater.finish();
        }
        int written = 0;
        while (true) {
            if (written == block.output.length) {
                block.output = Arrays.copyOf(block.output, block.output.length * 2); // never expected; stays correct
            }
            int n = deflater.deflate(block.output, written, block.output.length - written,
                    last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
            written += n;
            boolean done = last ? deflater.finished() : written < block.output.length && deflater.needsInput();
            if (done) {
                return written;
            }
        }
    }

    /** Waits for a block's output. */
    static Block await(Future<Block> block) throws IOException {
        try {
            return block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while packing");
        } catch (ExecutionException e) {
            throw new IOException("Compressing failed: " + e.getCause(), e.getCause());
        }
    }

    /** Returns a written block's buffers to the pools. */
    void release(Block block) {
        inputs.give(block.input);
        if (block.output != null) {
            outputs.give(block.output);
        }
    }

    /** The last {@link #WINDOW} bytes of a block, to prime the next one with. */
    static byte[] dictionaryAfter(Block block, int length) {
        int window = Math.min(WINDOW, length);
        return Arrays.copyOfRange(block.input, length - window, length);
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
