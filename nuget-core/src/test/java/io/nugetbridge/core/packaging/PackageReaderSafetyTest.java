package io.nugetbridge.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile packages: every one fails with a clear message, writes nothing outside the target and leaves no debris. */
class PackageReaderSafetyTest {

    private static final String NUSPEC = "<package><metadata><id>Evil</id><version>1.0.0</version>"
            + "<authors>x</authors><description>x</description></metadata></package>";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../escape.txt", "lib/../../escape.txt", "..\\escape.txt", "lib\\..\\..\\escape.txt",
        "/etc/escape.txt", "\\escape.txt", "C:/escape.txt", "c:escape.txt", "%2e%2e/escape.txt",
        "lib/%2E%2E/%2e%2e/escape.txt", "lib/./x.dll", "lib//x.dll", "lib/x.dll:stream", "lib/x\u0001.dll"})
    void refusesEntriesThatCouldEscape(String entryName) throws IOException {
        Path nupkg = zip("evil.nupkg", Map.of("Evil.nuspec", NUSPEC, entryName, "owned"));
        Path target = temp.resolve("out/evil");

        try (PackageReader reader = PackageReader.open(nupkg)) {
            assertThatThrownBy(() -> reader.extractTo(target, ExtractionLimits.DEFAULT))
                    .isInstanceOf(PackageException.class)
                    .hasMessageContaining("evil.nupkg")
                    .hasMessageContaining(entryName);
        }
        assertThat(target).doesNotExist();
        assertThat(temp.resolve("escape.txt")).doesNotExist();
        assertThat(temp.resolve("out").toFile().list()).isEmpty();
    }

    @Test
    void noNuspecIsNU5037() throws IOException {
        Path nupkg = zip("empty.nupkg", Map.of("lib/net45/a.dll", "x"));
        assertThatThrownBy(() -> PackageReader.open(nupkg))
                .isInstanceOf(PackageException.class)
                .hasMessageContaining("NU5037")
                .hasMessageContaining("empty.nupkg");
    }

    @Test
    void nuspecOnlyCountsAtTheRoot() throws IOException {
        Path nupkg = zip("nested.nupkg", Map.of("content/Other.nuspec", NUSPEC));
        assertThatThrownBy(() -> PackageReader.open(nupkg)).hasMessageContaining("NU5037");
    }

    @Test
    void twoNuspecsAreRefused() throws IOException {
        Path nupkg = zip("two.nupkg", Map.of("A.nuspec", NUSPEC, "B.NUSPEC", NUSPEC));
        assertThatThrownBy(() -> PackageReader.open(nupkg))
                .isInstanceOf(PackageException.class)
                .hasMessageContaining("two.nupkg")
                .hasMessageContaining("2 .nuspec files");
    }

    @Test
    void notAZipNamesTheFile() throws IOException {
        Path nupkg = temp.resolve("text.nupkg");
        Files.writeString(nupkg, "<html>502 Bad Gateway</html>");
        assertThatThrownBy(() -> PackageReader.open(nupkg))
                .isInstanceOf(PackageException.class)
                .hasMessageContaining("text.nupkg")
                .hasMessageContaining("not a valid .nupkg");
    }

    @Test
    void zipBombStopsAtTheRatioLimit() throws IOException {
        Path nupkg = temp.resolve("bomb.nupkg");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(nupkg))) {
            out.putNextEntry(new ZipEntry("Bomb.nuspec"));
            out.write(NUSPEC.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("lib/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(zeros); // 64 MiB of zeros deflate to about 64 KiB
            }
        }
        Path target = temp.resolve("bomb");
        try (PackageReader reader = PackageReader.open(nupkg)) {
            assertThatThrownBy(() -> reader.extractTo(target, ExtractionLimits.DEFAULT))
                    .isInstanceOf(PackageException.class)
                    .hasMessageContaining("lib/zeros.bin")
                    .hasMessageContaining("zip bomb");
        }
        assertThat(target).doesNotExist();
        assertThat(temp.toFile().list()).containsExactly("bomb.nupkg");
    }

    @Test
    void totalSizeLimitCountsRealBytes() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Big.nuspec", NUSPEC);
        entries.put("lib/a.txt", "a".repeat(600));
        entries.put("lib/b.txt", "b".repeat(600));
        Path nupkg = zip("big.nupkg", entries);
        try (PackageReader reader = PackageReader.open(nupkg)) {
            assertThatThrownBy(() -> reader.extractTo(temp.resolve("big"), new ExtractionLimits(100, 1000, 1000)))
                    .hasMessageContaining("more than 1000 bytes");
        }
        assertThat(temp.resolve("big")).doesNotExist();
    }

    @Test
    void entryCountLimit() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Many.nuspec", NUSPEC);
        for (int i = 0; i < 20; i++) {
            entries.put("content/f" + i + ".txt", "x");
        }
        Path nupkg = zip("many.nupkg", entries);
        try (PackageReader reader = PackageReader.open(nupkg)) {
            assertThatThrownBy(() -> reader.extractTo(temp.resolve("many"), new ExtractionLimits(10, 1 << 20, 1000)))
                    .hasMessageContaining("21 entries")
                    .hasMessageContaining("10 allowed");
        }
    }

    @Test
    void neverOverwritesAnExistingFolder() throws IOException {
        Path nupkg = zip("ok.nupkg", Map.of("Ok.nuspec", NUSPEC, "lib/net45/a.dll", "new"));
        Path target = temp.resolve("ok");
        Files.createDirectories(target.resolve("lib/net45"));
        Files.writeString(target.resolve("lib/net45/a.dll"), "old");

        try (PackageReader reader = PackageReader.open(nupkg)) {
            assertThatThrownBy(() -> reader.extractTo(target, ExtractionLimits.DEFAULT))
                    .hasMessageContaining("already exists");
        }
        assertThat(target.resolve("lib/net45/a.dll")).hasContent("old");
    }

    @Test
    void caseOnlyDuplicatesAreRefused() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Dup.nuspec", NUSPEC);
        entries.put("lib/a.dll", "1");
        entries.put("LIB/A.dll", "2");
        Path nupkg = zip("dup.nupkg", entries);
        try (PackageReader reader = PackageReader.open(nupkg)) {
            assertThatThrownBy(() -> reader.extractTo(temp.resolve("dup"), ExtractionLimits.DEFAULT))
                    .hasMessageContaining("name the same file");
        }
        assertThat(temp.resolve("dup")).doesNotExist();
    }

    @Test
    void spacesAndEscapesInNamesAreDecoded() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Ok.nuspec", NUSPEC);
        entries.put("content/My%20File.txt", "old style");
        entries.put("content/new file.txt", "new style");
        entries.put("content/100%25.txt", "percent");
        Path nupkg = zip("names.nupkg", entries);
        try (PackageReader reader = PackageReader.open(nupkg)) {
            reader.extractTo(temp.resolve("names"), ExtractionLimits.DEFAULT);
        }
        assertThat(temp.resolve("names/content/My File.txt")).hasContent("old style");
        assertThat(temp.resolve("names/content/new file.txt")).hasContent("new style");
        assertThat(temp.resolve("names/content/100%.txt")).hasContent("percent");
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }
}
