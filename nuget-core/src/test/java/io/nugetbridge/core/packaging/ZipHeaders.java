package io.nugetbridge.core.packaging;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip's central directory and local headers field by field, for tests that compare our
 * packages with NuGet's at the byte level (java.util.zip hides most of these fields).
 */
final class ZipHeaders {

    /** One entry as both its central and its local header describe it. */
    record Entry(String name, int madeBy, int versionNeeded, int flags, int method, long crc, long compressedSize,
            long size, int centralExtraLength, int localFlags, int localExtraLength, long localCrc,
            long localCompressedSize, long localSize) {

        boolean hasDataDescriptor() {
            return (flags & 0x0008) != 0;
        }
    }

    private ZipHeaders() {}

    static List<Entry> read(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            ByteBuffer all = ByteBuffer.allocate((int) channel.size()).order(ByteOrder.LITTLE_ENDIAN);
            while (all.hasRemaining() && channel.read(all) >= 0) {
                // read it all: test packages are small
            }
            int end = findEnd(all);
            int count = Short.toUnsignedInt(all.getShort(end + 10));
            int position = all.getInt(end + 16);
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int nameLength = Short.toUnsignedInt(all.getShort(position + 28));
                int extraLength = Short.toUnsignedInt(all.getShort(position + 30));
                int commentLength = Short.toUnsignedInt(all.getShort(position + 32));
                int local = all.getInt(position + 42);
                byte[] name = new byte[nameLength];
                all.get(position + 46, name);
                entries.add(new Entry(new String(name, StandardCharsets.UTF_8),
                        Short.toUnsignedInt(all.getShort(position + 4)), Short.toUnsignedInt(all.getShort(position + 6)),
                        Short.toUnsignedInt(all.getShort(position + 8)), Short.toUnsignedInt(all.getShort(position + 10)),
                        Integer.toUnsignedLong(all.getInt(position + 16)), Integer.toUnsignedLong(all.getInt(position + 20)),
                        Integer.toUnsignedLong(all.getInt(position + 24)), extraLength,
                        Short.toUnsignedInt(all.getShort(local + 6)), Short.toUnsignedInt(all.getShort(local + 28)),
                        Integer.toUnsignedLong(all.getInt(local + 14)), Integer.toUnsignedLong(all.getInt(local + 18)),
                        Integer.toUnsignedLong(all.getInt(local + 22))));
                position += 46 + nameLength + extraLength + commentLength;
            }
            return entries;
        }
    }

    private static int findEnd(ByteBuffer all) {
        for (int i = all.limit() - 22; i >= 0; i--) {
            if (all.getInt(i) == 0x06054b50) {
                return i;
            }
        }
        throw new IllegalArgumentException("no end of central directory record");
    }
}
