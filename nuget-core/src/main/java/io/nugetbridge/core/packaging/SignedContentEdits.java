package io.nugetbridge.core.packaging;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What NuGet leaves out of a signed package when it computes its {@code contentHash}: the hash of the
 * package as it was before signing, so the same package has the same content hash on every feed (each
 * feed may sign it anew). NuGet ({@code SignedPackageArchiveUtility.GetPackageContentHash}) hashes the
 * zip without the signature entry's local header and data and without its central directory record,
 * with the central directory's offsets and the end record's counts and sizes adjusted as if the entry
 * had never been there. That is the file read front to back with a few ranges skipped or replaced,
 * which these edits describe, so the content hash is computed in the same single pass as the file's own
 * SHA-512.
 *
 * <p>A package counts as signed exactly when NuGet counts it so: a central directory record and its
 * local header both named {@code .signature.p7s}, byte for byte, without the UTF-8 flag. Zip64 archives
 * are treated as unsigned (NuGet's content hash reads only 32-bit fields; no signed zip64 package is
 * known).
 *
 * <p>Shared by the cache (the {@code contentHash} of {@code .nupkg.metadata}) and signature validation
 * (the hash a signature signs, with the algorithm the signature names); {@link SignedContentDigest}
 * applies the edits while the file is read.
 */
public final class SignedContentEdits {

    /** Bytes {@code [start, end)} of the file are replaced by {@code replacement} (empty: left out). */
    public record Edit(long start, long end, byte[] replacement) {}

    private record Record(long position, long localOffset, int headerSize, boolean signature) {}

    private static final int END_RECORD = 0x06054b50;
    private static final int CENTRAL_RECORD = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final long MAX_CENTRAL_DIRECTORY = 256L * 1024 * 1024;
    private static final byte[] SIGNATURE_NAME = ".signature.p7s".getBytes(StandardCharsets.US_ASCII);

    private SignedContentEdits() {}

    /** The edits for a signed package, sorted by position; empty for an unsigned one. */
    public static Optional<List<Edit>> of(FileChannel zip) throws IOException {
        long size = zip.size();
        Optional<Long> endRecord = findEndRecord(zip, size);
        if (endRecord.isEmpty()) {
            return Optional.empty();
        }
        long centralStart = Integer.toUnsignedLong(read(zip, endRecord.get() + 16, 4).getInt());
        long centralLength = endRecord.get() - centralStart;
        if (centralStart == 0xFFFFFFFFL || centralLength <= 0 || centralLength > MAX_CENTRAL_DIRECTORY) {
            return Optional.empty();
        }
        List<Record> records = readCentralDirectory(read(zip, centralStart, (int) centralLength), centralStart);
        List<Record> signatures = records.stream().filter(Record::signature).toList();
        if (signatures.isEmpty() || !localHeaderIsSignature(zip, signatures.get(0).localOffset(), size)) {
            return Optional.empty();
        }
        if (signatures.size() > 1) {
            throw new PackageException("The package has " + signatures.size() + " signature entries; NuGet refuses such"
                    + " a package too. Ask its publisher for a sound copy.");
        }
        return Optional.of(edits(zip, records, signatures.get(0), size));
    }

