package io.nugetbridge.core.packaging;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a zip the way .NET's {@code ZipArchive} does when NuGet packs into a file: each entry's CRC and
 * sizes go back into its local header once known (no data descriptors), no extra fields, version 2.0,
 * MS-DOS host, deflate at zlib's level 6 (what .NET's "Optimal" is) and empty entries stored. Package
 * signing reads these headers byte by byte, so matching NuGet here is worth more than
 * {@link java.util.zip.ZipOutputStream}'s convenience.
 *
 * <p>Bytes stream through two fixed buffers, so memory does not grow with entry size. An entry whose
 * announced size reaches {@link #ZIP64_THRESHOLD} reserves a ZIP64 field in its local header.
 */
final class ZipWriter implements Closeable {

    /** Deflate can grow incompressible data a little; below this, the compressed size surely fits 32 bits. */
    static final long ZIP64_THRESHOLD = 0xFF000000L;

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int BUFFER = 256 * 1024;

    private final FileChannel channel;
    private final Deflater deflater = new Deflater(6, true);
    private final CRC32 crc = new CRC32();
    private final byte[] input = new byte[BUFFER];
    private final byte[] output = new byte[BUFFER];
    private final List<ZipEntryRecord> entries = new ArrayList<>();
    private long position;

    ZipWriter(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Adds an entry with exactly {@code size} bytes from {@code content}.
     *
     * @throws IOException also when the content turns out longer or shorter than announced (a file
     *                     that changed while being packed)
     */
    void add(String name, long dosTime, InputStream content, long size) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        boolean utf8 = nameBytes.length != name.length();
        boolean zip64 = size >= ZIP64_THRESHOLD;
        int method = size == 0 ? 0 : 8;
        long offset = position;
        position += writeFully(channel, localHeader(nameBytes, utf8, method, dosTime, zip64), position);
        long dataStart = position;
        crc.reset();
        long read = method == 0 ? Math.max(content.read(input), 0) : deflate(content, size);
        if (read != size) {
            throw new IOException("Expected " + size + " bytes for " + name + " but read " + read
                    + (read > size ? " or more" : "") + "; was the file changed while packing?");
        }
        ZipEntryRecord entry = new ZipEntryRecord(nameBytes, utf8, method, dosTime, crc.getValue(), position - dataStart,
                size, offset, zip64);
        patchLocalHeader(entry);
        entries.add(entry);
    }

    /** Writes the central directory; the file is complete afterwards. */
    void finish() throws IOException {
        position = ZipDirectory.write(channel, position, entries);
    }

    /** Bytes written so far. */
    long size() {
        return position;
    }

    private long deflate(InputStream content, long size) throws IOException {
        deflater.reset();
        long read = 0;
        for (int n; (n = content.read(input)) >= 0; ) {
            read += n;
            if (read > size) {
                return read;
            }
            crc.update(input, 0, n);
            deflater.setInput(input, 0, n);
            while (!deflater.needsInput()) {
                writeOutput(deflater.deflate(output, 0, output.length, Deflater.NO_FLUSH));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            writeOutput(deflater.deflate(output, 0, output.length, Deflater.NO_FLUSH));
        }
        return read;
    }

    private void writeOutput(int length) throws IOException {
        if (length > 0) {
            position += writeFully(channel, ByteBuffer.wrap(output, 0, length), position);
        }
    }

    private static ByteBuffer localHeader(byte[] name, boolean utf8, int method, long dosTime, boolean zip64) {
        ByteBuffer header = ZipDirectory.buffer(30 + name.length + (zip64 ? 20 : 0));
        header.putInt(LOCAL_HEADER)
                .putShort((short) (zip64 ? 45 : 20))
                .putShort((short) (utf8 ? 0x0800 : 0))
                .putShort((short) method)
                .putInt((int) dosTime)
                .putInt(0) // CRC, sizes: patched once the data is written
                .putInt(zip64 ? -1 : 0)
                .putInt(zip64 ? -1 : 0)
                .putShort((short) name.length)
                .putShort((short) (zip64 ? 20 : 0))
                .put(name);
        if (zip64) {
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
        deflater.end();
    }
}
