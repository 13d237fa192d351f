package io.nugetbridge.core.packaging;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Future;
import java.util.zip.CRC32;

/**
 * Writes a zip the way .NET's {@code ZipArchive} does when NuGet packs into a file: each entry's CRC and
 * sizes go back into its local header once known (no data descriptors), no extra fields, version 2.0,
 * MS-DOS host, deflate at zlib's level 6 (.NET's "Optimal") and empty entries stored. Package signing
 * reads these headers byte by byte, so matching NuGet here is worth more than
 * {@link java.util.zip.ZipOutputStream}'s convenience.
 *
 * <p>Data is read and checksummed on the calling thread, deflated in blocks by {@link BlockDeflater}'s
 * threads, and written in order; at most a few blocks are in flight, so memory does not grow with the
 * size of the payload. An entry whose announced size reaches the ZIP64 threshold reserves a ZIP64
 * field in its local header.
 */
final class ZipWriter implements Closeable {

    /** Deflate can grow incompressible data a little; below this, the compressed size surely fits 32 bits. */
    static final long ZIP64_THRESHOLD = 0xFF000000L;

    private static final int LOCAL_HEADER = 0x04034b50;

    private final FileChannel channel;
    private final long zip64Threshold;
    private final BlockDeflater deflater;
    private final int maxInFlight;
    private final CRC32 crc = new CRC32();
    private final Deque<Step> pending = new ArrayDeque<>();
    private final List<ZipEntryRecord> entries = new ArrayList<>();
    private int blocksInFlight;
    private long position;

    ZipWriter(FileChannel channel, int threads, long zip64Threshold) {
        this.channel = channel;
        this.zip64Threshold = zip64Threshold;
        this.maxInFlight = 2 * threads + 1;
        // One more than can be pending: the block being read while the queue is full.
        this.deflater = new BlockDeflater(threads, maxInFlight + 2);
    }

