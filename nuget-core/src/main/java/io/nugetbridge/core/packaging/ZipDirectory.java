package io.nugetbridge.core.packaging;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.List;

/**
 * Writes the end of a zip: the central directory, and the ZIP64 end records only when a count, size
 * or offset does not fit the classic ones (a package of several gigabytes), as .NET does.
 */
final class ZipDirectory {

    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int END = 0x06054b50;
    private static final long LIMIT = ZipEntryRecord.ZIP64_LIMIT;

    private ZipDirectory() {}

    /** Writes the directory at the channel's current end ({@code start}) and returns the file's final length. */
    static long write(FileChannel channel, long start, List<ZipEntryRecord> entries) throws IOException {
        long position = start;
        for (ZipEntryRecord entry : entries) {
            position += ZipWriter.writeFully(channel, centralHeader(entry), position);
        }
        long directorySize = position - start;
        boolean zip64 = entries.size() >= 0xFFFF || directorySize >= LIMIT || start >= LIMIT;
        if (zip64) {
            long zip64End = position;
            position += ZipWriter.writeFully(channel, zip64End(entries.size(), directorySize, start), position);
            position += ZipWriter.writeFully(channel, zip64Locator(zip64End), position);
        }
        position += ZipWriter.writeFully(channel, end(entries.size(), directorySize, start), position);
        return position;
    }

    private static ByteBuffer centralHeader(ZipEntryRecord entry) {
        boolean bigSize = entry.zip64Local() || entry.size() >= LIMIT;
        boolean bigCompressed = entry.zip64Local() || entry.compressedSize() >= LIMIT;
        boolean bigOffset = entry.offset() >= LIMIT;
        int extraLength = (bigSize ? 8 : 0) + (bigCompressed ? 8 : 0) + (bigOffset ? 8 : 0);
        ByteBuffer header = buffer(46 + entry.name().length + (extraLength > 0 ? 4 + extraLength : 0));
        header.putInt(CENTRAL_HEADER)
                .putShort((short) entry.versionNeeded()) // made by: same number, host 0 (MS-DOS), as .NET writes
                .putShort((short) entry.versionNeeded())
                .putShort((short) entry.flags())
                .putShort((short) entry.method())
                .putInt((int) entry.dosTime())
                .putInt((int) entry.crc())
                .putInt((int) (bigCompressed ? LIMIT : entry.compressedSize()))
                .putInt((int) (bigSize ? LIMIT : entry.size()))
                .putShort((short) entry.name().length)
                .putShort((short) (extraLength > 0 ? 4 + extraLength : 0))
                .putShort((short) 0) // comment
                .putShort((short) 0) // disk
                .putShort((short) 0) // internal attributes
                .putInt(0) // external attributes
                .putInt((int) (bigOffset ? LIMIT : entry.offset()))
                .put(entry.name());
        if (extraLength > 0) {
            // The ZIP64 extra field holds exactly the values whose classic fields say 0xFFFFFFFF, in this order.
            header.putShort((short) 0x0001).putShort((short) extraLength);
            if (bigSize) {
                header.putLong(entry.size());
            }
            if (bigCompressed) {
                header.putLong(entry.compressedSize());
            }
            if (bigOffset) {
                header.putLong(entry.offset());
            }
        }
        return header.flip();
    }

    private static ByteBuffer zip64End(int count, long directorySize, long directoryStart) {
        return buffer(56).putInt(ZIP64_END).putLong(44).putShort((short) 45).putShort((short) 45)
                .putInt(0).putInt(0).putLong(count).putLong(count).putLong(directorySize).putLong(directoryStart)
                .flip();
    }

    private static ByteBuffer zip64Locator(long zip64EndOffset) {
        return buffer(20).putInt(ZIP64_LOCATOR).putInt(0).putLong(zip64EndOffset).putInt(1).flip();
    }

    private static ByteBuffer end(int count, long directorySize, long directoryStart) {
        short shortCount = (short) Math.min(count, 0xFFFF);
        return buffer(22).putInt(END).putShort((short) 0).putShort((short) 0)
                .putShort(shortCount).putShort(shortCount)
                .putInt((int) Math.min(directorySize, LIMIT))
                .putInt((int) Math.min(directoryStart, LIMIT))
                .putShort((short) 0)
                .flip();
    }

    static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
