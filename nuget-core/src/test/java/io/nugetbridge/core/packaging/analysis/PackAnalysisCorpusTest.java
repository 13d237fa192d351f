package io.nugetbridge.core.packaging.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.log.RecordingLog;
import io.nugetbridge.core.packaging.NuspecPacker;
import io.nugetbridge.core.packaging.PackageValidationException;
import io.nugetbridge.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The warnings a pack of each corpus nuspec gets, against what NuGet.exe 5.8 printed for the same nuspec and files.
 * Set-up, here as for NuGet.exe: the nuspec at {@code a/b/n/x.nuspec} of a scratch folder, every {@code <file src>}
 * created with one byte (a wildcard made a plain name), and {@code nuget pack x.nuspec -NoDefaultExcludes
 * -Properties "version=1.0.0;PackageVersion=1.0.0;GitCommitId=abc;GitAssertModuleCommitId=abc"}. NuGet.exe 5.8
 * cannot read {@code <readme>} (nunit-framework.HEAD, xunit.v3.*): for those the codes are what it printed with
 * that element removed, which no rule but the readme notice looks at.
 */
class PackAnalysisCorpusTest {

    private static final Pattern FILE_SRC = Pattern.compile("<file\\b[^>]*\\bsrc=\"([^\"]+)\"");
    private static final Map<String, String> PROPERTIES = Map.of("version", "1.0.0", "PackageVersion", "1.0.0",
            "GitCommitId", "abc", "GitAssertModuleCommitId", "abc");

    @TempDir
    Path scratch;

    @ParameterizedTest
    @CsvSource(textBlock = """
            LiteGuard.Source.nuspec                        |
            Microsoft.Framework.Logging.1.0.0-beta4.nuspec | NU5125 NU5128 NU5048
            nunit-framework.2018.nuspec                    | NU5125 NU5048
            nunit-framework.HEAD.nuspec                    |
            xunit.core.2015.nuspec                         | NU5125 NU5127 NU5128 NU5048
            xunit.v3.assert.source.nuspec                  |
            xunit.v3.core.nuspec                           |
            """, delimiter = '|')
    void codesAreNuGetExes(String name, String codes) throws IOException {
        RecordingLog log = new RecordingLog();
        pack(name, log);
        assertThat(log.warnings).extracting(w -> w.substring(0, 6))
                .containsExactly(codes == null ? new String[0] : codes.split(" "));
    }

    @Test
    void referencesToMissingAssembliesFailAsInNuGetExe() {
        // NuGet.exe 5.8: "Error NU5018: Invalid assembly reference 'FSharp.Data.dll'. ..."
        assertThatThrownBy(() -> pack("FSharp.Data.2.1.0-beta3.nuspec", new RecordingLog()))
                .isInstanceOf(PackageValidationException.class).hasMessageContaining("NU5018");
    }

    @Test
    void xunitCoreTextsAreNuGetExes() throws IOException {
        RecordingLog log = new RecordingLog();
        pack("xunit.core.2015.nuspec", log);
        // NuGet.exe 5.8's output for the same nuspec and files, its CRLF line ends as LF, trailing ones trimmed.
        assertThat(log.warnings).containsExactly(
                "NU5125: The 'licenseUrl' element will be deprecated. Consider using the 'license' element instead.",
                "NU5127: This package does not contain a lib/ or ref/ folder, and will therefore be treated as compatible"
                        + " for all frameworks. Since framework specific files were found under the build/ directory for"
                        + " monoandroid, monotouch, portable-aspnetcore50+monoandroid+monotouch+net45+win+wp8+wpa81+xamarinios,"
                        + " portable-win81+wpa81, win8, wp8, xamarinios, consider creating the following empty files to"
                        + " correctly narrow the compatibility of the package:\n"
                        + "-lib/monoandroid/_._\n"
                        + "-lib/monotouch/_._\n"
                        + "-lib/portable-aspnetcore50+monoandroid+monotouch+net45+win+wp8+wpa81+xamarinios/_._\n"
                        + "-lib/portable-win81+wpa81/_._\n"
                        + "-lib/win8/_._\n"
                        + "-lib/wp8/_._\n"
                        + "-lib/xamarinios/_._",
                "NU5128: Some target frameworks declared in the dependencies group of the nuspec and the lib/ref folder"
                        + " do not have exact matches in the other location. Consult the list of actions below:\n"
                        + "- Add lib or ref assemblies for the aspnet50 target framework\n"
                        + "- Add lib or ref assemblies for the aspnetcore50 target framework",
                "NU5048: The 'PackageIconUrl'/'iconUrl' element is deprecated. Consider using the 'PackageIcon'/'icon'"
                        + " element instead. Learn more at https://aka.ms/deprecateIconUrl");
    }

    @Test
    void noWarnInThePropertiesSilencesCodesAsNuGetsPropertiesDo() throws IOException {
        RecordingLog log = new RecordingLog();
        pack("xunit.core.2015.nuspec", log, Map.of("NoWarn", "NU5125;nu5048, NU5127", "version", "1.0.0"));
        assertThat(log.warnings).extracting(w -> w.substring(0, 6)).containsExactly("NU5128");
    }

    private void pack(String name, RecordingLog log) throws IOException {
        pack(name, log, PROPERTIES);
    }

    private void pack(String name, RecordingLog log, Map<String, String> properties) throws IOException {
        Path folder = Files.createDirectories(scratch.resolve("a/b/n"));
        String text = Files.readString(Fixtures.path("nuspec/" + name), StandardCharsets.UTF_8);
        Files.copy(Fixtures.path("nuspec/" + name), folder.resolve("x.nuspec"));
        Matcher src = FILE_SRC.matcher(text);
        while (src.find()) {
            Path file = folder.resolve(src.group(1).replace('\\', '/').replace("**", "x").replace("*", "A")).normalize();
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
        new NuspecPacker(log).properties(properties).defaultExcludes(false).timestamp(java.time.Instant.EPOCH)
                .pack(folder.resolve("x.nuspec"), scratch.resolve("out"));
    }
}
