package io.nugetbridge.core.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The hash a NuGet package signature signs: the package as it was before {@code .signature.p7s} was
 * added. Following NuGet's signed-package rule, the zip is hashed with the signature's local entry and
 * central directory header left out, the other central directory headers' local-header offsets moved
 * down as if the entry had never been there, and the end-of-central-directory record's counts, size and
 * offset reduced to match. The file is read in place, so size does not matter.
 */
final class SignedPackageHash {

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int CENTRAL_FIXED_SIZE = 46;
    private static final byte[] SIGNATURE_NAME = ".signature.p7s".getBytes(StandardCharsets.US_ASCII);
    private static final int UTF8_FLAG = 1 << 11;

    /** A central directory header: where it is, its size, and the local entry it points at. */
    private record Header(int index, long position, int size, long localOffset, boolean signature) {}

    private SignedPackageHash() {}

    static byte[] compute(Path nupkg, MessageDigest digest) {
        try (FileChannel file = FileChannel.open(nupkg, StandardOpenOption.READ)) {
            return compute(file, digest, nupkg);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + nupkg + " to check its signature: " + e.getMessage(), e);
        }
    }

    private static byte[] compute(FileChannel file, MessageDigest digest, Path name) throws IOException {
        long eocd = findEndOfCentralDirectory(file, name);
        ByteBuffer end = read(file, eocd, 22);
        int entries = Short.toUnsignedInt(end.getShort(10));
        long centralSize = Integer.toUnsignedLong(end.getInt(12));
        long centralOffset = Integer.toUnsignedLong(end.getInt(16));
        if (entries == 0xFFFF || centralOffset == 0xFFFFFFFFL) {
            throw new SignatureException(name.getFileName() + " is a zip64 archive; signed zip64 packages are not supported");
        }
        List<Header> headers = centralDirectory(file, centralOffset, entries, name);
        List<Header> signatures = headers.stream().filter(Header::signature).toList();
        if (signatures.size() != 1) {
            throw new SignatureException(name.getFileName() + " has " + signatures.size()
                    + " package signature entries; a signed package has exactly one .signature.p7s");
        }
        Header signature = signatures.get(0);

        List<Header> byLocalOffset = new ArrayList<>(headers);
        byLocalOffset.sort(Comparator.comparingLong(Header::localOffset));
        long[] totalSizes = new long[headers.size()];
        for (int i = 0; i < byLocalOffset.size(); i++) {
            long next = i + 1 < byLocalOffset.size() ? byLocalOffset.get(i + 1).localOffset() : centralOffset;
            totalSizes[byLocalOffset.get(i).index()] = next - byLocalOffset.get(i).localOffset();
        }
        long signatureEntrySize = totalSizes[signature.index()];

        hashRange(file, digest, 0, byLocalOffset.get(0).localOffset());
        long[] newOffsets = new long[headers.size()];
        long packedEnd = 0; // NuGet lays the remaining entries end to end from offset 0
        for (Header header : byLocalOffset) {
            if (header.signature()) {
                continue;
            }
            long size = totalSizes[header.index()];
            hashRange(file, digest, header.localOffset(), size);
            newOffsets[header.index()] = packedEnd;
            packedEnd += size;
        }
        for (int i = 0; i < headers.size(); i++) {
            Header header = headers.get(i);
            if (header.signature()) {
                continue;
            }
            hashRange(file, digest, header.position(), 42);
            digest.update(littleEndian(newOffsets[i], 4));
            hashRange(file, digest, header.position() + CENTRAL_FIXED_SIZE, header.size() - CENTRAL_FIXED_SIZE);
        }
        hashRange(file, digest, eocd, 8);
        digest.update(littleEndian(Short.toUnsignedInt(end.getShort(8)) - 1, 2));
        digest.update(littleEndian(entries - 1, 2));
        digest.update(littleEndian(centralSize - signature.size(), 4));
        digest.update(littleEndian(centralOffset - signatureEntrySize, 4));
        hashRange(file, digest, eocd + 20, file.size() - eocd - 20);
        return digest.digest();
    }

    private static List<Header> centralDirectory(FileChannel file, long offset, int entries, Path name) throws IOException {
        List<Header> headers = new ArrayList<>(entries);
        long position = offset;
        for (int i = 0; i < entries; i++) {
            ByteBuffer fixed = read(file, position, CENTRAL_FIXED_SIZE);
            if (fixed.getInt(0) != CENTRAL_SIGNATURE) {
                throw new SignatureException(name.getFileName() + " has a damaged zip central directory");
            }
            int flags = Short.toUnsignedInt(fixed.getShort(8));
            int nameLength = Short.toUnsignedInt(fixed.getShort(28));
            int size = CENTRAL_FIXED_SIZE + nameLength + Short.toUnsignedInt(fixed.getShort(30))
                    + Short.toUnsignedInt(fixed.getShort(32));
            byte[] entryName = new byte[nameLength];
            read(file, position + CENTRAL_FIXED_SIZE, nameLength).get(entryName);
            // As in NuGet: only the exact ASCII name, not flagged as UTF-8, is the package signature.
            boolean signature = (flags & UTF8_FLAG) == 0 && Arrays.equals(entryName, SIGNATURE_NAME);
            headers.add(new Header(i, position, size, Integer.toUnsignedLong(fixed.getInt(42)), signature));
            position += size;
        }
        return headers;
    }

    private static long findEndOfCentralDirectory(FileChannel file, Path name) throws IOException {
        long size = file.size();
        int window = (int) Math.min(size, 22 + 0xFFFF);
        ByteBuffer tail = read(file, size - window, window);
        for (int i = window - 22; i >= 0; i--) {
            if (tail.getInt(i) == EOCD_SIGNATURE) {
                return size - window + i;
            }
        }
        throw new SignatureException(name.getFileName() + " is not a zip file (no end of central directory)");
    }

    private static void hashRange(FileChannel file, MessageDigest digest, long from, long length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = from;
        long remaining = length;
        while (remaining > 0) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), remaining));
            int read = file.read(buffer, position);
            if (read < 0) {
                throw new IOException("unexpected end of file at " + position);
            }
            buffer.flip();
            digest.update(buffer);
            position += read;
            remaining -= read;
        }
    }

    private static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file at " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }

    private static byte[] littleEndian(long value, int bytes) {
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            out[i] = (byte) (value >>> (8 * i));
        }
        return out;
    }
}
