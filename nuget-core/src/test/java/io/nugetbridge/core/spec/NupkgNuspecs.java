package io.nugetbridge.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The nuspec inside a .nupkg: the single root entry whose name ends in .nuspec, as NuGet finds it. */
final class NupkgNuspecs {

    private NupkgNuspecs() {}

    static Nuspec read(Path nupkg) {
        return NuspecReader.read(bytes(nupkg), sourceName(nupkg));
    }

    static byte[] bytes(Path nupkg) {
        try (ZipFile zip = new ZipFile(nupkg.toFile())) {
            ZipEntry entry = rootNuspec(zip, nupkg);
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code CsvHelper.33.0.1.nupkg!/CsvHelper.nuspec}, the name error messages use. */
    static String sourceName(Path nupkg) {
        try (ZipFile zip = new ZipFile(nupkg.toFile())) {
            return nupkg.getFileName() + "!/" + rootNuspec(zip, nupkg).getName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ZipEntry rootNuspec(ZipFile zip, Path nupkg) {
        List<? extends ZipEntry> nuspecs = zip.stream()
                .filter(e -> !e.isDirectory())
                .filter(e -> !e.getName().contains("/"))
                .filter(e -> e.getName().toLowerCase().endsWith(".nuspec"))
                .toList();
        assertThat(nuspecs).as("root .nuspec entries of %s", nupkg.getFileName()).hasSize(1);
        return nuspecs.get(0);
    }
}
