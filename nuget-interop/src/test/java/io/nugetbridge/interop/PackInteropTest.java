package io.nugetbridge.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.packaging.BuiltPackage;
import io.nugetbridge.core.packaging.PackageBuilder;
import io.nugetbridge.core.packaging.PackageEntry;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.packaging.PackageValidationException;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.Nuspec;
import io.nugetbridge.core.spec.NuspecException;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages both ways: ours installed by {@code nuget.exe install} byte for byte, and {@code nuget.exe pack}'s
 * read by our PackageReader.
 */
@RequiresNuGetExe
class PackInteropTest {

    @TempDir
    Path work;

    @Test
    void nugetExeInstallsOurPackagesByteForByte() throws IOException {
        Path feed = work.resolve("feed");
        List<Packed> packed = new ArrayList<>();
        packed.add(pack(feed, NuspecReader.read(stream("<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">"
                + "<metadata><id>Interop.Packed</id><version>1.2.3-beta.4+build.5</version><authors>interop</authors>"
                + "<description>Ours, installed by NuGet.exe.</description><dependencies><group targetFramework=\"net8.0\">"
                + "<dependency id=\"Elsewhere\" version=\"[1.0.0, )\" /></group></dependencies></metadata></package>"),
                "Interop.Packed.nuspec"), Map.of(
                        "lib/net8.0/Interop.Packed.dll", "assembly for net8.0",
                        "lib/netstandard2.0/Interop.Packed.dll", "assembly for netstandard2.0",
                        "content/docs/read me.txt", "a file name with a space",
                        "build/Interop.Packed.targets", "<Project />")));
        // The corpus's real nuspecs, where they pack without their own files (tokens or missing files otherwise).
        if (Fixtures.isPresent()) {
            for (Path nuspec : Fixtures.files("nuspec", ".nuspec")) {
                try {
                    Nuspec read = NuspecReader.read(nuspec).withFiles(List.of());
                    packed.add(pack(feed, read, Map.of("lib/netstandard2.0/" + read.metadata().id() + ".dll",
                            "assembly of " + nuspec.getFileName())));
                } catch (NuspecException | PackageValidationException | IllegalArgumentException e) {
                    System.out.println("interop: " + nuspec.getFileName() + " does not pack without its files: "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
            }
            assertThat(packed).as("at least one corpus nuspec packs").hasSizeGreaterThan(1);
        }

        NuGetExe nuget = NuGetExe.in(work.resolve("sandbox"));
        Path installed = work.resolve("installed");
        for (Packed p : packed) {
            NuGetExe.Run run = nuget.run(work, "install", p.built.id(), "-Version", p.built.version().toString(),
                    "-Source", feed.toString(), "-OutputDirectory", installed.toString(), "-DependencyVersion", "Ignore")
                    .requireSuccess();
            Path folder = installed.resolve(p.built.id() + "." + p.built.version().toNormalizedString());
            assertThat(folder).as("%s installed by NuGet.exe\n%s", p.built.file(), run.describe()).isDirectory();
            for (Map.Entry<String, String> file : p.files.entrySet()) {
                assertThat(folder.resolve(file.getKey())).as("%s of %s\n%s", file.getKey(), p.built.file(), run.describe())
                        .hasBinaryContent(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            assertThat(folder.resolve(p.built.file().getFileName())).as("the .nupkg NuGet.exe kept of %s", p.built.file())
                    .hasSameBinaryContentAs(p.built.file());
        }
    }

    @Test
    void ourReaderReadsWhatNuGetExePacks() throws IOException {
        Path project = Files.createDirectories(work.resolve("project"));
        Files.writeString(project.resolve("Tool.dll"), "made by nuget.exe pack");
        Files.writeString(project.resolve("Interop.FromNuGet.nuspec"), "<?xml version=\"1.0\"?>\n"
                + "<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\"><metadata>"
                + "<id>Interop.FromNuGet</id><version>2.0.0-rc.1</version><authors>interop</authors>"
                + "<description>Packed by NuGet.exe, read by us.</description><dependencies>"
                + "<group targetFramework=\".NETStandard2.0\"><dependency id=\"Some.Dependency\" version=\"1.0.0\" /></group>"
                + "</dependencies></metadata><files><file src=\"Tool.dll\" target=\"lib/netstandard2.0\" /></files></package>");
        NuGetExe nuget = NuGetExe.in(work.resolve("sandbox"));
        NuGetExe.Run run = nuget.run(project, "pack", "Interop.FromNuGet.nuspec", "-OutputDirectory",
                work.resolve("out").toString()).requireSuccess();

        Path nupkg = work.resolve("out/Interop.FromNuGet.2.0.0-rc.1.nupkg");
        assertThat(nupkg).as(run.describe()).isRegularFile();
        try (PackageReader reader = PackageReader.open(nupkg)) {
            Nuspec nuspec = reader.nuspec();
            assertThat(nuspec.metadata().id()).isEqualTo("Interop.FromNuGet");
            assertThat(nuspec.metadata().version().toNormalizedString()).isEqualTo("2.0.0-rc.1");
            assertThat(nuspec.metadata().dependencies().asGroups()).singleElement().satisfies(group -> {
                assertThat(group.targetFramework()).isEqualTo(".NETStandard2.0");
                assertThat(group.dependencies()).extracting(Dependency::id).containsExactly("Some.Dependency");
            });
            assertThat(reader.files()).extracting(PackageEntry::path).contains("lib/netstandard2.0/Tool.dll");
            PackageEntry tool = reader.entry("lib/netstandard2.0/Tool.dll").orElseThrow();
            try (InputStream in = reader.open(tool)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("made by nuget.exe pack");
            }
        }
    }

    private record Packed(BuiltPackage built, Map<String, String> files) {}

    private static Packed pack(Path feed, Nuspec nuspec, Map<String, String> files) {
        PackageBuilder builder = PackageBuilder.of(nuspec);
        Map<String, String> ordered = new LinkedHashMap<>(files);
        ordered.forEach((path, content) -> builder.addFile(path, content.getBytes(StandardCharsets.UTF_8)));
        return new Packed(builder.writeToFolder(feed), ordered);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
