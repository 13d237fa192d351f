package io.nugetbridge.core.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.assets.PackageContents;
import io.nugetbridge.core.frameworks.NuGetFramework;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An extracted package folder as asset selection reads it: its files, and its nuspec's framework assemblies and references. */
class ExtractedFilesTest {

    private static final String NUSPEC = "<?xml version=\"1.0\"?><package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">"
            + "<metadata><id>Old</id><version>1.0.0</version><authors>a</authors><description>d</description>"
            + "<frameworkAssemblies><frameworkAssembly assemblyName=\"System.Net.Http\" targetFramework=\"net40\" />"
            + "<frameworkAssembly assemblyName=\"System.Xml\" /></frameworkAssemblies>"
            + "<frameworkReferences><group targetFramework=\"net8.0\"><frameworkReference name=\"Microsoft.AspNetCore.App\" />"
            + "</group></frameworkReferences></metadata></package>";

    @Test
    void theNuspecIsReadFromTheNupkgInTheFolder(@TempDir Path temp) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("Old.1.0.0"));
        Files.createDirectories(folder.resolve("lib/net45"));
        Files.writeString(folder.resolve("lib/net45/Old.dll"), "dll");
        try (OutputStream out = Files.newOutputStream(folder.resolve("Old.1.0.0.nupkg")); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("Old.nuspec"));
            zip.write(NUSPEC.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("lib/net45/Old.dll"));
            zip.write("dll".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        PackageContents contents = new ExtractedFiles(Map.of("Old.1.0.0", folder)).contents("Old.1.0.0", "Old");

        assertThat(contents.id()).isEqualTo("Old");
        assertThat(contents.paths()).contains("lib/net45/Old.dll");
        assertThat(contents.frameworkAssemblyGroups()).containsExactly(NuGetFramework.parse("net40"), NuGetFramework.ANY);
        assertThat(contents.frameworkReferenceGroups()).containsExactly(NuGetFramework.parse("net8.0"));
    }

    @Test
    void withoutAReadableNuspecTheFilesAloneAreUsed(@TempDir Path temp) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("Odd.1.0.0/lib/net45")).getParent().getParent();
        Files.writeString(folder.resolve("lib/net45/Odd.dll"), "dll");
        Files.writeString(folder.resolve("Odd.1.0.0.nupkg"), "not a zip");

        PackageContents contents = new ExtractedFiles(Map.of("Odd.1.0.0", folder)).contents("Odd.1.0.0", "Odd");

        assertThat(contents.id()).isEqualTo("Odd");
        assertThat(contents.frameworkAssemblyGroups()).isEmpty();
    }
}
