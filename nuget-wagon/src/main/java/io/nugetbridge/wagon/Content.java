package io.nugetbridge.wagon;

import io.nugetbridge.core.repository.Checksums;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the wagon serves for one path: bytes it made, or a file in the global packages folder. */
sealed interface Content {

    long length();

    InputStream open() throws IOException;

    /** The checksum file of this content: the lower-case hex digest of exactly these bytes. */
    Content checksum(String extension);

    /** A document made in memory (a POM, maven-metadata.xml, the prefixes file, a checksum). */
    record Bytes(byte[] bytes) implements Content {
        @Override
        public long length() {
            return bytes.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public Content checksum(String extension) {
            return new Bytes(Checksums.of(bytes, extension).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** A file on disk, streamed as it is. */
    record File(Path path) implements Content {
        @Override
        public long length() {
            try {
                return Files.size(path);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public Content checksum(String extension) {
            return new Bytes(Checksums.of(path, extension).getBytes(StandardCharsets.US_ASCII));
        }
    }
}
