package io.nugetbridge.core.packaging;

/**
 * What the central directory needs to know about one entry once it is written.
 *
 * @param name           the entry name as UTF-8 bytes
 * @param utf8           whether the name needs the UTF-8 flag (it has non-ASCII characters)
 * @param method         0 (stored, for empty entries, as .NET writes them) or 8 (deflated)
 * @param dosTime        {@link DosTime} value
 * @param crc            CRC-32 of the uncompressed bytes
 * @param compressedSize bytes of entry data in the file
 * @param size           uncompressed bytes
 * @param offset         where the local header starts
 * @param zip64Local     whether the local header reserved a ZIP64 extra field
 */
record ZipEntryRecord(byte[] name, boolean utf8, int method, long dosTime, long crc, long compressedSize, long size,
        long offset, boolean zip64Local) {

    /** Values from here on do not fit the 32-bit fields. */
    static final long ZIP64_LIMIT = 0xFFFFFFFFL;

    int flags() {
        return utf8 ? 0x0800 : 0;
    }

    boolean needsZip64() {
        return zip64Local || size >= ZIP64_LIMIT || compressedSize >= ZIP64_LIMIT || offset >= ZIP64_LIMIT;
    }

    /** 2.0 for plain entries (what NuGet's packages say), 4.5 where ZIP64 fields appear. */
    int versionNeeded() {
        return needsZip64() ? 45 : 20;
    }
}
