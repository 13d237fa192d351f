package io.nugetbridge.core.packaging.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NuGet's analysis of the real packages of the corpus, against NuGet.exe 5.8: each package was extracted (OPC
 * parts and signature left out), its nuspec's {@code <files>} removed (NuGet.exe 5.8 cannot read {@code <readme>},
 * so that went too; no warning rule reads it) and repacked with {@code nuget pack x.nuspec -NoDefaultExcludes
 * -BasePath <extracted>}; the codes are those it printed.
 */
class PackageAnalysisNupkgCorpusTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            CsvHelper.33.0.1.nupkg                                 |
            Dapper.2.0.78.nupkg                                    |
            DapperExtensions.1.3.0-a.nupkg                         | NU5125 NU5128
            IronSoftware.Common.2024.1.7.nupkg                     |
            MSTest.TestAdapter.1.3.2.nupkg                         | NU5125 NU5127 NU5128 NU5048
            Microsoft.AspNet.Web.Optimization.zh-Hans.1.1.3.nupkg  | NU5125 NU5128
            Microsoft.AspNet.WebApi.Client.5.2.9.nupkg             |
            Microsoft.Bcl.AsyncInterfaces.8.0.0.nupkg              |
            Microsoft.Extensions.Logging.Abstractions.6.0.0.nupkg  |
            Microsoft.NETCore.Platforms.3.0.0.nupkg                | NU5125 NU5128 NU5048
            Microsoft.Office.Interop.Excel.15.0.4795.1001.nupkg    | NU5128
            Microsoft.Web.Infrastructure.1.0.0.0.nupkg             | NU5125 NU5128
            NUnit.3.3.0-CI-2857-issue-1593.nupkg                   | NU5125 NU5128 NU5048
            NUnit.Console.3.12.0.nupkg                             |
            NUnit.ConsoleRunner.3.12.0.nupkg                       |
            NUnit3TestAdapter.4.0.0.nupkg                          | NU5127 NU5048
            Polly.4.3.0.nupkg                                      | NU5125 NU5128 NU5130 NU5048
            Qmuli.Adlib.Client.5.2.9.0.nupkg                       | NU5128
            StyleCop.Analyzers.1.1.118.nupkg                       |
            Swagger.Net.0.5.5.nupkg                                | NU5125 NU5128
            System.Data.SQLite.Core.1.0.113.7.nupkg                | NU5125 NU5128 NU5048
            System.Memory.4.5.5.nupkg                              | NU5125 NU5128 NU5131 NU5048
            System.Runtime.CompilerServices.Unsafe.6.0.0.nupkg     |
            bootstrap.4.6.0.nupkg                                  |
            jQuery.3.3.1.nupkg                                     | NU5111 NU5125
            nuget.versioning.5.0.0.nupkg                           | NU5048
            """, delimiter = '|')
    void codesAreThoseNuGetExePrintsForTheSamePackage(String name, String codes) {
        assertThat(PackageAnalysis.analyze(Fixtures.path("nupkg/" + name))).extracting(PackWarning::code)
                .containsExactly(codes == null ? new String[0] : codes.split(" "));
    }

    /**
     * NuGet.exe 5.8's texts for the same packages, its CRLF line ends as LF, trailing ones trimmed. The lists in a
     * text follow the zip order of the package analysed, and NuGet.exe's repack put the files in another order than
     * the originals have, so the lines of each text are compared in any order. (Analysing NuGet.exe's own repacked
     * packages gave its 26 outputs exactly, in order too.) MSTest.TestAdapter and NUnit3TestAdapter, whose NU5127 has
     * the list inside its first line, are compared by their codes above.
     */
    private static final Map<String, List<String>> NUGET_EXE_TEXTS = Map.ofEntries(
            Map.entry("Polly.4.3.0.nupkg", List.of(
                    "NU5125: The 'licenseUrl' element will be deprecated. Consider using the 'license' element instead.",
                    "NU5128: Some target frameworks declared in the dependencies group of the nuspec and the lib/ref folder do not have exact matches in the other location. Consult the list of actions below:\n- Add lib or ref assemblies for the net target framework\n- Add lib or ref assemblies for the win target framework\n- Add lib or ref assemblies for the wp target framework\n- Add lib or ref assemblies for the wpa target framework\n- Add lib or ref assemblies for the monoandroid target framework\n- Add lib or ref assemblies for the monotouch target framework\n- Add lib or ref assemblies for the xamarinios target framework",
                    "NU5130: Some target frameworks declared in the dependencies group of the nuspec and the lib/ref folder have compatible matches, but not exact matches in the other location. Unless intentional, consult the list of actions below:\n- Add a dependency group for .NETFramework4.5 to the nuspec\n- Add a dependency group for .NETFramework3.5 to the nuspec\n- Add a dependency group for .NETFramework4.0 to the nuspec",
                    "NU5048: The 'PackageIconUrl'/'iconUrl' element is deprecated. Consider using the 'PackageIcon'/'icon' element instead. Learn more at https://aka.ms/deprecateIconUrl")),
            Map.entry("System.Memory.4.5.5.nupkg", List.of(
                    "NU5125: The 'licenseUrl' element will be deprecated. Consider using the 'license' element instead.",
                    "NU5128: Some target frameworks declared in the dependencies group of the nuspec and the lib/ref folder do not have exact matches in the other location. Consult the list of actions below:\n- Add lib or ref assemblies for the monoandroid10 target framework\n- Add lib or ref assemblies for the monotouch10 target framework\n- Add lib or ref assemblies for the net45 target framework\n- Add lib or ref assemblies for the netcoreapp2.0 target framework\n- Add lib or ref assemblies for the portable45-net45+win8+wpa81 target framework\n- Add lib or ref assemblies for the uap10.0.16299 target framework\n- Add lib or ref assemblies for the win8 target framework\n- Add lib or ref assemblies for the wpa81 target framework\n- Add lib or ref assemblies for the xamarinios10 target framework\n- Add lib or ref assemblies for the xamarinmac20 target framework\n- Add lib or ref assemblies for the xamarintvos10 target framework\n- Add lib or ref assemblies for the xamarinwatchos10 target framework",
                    "NU5131: References were found in the nuspec, but some reference assemblies were not found in both the nuspec and ref folder. Add the following reference assemblies:\n- Add _._ to the netcoreapp2.1 reference group in the nuspec",
                    "NU5048: The 'PackageIconUrl'/'iconUrl' element is deprecated. Consider using the 'PackageIcon'/'icon' element instead. Learn more at https://aka.ms/deprecateIconUrl")),
            Map.entry("jQuery.3.3.1.nupkg", List.of(
                    "NU5111: The script file 'Tools/common.ps1' is not recognized by NuGet and hence will not be executed during installation of this package. Rename it to install.ps1, uninstall.ps1 or init.ps1 and place it directly under 'tools'.",
                    "NU5125: The 'licenseUrl' element will be deprecated. Consider using the 'license' element instead.")));

    @Test
    void textsAreThoseNuGetExePrints() {
        NUGET_EXE_TEXTS.forEach((name, texts) -> assertThat(PackageAnalysis.analyze(Fixtures.path("nupkg/" + name)))
                .as(name).extracting(w -> sortedLines(w.toString()))
                .containsExactlyElementsOf(texts.stream().map(PackageAnalysisNupkgCorpusTest::sortedLines).toList()));
    }

    private static List<String> sortedLines(String text) {
        return text.lines().sorted().toList();
    }
}
