package io.nugetbridge.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a fixed timestamp, the same nuspec and files give the same bytes: whatever order the files
 * were created in (which is the order many file systems list them), whatever their modification
 * times, whatever the machine's time zone and however many threads deflate.
 */
class ReproducibilityTest {

    private static final Instant OUTPUT_TIMESTAMP = Instant.parse("2026-11-22T10:15:30Z");
    private static final String NUSPEC = """
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata>
                <id>Contoso.Reproducible</id>
                <version>1.0.0</version>
                <authors>Contoso</authors>
                <description>Same inputs, same bytes.</description>
                <license type="expression">MIT</license>
              </metadata>
              <files>
                <file src="bin/**/*.dll" target="lib" />
                <file src="docs/*" target="docs" />
              </files>
            </package>
            """;
    /** docs/big.log spans several deflate blocks, so block boundaries and threads matter. */
    private static final List<String> FILES = List.of("bin/net8.0/Contoso.dll", "bin/net8.0/Contoso.Core.dll",
            "bin/netstandard2.0/Contoso.dll", "docs/readme.txt", "docs/z-notes.txt", "docs/a-notes.txt", "docs/big.log");

    @TempDir
    Path temp;

    @Test
    void twoRunsWithOtherFileOrderTimesZoneAndThreadsGiveIdenticalBytes() throws IOException {
        Path first = project(temp.resolve("one"), FILES, Instant.parse("2020-01-01T00:00:00Z"));
        List<String> reversed = new java.util.ArrayList<>(FILES);
        java.util.Collections.reverse(reversed);
        Path second = project(temp.resolve("two"), reversed, Instant.parse("2031-06-30T12:00:00Z"));
        Path one = pack(first, temp.resolve("out-one"), 1);
        TimeZone zone = TimeZone.getDefault();
        Path two;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            two = pack(second, temp.resolve("out-two"), 4);
        } finally {
            TimeZone.setDefault(zone);
        }

        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        try (PackageReader reader = PackageReader.open(one)) {
            assertThat(reader.files()).extracting(PackageEntry::path).containsExactly("Contoso.Reproducible.nuspec",
                    "lib/net8.0/Contoso.Core.dll", "lib/net8.0/Contoso.dll", "lib/netstandard2.0/Contoso.dll",
                    "docs/a-notes.txt", "docs/big.log", "docs/readme.txt", "docs/z-notes.txt");
        }
    }

    @Test
    void everyEntryCarriesTheFixedTimeAsUtcWallClock() throws IOException {
        Path nupkg = pack(project(temp.resolve("p"), FILES, Instant.now()), temp.resolve("out"), 2);
        long expected = DosTime.of(OUTPUT_TIMESTAMP);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(nupkg.toFile())) {
            assertThat(zip.stream().map(e -> e.getTimeLocal().toString()).distinct().toList())
                    .containsExactly("2026-11-22T10:15:30");
        }
        assertThat(expected >>> 16).as("DOS date").isEqualTo(((2026 - 1980) << 9) | (11 << 5) | 22);
    }

    @Test
    void timesOutsideTheZipRangeAreClampedAsNuGetDoes() {
        assertThat(DosTime.of(Instant.parse("1970-01-01T00:00:00Z"))).isEqualTo(DosTime.of(Instant.parse("1980-01-01T00:00:00Z")));
        assertThat(DosTime.of(Instant.parse("2200-01-01T00:00:00Z"))).isEqualTo(DosTime.of(Instant.parse("2107-12-31T23:59:58Z")));
    }

    private static Path project(Path folder, List<String> files, Instant fileTime) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Contoso.Reproducible.nuspec"), NUSPEC, StandardCharsets.UTF_8);
        for (String file : files) {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, file.endsWith(".log") ? log() : ("contents of " + file).getBytes(StandardCharsets.UTF_8));
            Files.setLastModifiedTime(path, FileTime.from(fileTime));
        }
        return folder.resolve("Contoso.Reproducible.nuspec");
    }

    /** About 3.5 MiB of log-like lines, the same every time. */
    private static byte[] log() {
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(42);
        while (text.length() < 3_500_000) {
            text.append("2026-11-22T10:").append(random.nextInt(60)).append(" INFO worker-").append(random.nextInt(16))
                    .append(" packed entry ").append(Long.toHexString(random.nextLong())).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Path pack(Path nuspec, Path output, int threads) {
        return new NuspecPacker(null).timestamp(OUTPUT_TIMESTAMP).compressionThreads(threads).pack(nuspec, output)
                .packageFile().file();
    }
}
