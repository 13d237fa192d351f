package io.nugetbridge.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packing streams: a 2 GiB payload packs in a JVM limited to 128 MiB of heap. The payload is a sparse
 * file (zeros), so the test costs little disk and deflates quickly; the package is then read back
 * through {@link ZipInputStream}, which checks every entry's size and CRC.
 */
class LargePackageTest {

    private static final long SIZE = 2L * 1024 * 1024 * 1024;

    @TempDir
    Path temp;

    @Test
    void twoGibibytesPackInAJvmWith128MibOfHeap() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("big"));
        Files.writeString(folder.resolve("Contoso.Large.nuspec"), """
                <?xml version="1.0" encoding="utf-8"?>
                <package>
                  <metadata>
                    <id>Contoso.Large</id><version>1.0.0</version><authors>Contoso</authors>
                    <description>Two gibibytes of content.</description>
                  </metadata>
                  <files><file src="payload.bin" target="content" /></files>
                </package>
                """, StandardCharsets.UTF_8);
        try (RandomAccessFile payload = new RandomAccessFile(folder.resolve("payload.bin").toFile(), "rw")) {
            payload.setLength(SIZE);
        }
        Path log = temp.resolve("child.log");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), PackInSmallHeap.class.getName(),
                folder.resolve("Contoso.Large.nuspec").toString(), temp.resolve("out").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("finished in time").isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("with a heap of at most");

        Path nupkg = temp.resolve("out/Contoso.Large.1.0.0.nupkg");
        assertThat(Files.size(nupkg)).isLessThan(SIZE / 100);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(nupkg))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                long read = drain(zip);
                if (entry.getName().equals("content/payload.bin")) {
                    assertThat(read).isEqualTo(SIZE);
                }
            }
        }
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[1024 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
        }
        return total;
    }
}