    private static List<Edit> edits(FileChannel zip, List<Record> records, Record signature, long size)
            throws IOException {
        long centralStart = records.stream().mapToLong(Record::position).min().orElseThrow();
        List<Record> byOffset = records.stream().sorted(Comparator.comparingLong(Record::localOffset)).toList();
        List<Edit> edits = new ArrayList<>();
        long signatureEntrySize = 0;
        long previousEnd = 0;
        for (int i = 0; i < byOffset.size(); i++) {
            Record current = byOffset.get(i);
            long next = i + 1 < byOffset.size() ? byOffset.get(i + 1).localOffset() : centralStart;
            long entrySize = next - current.localOffset();
            if (current == signature) {
                signatureEntrySize = entrySize;
                edits.add(new Edit(current.localOffset(), next, new byte[0]));
                continue;
            }
            // NuGet moves every entry down to close the gap the signature leaves (a no-op when it is last).
            long change = previousEnd - current.localOffset();
            previousEnd = current.localOffset() + entrySize + change;
            if (change != 0) {
                edits.add(new Edit(current.position() + 42, current.position() + 46,
                        littleEndian(4).putInt((int) (current.localOffset() + change)).array()));
            }
        }
        edits.add(new Edit(signature.position(), signature.position() + signature.headerSize(), new byte[0]));
        Record last = records.get(records.size() - 1);
        long end = last.position() + last.headerSize();
        if (end + 20 > size) {
            throw new PackageException("The package's zip directory runs past its end; it is damaged.");
        }
        ByteBuffer counts = read(zip, end + 8, 12);
        ByteBuffer adjusted = littleEndian(12)
                .putShort((short) (Short.toUnsignedInt(counts.getShort()) - 1))
                .putShort((short) (Short.toUnsignedInt(counts.getShort()) - 1))
                .putInt((int) (Integer.toUnsignedLong(counts.getInt()) - signature.headerSize()))
                .putInt((int) (Integer.toUnsignedLong(counts.getInt()) - signatureEntrySize));
        edits.add(new Edit(end + 8, end + 20, adjusted.array()));
        edits.sort(Comparator.comparingLong(Edit::start));
        return edits;
    }

    private static List<Record> readCentralDirectory(ByteBuffer directory, long base) {
        List<Record> records = new ArrayList<>();
        int at = 0;
        while (at + 46 <= directory.limit() && directory.getInt(at) == CENTRAL_RECORD) {
            int flags = Short.toUnsignedInt(directory.getShort(at + 8));
            int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
            int headerSize = 46 + nameLength + Short.toUnsignedInt(directory.getShort(at + 30))
                    + Short.toUnsignedInt(directory.getShort(at + 32));
            if (at + headerSize > directory.limit()) {
                break;
            }
            long localOffset = Integer.toUnsignedLong(directory.getInt(at + 42));
            records.add(new Record(base + at, localOffset, headerSize, isSignatureName(directory, at + 46, nameLength, flags)));
            at += headerSize;
        }
        return records;
    }

    private static boolean localHeaderIsSignature(FileChannel zip, long offset, long size) throws IOException {
        if (offset + 30 + SIGNATURE_NAME.length > size) {
            return false;
        }
        ByteBuffer header = read(zip, offset, 30 + SIGNATURE_NAME.length);
        return header.getInt(0) == LOCAL_HEADER && Short.toUnsignedInt(header.getShort(26)) == SIGNATURE_NAME.length
                && isSignatureName(header, 30, SIGNATURE_NAME.length, Short.toUnsignedInt(header.getShort(6)));
    }

    private static boolean isSignatureName(ByteBuffer buffer, int at, int length, int flags) {
        if (length != SIGNATURE_NAME.length || (flags & (1 << 11)) != 0) {
            return false;
        }
        byte[] name = new byte[length];
        buffer.get(at, name);
        return Arrays.equals(name, SIGNATURE_NAME);
    }

    /** The end-of-central-directory record: the last one within the largest comment's reach of the end. */
    private static Optional<Long> findEndRecord(FileChannel zip, long size) throws IOException {
        if (size < END_RECORD_SIZE) {
            return Optional.empty();
        }
        int tailLength = (int) Math.min(size, END_RECORD_SIZE + MAX_COMMENT);
        ByteBuffer tail = read(zip, size - tailLength, tailLength);
        for (int at = tailLength - END_RECORD_SIZE; at >= 0; at--) {
            if (tail.getInt(at) == END_RECORD) {
                return Optional.of(size - tailLength + at);
            }
        }
        return Optional.empty();
    }

    private static ByteBuffer read(FileChannel zip, long position, int length) throws IOException {
        ByteBuffer buffer = littleEndian(length);
        while (buffer.hasRemaining()) {
            if (zip.read(buffer, position + buffer.position()) < 0) {
                throw new PackageException("The package ends before its zip directory does; it is truncated.");
            }
        }
        return buffer.flip();
    }

    private static ByteBuffer littleEndian(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }
}
