package io.nugetbridge.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.log.RecordingLog;
import io.nugetbridge.core.spec.NuspecFile;
import io.nugetbridge.core.spec.PackageType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nuget pack} of a nuspec file end to end: tokens, version override, extra files, symbols. */
class NuspecPackerTest {

    @TempDir
    Path temp;

    private Path nuspec;
    private final RecordingLog log = new RecordingLog();
    private final List<String> warnings = log.warnings;

    @BeforeEach
    void project() throws IOException {
        nuspec = temp.resolve("src/main/nuget/Contoso.Tools.nuspec");
        Files.createDirectories(nuspec.getParent());
        Files.writeString(nuspec, """
                <?xml version="1.0" encoding="utf-8"?>
                <package>
                  <metadata>
                    <id>$id$</id>
                    <version>$version$</version>
                    <authors>$author$</authors>
                    <description>$description$ ($configuration$ build$missing$)</description>
                    <copyright>100$$ $copyright$</copyright>
                  </metadata>
                  <files>
                    <file src="../../../target/bin/*.*" target="lib/net8.0" />
                    <file src="../../../target/bin/src/**" target="src" />
                    <file src="../../../target/bin/content/**" target="content" />
                  </files>
                </package>
                """);
        for (String file : List.of("target/bin/Contoso.Tools.dll", "target/bin/Contoso.Tools.pdb", "target/bin/src/Tool.cs",
                "target/bin/content/readme.pdb", "target/extra/notes.txt")) {
            Files.createDirectories(temp.resolve(file).getParent());
            Files.writeString(temp.resolve(file), "bytes of " + file);
        }
    }

    private NuspecPacker packer() {
        return new NuspecPacker(log).properties(Map.of("id", "Contoso.Tools", "Version", "2.1.0-SNAPSHOT", "author", "Contoso",
                "description", "Command-line tools", "configuration", "Release", "copyright", "Contoso 2026"));
    }

    @Test
    void tokensAreReplacedAndUnknownOnesWarnedAbout() throws IOException {
        PackResult result = packer().pack(nuspec, temp.resolve("target"));
        assertThat(result.packageFile().file()).hasFileName("Contoso.Tools.2.1.0-SNAPSHOT.nupkg");
        try (PackageReader reader = PackageReader.open(result.packageFile().file())) {
            var metadata = reader.nuspec().metadata();
            assertThat(metadata.description()).isEqualTo("Command-line tools (Release build)");
            assertThat(metadata.copyright()).isEqualTo("100$ Contoso 2026");
        }
        assertThat(warnings).anyMatch(w -> w.contains("$missing$"));
        assertThat(result.symbols()).isEmpty();
    }

    @Test
    void aVersionGivenOutrightReplacesTheNuspecs() {
        assertThat(packer().version("2.1.0").pack(nuspec, temp.resolve("target")).packageFile().version())
                .hasToString("2.1.0");
    }

    @Test
    void extraFilesComeAfterTheNuspecsAndAreRelativeToTheirOwnFolder() {
        PackResult result = packer().extraFiles(List.of(new NuspecFile("target/extra/*.txt", "docs", null)), temp)
                .pack(nuspec, temp.resolve("target"));
        assertThat(result.packageFile().files()).endsWith("docs/notes.txt");
    }

    @Test
    void symbolsMoveThePdbsIntoASnupkgTypedSymbolsPackage() throws IOException {
        PackResult result = packer().symbols(true).pack(nuspec, temp.resolve("target"));
        assertThat(result.packageFile().files()).as("NuGet moves **/*.pdb and src/** out of the main package")
                .containsExactly("lib/net8.0/Contoso.Tools.dll");
        BuiltPackage symbols = result.symbols().orElseThrow();
        assertThat(symbols.file()).hasFileName("Contoso.Tools.2.1.0-SNAPSHOT.snupkg");
        assertThat(symbols.files()).as("NuGet leaves content/ out of symbols packages")
                .containsExactly("lib/net8.0/Contoso.Tools.pdb");
        try (PackageReader reader = PackageReader.open(symbols.file())) {
            assertThat(reader.nuspec().metadata().packageTypes()).containsExactly(new PackageType("SymbolsPackage", null));
        }
    }

    @Test
    void symbolsWithoutPdbsAreNu5005() throws IOException {
        Files.delete(temp.resolve("target/bin/Contoso.Tools.pdb"));
        Files.delete(temp.resolve("target/bin/content/readme.pdb"));
        assertThatThrownBy(() -> packer().symbols(true).pack(nuspec, temp.resolve("target")))
                .isInstanceOf(PackageValidationException.class).hasMessageContaining("NU5005");
    }
}
