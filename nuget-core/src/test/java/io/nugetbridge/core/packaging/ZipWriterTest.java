package io.nugetbridge.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip layer on its own: what other readers make of it, ZIP64, and sizes that change under it. */
class ZipWriterTest {

    @TempDir
    Path temp;

    private Path write(String file, int threads, long zip64Threshold, byte[]... contents) throws IOException {
        Path zip = temp.resolve(file);
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                ZipWriter writer = new ZipWriter(channel, threads, zip64Threshold)) {
            for (int i = 0; i < contents.length; i++) {
                writer.add("entry-" + i + "-é.bin", DosTime.of(java.time.Instant.EPOCH), new ByteArrayInputStream(contents[i]),
                        contents[i].length);
            }
            writer.finish();
        }
        return zip;
    }

    @Test
    void multiBlockEntriesInflateToTheirBytesAndDoNotDependOnThreads() throws IOException {
        byte[] data = new byte[3 * BlockDeflater.BLOCK_SIZE + 12345];
        Random random = new Random(7);
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (random.nextInt(8) == 0 ? random.nextInt() : 'a' + i % 26); // compressible, not trivially
        }
        Path one = write("one.zip", 1, ZipWriter.ZIP64_THRESHOLD, data, new byte[0], "small".getBytes(StandardCharsets.UTF_8));
        Path four = write("four.zip", 4, ZipWriter.ZIP64_THRESHOLD, data, new byte[0], "small".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(four)).isEqualTo(Files.readAllBytes(one));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(one))) { // checks sizes and CRCs
            assertThat(zip.getNextEntry().getName()).isEqualTo("entry-0-é.bin");
            assertThat(zip.readAllBytes()).isEqualTo(data);
            assertThat(zip.getNextEntry().getMethod()).as("empty entries are stored, as .NET does").isEqualTo(0);
            assertThat(zip.readAllBytes()).isEmpty();
            zip.getNextEntry();
            assertThat(zip.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("small");
        }
        assertThat(ZipHeaders.read(one)).allSatisfy(e -> assertThat(e.hasDataDescriptor()).isFalse())
                .first().satisfies(e -> assertThat(e.flags()).as("UTF-8 name flag").isEqualTo(0x0800));
    }

    @Test
    void anEntryAtTheThresholdGetsZip64HeadersOtherReadersUnderstand() throws IOException {
        byte[] data = "a ZIP64 entry".getBytes(StandardCharsets.UTF_8);
        Path zip = write("zip64.zip", 2, 1, data);
        assertThat(ZipHeaders.read(zip)).singleElement().satisfies(e -> {
            assertThat(e.versionNeeded()).isEqualTo(45);
            assertThat(e.size()).isEqualTo(0xFFFFFFFFL);
            assertThat(e.localExtraLength()).isEqualTo(20);
        });
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getInputStream(file.entries().nextElement()).readAllBytes()).isEqualTo(data);
            assertThat(file.entries().nextElement().getSize()).isEqualTo(data.length);
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            in.getNextEntry();
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
    }

    @Test
    void moreThan65535EntriesGetAZip64EndRecord() throws IOException {
        Path zip = temp.resolve("many.zip");
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                ZipWriter writer = new ZipWriter(channel, 2, ZipWriter.ZIP64_THRESHOLD)) {
            for (int i = 0; i < 70_000; i++) {
                writer.add("f" + i, 0, new ByteArrayInputStream(new byte[0]), 0);
            }
            writer.finish();
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.size()).isEqualTo(70_000);
        }
    }

    @Test
    void contentLongerOrShorterThanAnnouncedFails() {
        assertThatThrownBy(() -> {
            try (FileChannel channel = FileChannel.open(temp.resolve("x.zip"), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE); ZipWriter writer = new ZipWriter(channel, 1, ZipWriter.ZIP64_THRESHOLD)) {
                writer.add("grew.dll", 0, new ByteArrayInputStream(new byte[10]), 5);
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("Expected 5 bytes for grew.dll but read more");
        assertThatThrownBy(() -> {
            try (FileChannel channel = FileChannel.open(temp.resolve("y.zip"), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE); ZipWriter writer = new ZipWriter(channel, 1, ZipWriter.ZIP64_THRESHOLD)) {
                writer.add("shrank.dll", 0, new ByteArrayInputStream(new byte[3]), 5);
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("but read 3; was the file changed while packing?");
    }
}