    /**
     * Adds an entry with exactly {@code size} bytes from {@code content}.
     *
     * @throws IOException also when the content turns out longer or shorter than announced (a file
     *                     that changed while being packed)
     */
    void add(String name, long dosTime, InputStream content, long size) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        Entry entry = new Entry(nameBytes, nameBytes.length != name.length(), size == 0 ? 0 : 8, dosTime, size,
                size >= zip64Threshold);
        enqueue(new Step(entry, StepKind.HEADER, null));
        crc.reset();
        byte[] dictionary = null;
        long done = 0;
        while (done < size) {
            int length = (int) Math.min(BlockDeflater.BLOCK_SIZE, size - done);
            BlockDeflater.Block block = deflater.newBlock();
            int read = content.readNBytes(block.input, 0, length);
            if (read < length) {
                deflater.release(block);
                throw changed(name, size, done + read);
            }
            crc.update(block.input, 0, length);
            done += length;
            byte[] next = done < size ? BlockDeflater.dictionaryAfter(block, length) : null;
            enqueue(new Step(entry, StepKind.BLOCK, deflater.submit(block, length, dictionary, done == size)));
            dictionary = next;
        }
        if (content.read() >= 0) {
            throw changed(name, size, size + 1);
        }
        entry.crc = crc.getValue();
        enqueue(new Step(entry, StepKind.END, null));
    }

    /** Writes what is still pending and the central directory; the file is complete afterwards. */
    void finish() throws IOException {
        while (!pending.isEmpty()) {
            writeNext();
        }
        position = ZipDirectory.write(channel, position, entries);
    }

    private void enqueue(Step step) throws IOException {
        pending.add(step);
        if (step.kind == StepKind.BLOCK) {
            blocksInFlight++;
        }
        while (blocksInFlight > maxInFlight) {
            writeNext();
        }
    }

    private void writeNext() throws IOException {
        Step step = pending.remove();
        Entry entry = step.entry;
        switch (step.kind) {
            case HEADER -> {
                entry.offset = position;
                position += writeFully(channel, localHeader(entry), position);
                entry.dataStart = position;
            }
            case BLOCK -> {
                blocksInFlight--;
                BlockDeflater.Block block = BlockDeflater.await(step.block);
                position += writeFully(channel, ByteBuffer.wrap(block.output, 0, block.outputLength), position);
                deflater.release(block);
            }
            case END -> {
                ZipEntryRecord record = new ZipEntryRecord(entry.nameBytes, entry.utf8, entry.method, entry.dosTime,
                        entry.crc, position - entry.dataStart, entry.size, entry.offset, entry.zip64);
                patchLocalHeader(record);
                entries.add(record);
            }
        }
    }

    private static IOException changed(String name, long expected, long read) {
        return new IOException("Expected " + expected + " bytes for " + name + " but read " + (read > expected ? "more" : read)
                + "; was the file changed while packing?");
    }

    private static ByteBuffer localHeader(Entry entry) {
        ByteBuffer header = ZipDirectory.buffer(30 + entry.nameBytes.length + (entry.zip64 ? 20 : 0));
        header.putInt(LOCAL_HEADER)
                .putShort((short) (entry.zip64 ? 45 : 20))
                .putShort((short) (entry.utf8 ? 0x0800 : 0))
                .putShort((short) entry.method)
                .putInt((int) entry.dosTime)
                .putInt(0) // CRC and sizes: patched once the data is written
                .putInt(entry.zip64 ? -1 : 0)
                .putInt(entry.zip64 ? -1 : 0)
                .putShort((short) entry.nameBytes.length)
                .putShort((short) (entry.zip64 ? 20 : 0))
                .put(entry.nameBytes);
        if (entry.zip64) {
            header.putShort((short) 0x0001).putShort((short) 16).putLong(0).putLong(0);
        }
        return header.flip();
    }

    private void patchLocalHeader(ZipEntryRecord entry) throws IOException {
        if (entry.zip64Local()) {
            writeFully(channel, ZipDirectory.buffer(4).putInt((int) entry.crc()).flip(), entry.offset() + 14);
            ByteBuffer sizes = ZipDirectory.buffer(16).putLong(entry.size()).putLong(entry.compressedSize()).flip();
            writeFully(channel, sizes, entry.offset() + 30 + entry.name().length + 4);
            return;
        }
        if (entry.compressedSize() >= ZipEntryRecord.ZIP64_LIMIT) {
            throw new IOException("Entry " + new String(entry.name(), StandardCharsets.UTF_8)
                    + " compressed to more than 4 GiB without a ZIP64 header; it grew while being packed");
        }
        ByteBuffer fields = ZipDirectory.buffer(12)
                .putInt((int) entry.crc()).putInt((int) entry.compressedSize()).putInt((int) entry.size()).flip();
        writeFully(channel, fields, entry.offset() + 14);
    }

    /** Writes all of {@code buffer} at {@code at} and returns how many bytes that was. */
    static int writeFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
        int length = buffer.remaining();
        long where = at;
        while (buffer.hasRemaining()) {
            where += channel.write(buffer, where);
        }
        return length;
    }

    @Override
    public void close() {
        deflater.close();
    }

    private enum StepKind { HEADER, BLOCK, END }

    /** One thing to write, in order: an entry's local header, one deflated block of it, or its end. */
    private record Step(Entry entry, StepKind kind, Future<BlockDeflater.Block> block) {}

    /** An entry being written: fixed facts, and what is learnt while writing it. */
    private static final class Entry {
        final byte[] nameBytes;
        final boolean utf8;
        final int method;
        final long dosTime;
        final long size;
        final boolean zip64;
        long crc;
        long offset;
        long dataStart;

        Entry(byte[] nameBytes, boolean utf8, int method, long dosTime, long size, boolean zip64) {
            this.nameBytes = nameBytes;
            this.utf8 = utf8;
            this.method = method;
            this.dosTime = dosTime;
            this.size = size;
            this.zip64 = zip64;
        }
    }
}
