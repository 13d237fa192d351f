package io.nugetbridge.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content hash of a signed package is the hash of the same zip written without its signature entry.
 * Real packages always carry the signature last; these zips put it first or in the middle too, so the
 * offsets of the entries after it must be moved down exactly as NuGet moves them.
 */
class SignedContentHashTest {

    private static final List<String> NAMES = List.of("a.nuspec", "lib/net45/a.dll", "readme.txt");

    @TempDir
    Path folder;

    @Test
    void theSignatureLastFirstOrInTheMiddleHashesLikeTheZipWithoutIt() throws Exception {
        byte[] unsigned = zip(StandardCharsets.ISO_8859_1, -1);
        String expected = sha512(unsigned);
        for (int at = 0; at <= NAMES.size(); at++) {
            Path signed = Files.write(folder.resolve("signed-" + at + ".nupkg"), zip(StandardCharsets.ISO_8859_1, at));

            PackageHashes hashes = PackageHashes.of(signed);

            assertThat(hashes.signed()).as("signature at " + at).isTrue();
            assertThat(hashes.contentHash()).as("signature at " + at).isEqualTo(expected);
            assertThat(hashes.sha512()).isEqualTo(sha512(Files.readAllBytes(signed)));
        }
    }

    @Test
    void aSignatureEntryFlaggedAsUtf8IsNoSignatureToNuGet() throws Exception {
        // Java's UTF-8 zip writer flags every name as UTF-8; NuGet only takes an unflagged .signature.p7s.
        Path flagged = Files.write(folder.resolve("flagged.nupkg"), zip(StandardCharsets.UTF_8, NAMES.size()));

        PackageHashes hashes = PackageHashes.of(flagged);

        assertThat(hashes.signed()).isFalse();
        assertThat(hashes.contentHash()).isEqualTo(hashes.sha512());
    }

    /** The entries of {@link #NAMES} with a signature entry inserted at {@code signatureAt} (-1: none). */
    private static byte[] zip(Charset names, int signatureAt) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, names)) {
            for (int i = 0; i <= NAMES.size(); i++) {
                if (i == signatureAt) {
                    entry(zip, ".signature.p7s", "PKCS#7 bytes would be here");
                }
                if (i < NAMES.size()) {
                    entry(zip, NAMES.get(i), "content of " + NAMES.get(i) + " ".repeat(i * 100));
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(946_684_800_000L);
        zip.putNextEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String sha512(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
    }
}
