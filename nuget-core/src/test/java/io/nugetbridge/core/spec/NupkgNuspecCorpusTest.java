package io.nugetbridge.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The nuspec inside each of the 31 .nupkg files of the corpus, checked against the table "What each
 * .nupkg exercises" in the corpus's PROVENANCE.md, copied here literally. Groups are written as there:
 * {@code targetFramework[number of dependencies]} joined by {@code "; "}, {@code flat:N} for a flat list,
 * {@code (none)} for no dependencies. The license and frameworkAssemblies columns come from the
 * "special features" column of the same table ({@code -} where it names none).
 */
@RequiresCorpus
class NupkgNuspecCorpusTest {

    private static final String NS_BASE = "http://schemas.microsoft.com/packaging/";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        bootstrap.4.6.0.nupkg | bootstrap | 4.6.0 | 2013/05 | flat:2 | file:LICENSE.txt | 0
        CsvHelper.33.0.1.nupkg | CsvHelper | 33.0.1 | 2013/05 | .NETFramework4.6.2[4]; .NETFramework4.7[4]; .NETFramework4.8[4]; net6.0[0]; net7.0[0]; net8.0[0]; .NETStandard2.0[4]; .NETStandard2.1[1] | expression:MS-PL OR Apache-2.0 | 0
        Dapper.2.0.78.nupkg | Dapper | 2.0.78 | 2013/05 | .NETFramework4.6.1[0]; .NETFramework5.0[0]; .NETStandard2.0[1] | expression:Apache-2.0 | 0
        DapperExtensions.1.3.0-a.nupkg | DapperExtensions | 1.3.0-a | 2011/10 | flat:1 | - | 4
        IronSoftware.Common.2024.1.7.nupkg | IronSoftware.Common | 2024.1.7 | 2013/05 | .NETStandard2.0[5] | - | 0
        jQuery.3.3.1.nupkg | jQuery | 3.3.1 | 2010/07 | (none) | - | 0
        Microsoft.AspNet.Web.Optimization.zh-Hans.1.1.3.nupkg | Microsoft.AspNet.Web.Optimization.zh-Hans | 1.1.3 | 2010/07 | flat:1 | - | 0
        Microsoft.AspNet.WebApi.Client.5.2.9.nupkg | Microsoft.AspNet.WebApi.Client | 5.2.9 | 2013/05 | .NETFramework4.5[1]; .NETPortable0.0-wp8+netcore45+net45+wp81+wpa81[2]; .NETStandard2.0[2] | file:NET_Library_EULA_ENU.txt | 1
        Microsoft.Bcl.AsyncInterfaces.8.0.0.nupkg | Microsoft.Bcl.AsyncInterfaces | 8.0.0 | 2013/05 | .NETFramework4.6.2[1]; .NETStandard2.0[1]; .NETStandard2.1[0] | expression:MIT | 0
        Microsoft.Extensions.Logging.Abstractions.6.0.0.nupkg | Microsoft.Extensions.Logging.Abstractions | 6.0.0 | 2013/05 | .NETFramework4.6.1[2]; net6.0[0]; .NETStandard2.0[2] | expression:MIT | 0
        Microsoft.NETCore.Platforms.3.0.0.nupkg | Microsoft.NETCore.Platforms | 3.0.0 | 2013/01 | (none) | - | 0
        Microsoft.Office.Interop.Excel.15.0.4795.1001.nupkg | Microsoft.Office.Interop.Excel | 15.0.4795.1001 | 2012/06 | .NETFramework4.0[0]; .NETStandard2.0[0] | - | 0
        Microsoft.Web.Infrastructure.1.0.0.0.nupkg | Microsoft.Web.Infrastructure | 1.0.0.0 | 2010/07 | (none) | - | 0
        MSTest.TestAdapter.1.3.2.nupkg | MSTest.TestAdapter | 1.3.2 | 2013/05 | .NETCoreApp1.0[2] | - | 0
        nuget.versioning.5.0.0.nupkg | NuGet.Versioning | 5.0.0+42a8779499c1d1ed2488c2e6b9e2ee6ff6107766 | 2012/06 | .NETFramework4.7.2[0]; .NETStandard2.0[0] | expression:Apache-2.0 | 0
        NUnit.3.3.0-CI-2857-issue-1593.nupkg | NUnit | 3.3.0-CI-2857-issue-1593 | 2011/10 | (none) | - | 0
        NUnit.Console.3.12.0.nupkg | NUnit.Console | 3.12.0 | 2013/05 | flat:6 | file:LICENSE.txt | 0
        NUnit.ConsoleRunner.3.12.0.nupkg | NUnit.ConsoleRunner | 3.12.0 | 2011/08 | (none) | file:LICENSE.txt | 0
        NUnit3TestAdapter.4.0.0.nupkg | NUnit3TestAdapter | 4.0.0 | 2011/08 | (none) | expression:MIT | 0
        Polly.4.3.0.nupkg | Polly | 4.3.0 | 2012/06 | .NETFramework0.0[0]; Windows0.0[0]; WindowsPhone0.0[0]; WindowsPhoneApp0.0[0]; MonoAndroid0.0[0]; MonoTouch0.0[0]; Xamarin.iOS0.0[0]; .NETPortable0.0-Profile259[0]; .NETPlatform5.0[7] | - | 0
        Qmuli.Adlib.Client.5.2.9.0.nupkg | Qmuli.Adlib.Client | 5.2.9.0 | 2011/08 | flat:3 | - | 0
        StyleCop.Analyzers.1.1.118.nupkg | StyleCop.Analyzers | 1.1.118 | 2013/01 | (none) | expression:Apache-2.0 | 0
        Swagger.Net.0.5.5.nupkg | Swagger.Net | 0.5.5 | 2011/08 | flat:1 | - | 0
        System.Data.SQLite.Core.1.0.113.7.nupkg | System.Data.SQLite.Core | 1.0.113.7 | 2013/05 | .NETFramework2.0[1]; .NETFramework4.0[1]; .NETFramework4.5[1]; .NETFramework4.5.1[1]; .NETFramework4.6[1]; .NETStandard2.0[1]; .NETStandard2.1[1] | - | 0
        System.Memory.4.5.5.nupkg | System.Memory | 4.5.5 | 2013/05 | MonoAndroid1.0[2]; MonoTouch1.0[2]; .NETFramework4.5[2]; .NETFramework4.6.1[3]; .NETCoreApp2.0[1]; .NETCoreApp2.1[0]; .NETStandard1.1[9]; .NETStandard2.0[3]; .NETPortable4.5-Profile111[2]; UAP10.0.16299[1]; Windows8.0[2]; WindowsPhoneApp8.1[2]; Xamarin.iOS1.0[2]; Xamarin.Mac2.0[2]; Xamarin.TVOS1.0[2]; Xamarin.WatchOS1.0[2] | - | 2
        System.Runtime.CompilerServices.Unsafe.6.0.0.nupkg | System.Runtime.CompilerServices.Unsafe | 6.0.0 | 2012/06 | .NETFramework4.6.1[0]; .NETCoreApp3.1[0]; net6.0[0]; .NETStandard2.0[0] | expression:MIT | 1
        test-stubs/BaGet-TestData.1.2.3.nupkg | TestData | 1.2.3 | 2012/06 | net5.0[0] | - | 0
        test-stubs/Composable.Core.3.4.0.symbols.nupkg | Composable.Core | 3.4.0 | 2011/10 | (none) | - | 0
        test-stubs/renovate-NLog.4.7.3-no-repo.nupkg | NLog | 4.7.3 | 2013/05 | .NETFramework3.5[0]; .NETFramework4.0-Client[0]; .NETFramework4.5[0]; .NETStandard1.3[10]; .NETStandard1.5[14]; MonoAndroid4.4[0]; Silverlight4.0[0]; Silverlight5.0[0]; WindowsPhone8.0[0]; Xamarin.iOS1.0[0]; .NETStandard2.0[0] | - | 18
        test-stubs/renovate-NLog.4.7.3.nupkg | NLog | 4.7.3 | 2013/05 | .NETFramework3.5[0]; .NETFramework4.0-Client[0]; .NETFramework4.5[0]; .NETStandard1.3[10]; .NETStandard1.5[14]; MonoAndroid4.4[0]; Silverlight4.0[0]; Silverlight5.0[0]; WindowsPhone8.0[0]; Xamarin.iOS1.0[0]; .NETStandard2.0[0] | - | 18
        test-stubs/TestPackage.AuthorSigned.1.0.0.nupkg | TestPackage.AuthorSigned | 1.0.0 | 2013/05 | .NETFramework4.5[0]; .NETStandard1.3[1] | - | 0
        """)
    void nuspecInsidePackageMatchesProvenanceTable(String file, String id, String version, String namespaceSuffix,
            String groups, String license, int frameworkAssemblies) {
        Nuspec nuspec = NupkgNuspecs.read(Fixtures.path("nupkg/" + file));
        NuspecMetadata m = nuspec.metadata();

        assertThat(m.id()).isEqualTo(id);
        assertThat(m.versionText()).isEqualTo(version);
        assertThat(nuspec.schemaNamespace()).isEqualTo(NS_BASE + namespaceSuffix + "/nuspec.xsd");
        assertThat(describe(m.dependencies())).isEqualTo(groups);
        assertThat(describe(m.license())).isEqualTo(license);
        assertThat(m.frameworkAssemblies()).hasSize(frameworkAssemblies);
        // every packaged nuspec has a version NuGet can parse
        assertThat(m.tryVersion()).as("parsed version of %s", version).isPresent();
    }

    /** The table above must list every package of the corpus, and nothing else. */
    @Test
    void tableCoversEveryPackage() {
        Path nupkgs = Fixtures.path("nupkg");
        Set<String> found = Fixtures.files("nupkg", ".nupkg").stream()
                .map(p -> nupkgs.relativize(p).toString().replace('\\', '/'))
                .collect(Collectors.toSet());
        assertThat(found).hasSize(31).containsExactlyInAnyOrder(
                "bootstrap.4.6.0.nupkg", "CsvHelper.33.0.1.nupkg", "Dapper.2.0.78.nupkg", "DapperExtensions.1.3.0-a.nupkg",
                "IronSoftware.Common.2024.1.7.nupkg", "jQuery.3.3.1.nupkg",
                "Microsoft.AspNet.Web.Optimization.zh-Hans.1.1.3.nupkg", "Microsoft.AspNet.WebApi.Client.5.2.9.nupkg",
                "Microsoft.Bcl.AsyncInterfaces.8.0.0.nupkg", "Microsoft.Extensions.Logging.Abstractions.6.0.0.nupkg",
                "Microsoft.NETCore.Platforms.3.0.0.nupkg", "Microsoft.Office.Interop.Excel.15.0.4795.1001.nupkg",
                "Microsoft.Web.Infrastructure.1.0.0.0.nupkg", "MSTest.TestAdapter.1.3.2.nupkg",
                "nuget.versioning.5.0.0.nupkg", "NUnit.3.3.0-CI-2857-issue-1593.nupkg", "NUnit.Console.3.12.0.nupkg",
                "NUnit.ConsoleRunner.3.12.0.nupkg", "NUnit3TestAdapter.4.0.0.nupkg", "Polly.4.3.0.nupkg",
                "Qmuli.Adlib.Client.5.2.9.0.nupkg", "StyleCop.Analyzers.1.1.118.nupkg", "Swagger.Net.0.5.5.nupkg",
                "System.Data.SQLite.Core.1.0.113.7.nupkg", "System.Memory.4.5.5.nupkg",
                "System.Runtime.CompilerServices.Unsafe.6.0.0.nupkg", "test-stubs/BaGet-TestData.1.2.3.nupkg",
                "test-stubs/Composable.Core.3.4.0.symbols.nupkg", "test-stubs/renovate-NLog.4.7.3-no-repo.nupkg",
                "test-stubs/renovate-NLog.4.7.3.nupkg", "test-stubs/TestPackage.AuthorSigned.1.0.0.nupkg");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Microsoft.Web.Infrastructure.1.0.0.0.nupkg | Microsoft.Web.Infrastructure | Microsoft
        Swagger.Net.0.5.5.nupkg                    | Swagger.Net                  | Mike Trionfo
        """)
    void utf16LittleEndianNuspecsWithBom(String file, String id, String author) {
        byte[] bytes = NupkgNuspecs.bytes(Fixtures.path("nupkg/" + file));
        assertThat(bytes[0] & 0xFF).isEqualTo(0xFF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xFE);

        NuspecMetadata m = NupkgNuspecs.read(Fixtures.path("nupkg/" + file)).metadata();
        assertThat(m.id()).isEqualTo(id);
        assertThat(m.authors()).containsExactly(author);
    }

    @Test
    void swaggerNetHasAnEmptyOwnersElementAndAMultiLineDescription() {
        NuspecMetadata m = NupkgNuspecs.read(Fixtures.path("nupkg/Swagger.Net.0.5.5.nupkg")).metadata();
        assertThat(m.ownersText()).isEmpty();
        assertThat(m.owners()).isEmpty();
        assertThat(m.description()).startsWith("Documents the ASP.NET Web API using the Swagger specification. \n\nSwagger.Net targets");
        assertThat(m.dependencies().flat()).containsExactly(Dependency.of("WebActivator", "1.5.1"));
    }

    @Test
    void dapperExtensionsHasFrameworkAssembliesWithEmptyTargetFramework() {
        NuspecMetadata m = NupkgNuspecs.read(Fixtures.path("nupkg/DapperExtensions.1.3.0-a.nupkg")).metadata();
        assertThat(m.frameworkAssemblies()).containsExactly(
                new FrameworkAssembly("System.Core", ""),
                new FrameworkAssembly("System", ""),
                new FrameworkAssembly("System.Data", ""),
                new FrameworkAssembly("Microsoft.CSharp", ".NETFramework4.0-Client, .NETFramework4.0"));
        assertThat(m.frameworkAssemblies().get(0).targetFrameworks()).isEmpty();
        assertThat(m.dependencies().flat().get(0).range().minVersion().orElseThrow().toNormalizedString()).isEqualTo("1.8.0");
    }

    @Test
    void bootstrapHasContentFilesAndFlatRanges() {
        NuspecMetadata m = NupkgNuspecs.read(Fixtures.path("nupkg/bootstrap.4.6.0.nupkg")).metadata();
        assertThat(m.contentFiles()).containsExactly(new ContentFilesEntry("**/*", null, "Content", null, null));
        assertThat(m.dependencies().flat()).extracting(Dependency::versionText).containsExactly("[3.0.0, 4.0.0)", "[1.16.1, 2.0.0)");
        assertThat(m.dependencies().flat().get(0).range().toNormalizedString()).isEqualTo("[3.0.0, 4.0.0)");
    }

    @Test
    void styleCopIsADevelopmentDependencyWithMinClientVersion() {
        NuspecMetadata m = NupkgNuspecs.read(Fixtures.path("nupkg/StyleCop.Analyzers.1.1.118.nupkg")).metadata();
        assertThat(m.developmentDependency()).isTrue();
        assertThat(m.minClientVersion()).isEqualTo("2.7");
    }

    @Test
    void errorsNameThePackageEntry() {
        assertThat(NupkgNuspecs.sourceName(Fixtures.path("nupkg/CsvHelper.33.0.1.nupkg")))
                .isEqualTo("CsvHelper.33.0.1.nupkg!/CsvHelper.nuspec");
    }

    private static String describe(Dependencies dependencies) {
        if (dependencies.isEmpty()) {
            return "(none)";
        }
        if (!dependencies.grouped()) {
            return "flat:" + dependencies.flat().size();
        }
        List<String> groups = dependencies.groups().stream()
                .map(g -> g.targetFramework() + "[" + g.dependencies().size() + "]")
                .toList();
        return String.join("; ", groups);
    }

    private static String describe(License license) {
        if (license == null) {
            return "-";
        }
        return license.type().xmlValue() + ":" + license.text();
    }
}
