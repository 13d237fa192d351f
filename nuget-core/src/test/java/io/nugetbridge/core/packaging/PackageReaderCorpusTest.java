package io.nugetbridge.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import io.nugetbridge.core.version.VersionRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every .nupkg in the corpus, read at the zip level. The expected values were read off the files
 * with other tools: entry lists with Python's zipfile, hashes with {@code openssl dgst -sha512 -binary | base64}.
 */
@RequiresCorpus
class PackageReaderCorpusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # package                                                  | root nuspec                                      | signed | entries | files | SHA-512 (base64)
        CsvHelper.33.0.1.nupkg                                     | CsvHelper.nuspec                                 | true   | 22 | 19 | dP4y2a9SFzq/TxmrUJ31dZpk060LPjgwgS7goXFCcmZ6hYLBOp6v4DPXGDvND81DsmiaFUDfcqj6Jbwk7HHeWQ==
        Dapper.2.0.78.nupkg                                        | Dapper.nuspec                                    | true   | 11 | 8  | x+CgrSjtxOgiUZ1lt+pp1Z6Z2X50FlrPzgH1i2e4LY5oe7MEeFxPWCG9SWjF42DsUtrSaZXuM+b36+8x24FukQ==
        DapperExtensions.1.3.0-a.nupkg                             | DapperExtensions.nuspec                          | false  | 6  | 3  | jezmLnm1LxujzJk0ye1wUVNA74gPxIELNmzQJ5K55s3NHc/hOsPdsODV3BcoKV7A5tU/a/yFXCcM0HZMz4y5rA==
        IronSoftware.Common.2024.1.7.nupkg                         | IronSoftware.Common.nuspec                       | true   | 13 | 10 | jvoj2zovmwoZ7o0QUpBUtctLAO1uedwHLIoO1s1K7gVmnobMMHQ547X2xHcf7ab2oEWgpitS7uqA1PH5SdmGTQ==
        MSTest.TestAdapter.1.3.2.nupkg                             | MSTest.TestAdapter.nuspec                        | true   | 55 | 52 | CuktA7K5T42wPagNRg69mqGFBLbolWcffuQyWxUfx0ZSl2qD73COW+bJVBg73iwPweTkNa6sSRvOvnlCrLQ54g==
        Microsoft.AspNet.Web.Optimization.zh-Hans.1.1.3.nupkg      | Microsoft.AspNet.Web.Optimization.zh-Hans.nuspec | true   | 6  | 3  | pDpIZHXrkFOe3xWCz+XD14kjW5mZiFDJB3B2pD3l3ToCF/XBCQ6n13zAcpp/Y2Fsz+N+18SbCBk+89GLVfqXJg==
        Microsoft.AspNet.WebApi.Client.5.2.9.nupkg                 | Microsoft.AspNet.WebApi.Client.nuspec            | true   | 13 | 10 | i9iMCTAhIYlT0EQ9zadc9DnbcsHLTmjiRhBp1E8G0Rpu63ytp6ejDHvJ3W2YSaGaOxBTWa0Sc5DHoTGeg2S40Q==
        Microsoft.Bcl.AsyncInterfaces.8.0.0.nupkg                  | Microsoft.Bcl.AsyncInterfaces.nuspec             | true   | 18 | 15 | ecsHc9lEZZJM7k5HHZA1PV2N+ELEarLFcssV2bn7XQIJoaiNZDkplTNcX+VKANfDGURAuEyVFCcRu7aFy16VUg==
        Microsoft.Extensions.Logging.Abstractions.6.0.0.nupkg      | Microsoft.Extensions.Logging.Abstractions.nuspec | true   | 46 | 43 | v7G0uYJCEEgD0aZaGgUdC45IH7yYf6L0tYphCrRZtNJOh1PFFcMqN23SxoBNHOLTliS5cqgcaOkkgZWOGoox3w==
        Microsoft.NETCore.Platforms.3.0.0.nupkg                    | Microsoft.NETCore.Platforms.nuspec               | true   | 11 | 8  | /pOb3Gn793O5UMdxIpKQH0iRJO40z9q1M1Ik3GjBlC+Ot9tU06THN6PsB+By+iTiTgt9lo5bC4mj2k7KOBZlRw==
        Microsoft.Office.Interop.Excel.15.0.4795.1001.nupkg        | Microsoft.Office.Interop.Excel.nuspec            | true   | 7  | 4  | W26vXSJGZK6CCeolhqH5D4et7IG2aJSJtVGEC+/cLf54hSTky4cVet+6jN6DVz8eV0nBP6C+4UNybdBJiUPgOA==
        Microsoft.Web.Infrastructure.1.0.0.0.nupkg                 | Microsoft.Web.Infrastructure.nuspec              | true   | 6  | 3  | Bk+FleE3WkOCB707+eD9npx38gvHCA4FikXSW1ETDa+A0IPrhPTWpu/nLGAGxkkXePVRB+nwjDY1ZOs5aE6YBg==
        NUnit.3.3.0-CI-2857-issue-1593.nupkg                       | NUnit.nuspec                                     | false  | 20 | 17 | GXwmK/1Iai8LuWulPgxydW/WCVg3w46hPgGk/tQ1eL3fg7s2RjVoOXEgTgPh5ACd7ZkXaWJSdzGMh9DuauTnQw==
        NUnit.Console.3.12.0.nupkg                                 | NUnit.Console.nuspec                             | true   | 7  | 4  | wEGB6m7jOppq8s3LoJRU+FXQysW2aJi6IkjUvS3iQzQEUI7WzQqqJFjYkQUNo4Bv+Fx8Nqk2x56wOvR2PZgzwg==
        NUnit.ConsoleRunner.3.12.0.nupkg                           | NUnit.ConsoleRunner.nuspec                       | true   | 35 | 32 | VBi2RyclQlYw6oevxsXedfuZqMPnNElmlhRnId9/fqMdTdHqiGHHTY5W6o/IE+QLV5d63OBbItDzkbnpUkEb0A==
        NUnit3TestAdapter.4.0.0.nupkg                              | NUnit3TestAdapter.nuspec                         | true   | 19 | 16 | LsAMfNAA3SHRpT7gkDCqvHPNe6jzPtA0GP4HjAKZ3Es6LNjWJZHoDEEtc9/i0N6PV+7loIK2R53sDATNUSOUtw==
        Polly.4.3.0.nupkg                                          | Polly.nuspec                                     | false  | 19 | 16 | ajJQpB73dVGx04jWtBhWuFIsgVnr3hi+QqwO+nj+2gEJPQk6LmKNfAFscemtplJ5L/IqjTkFXbvtieo6YUooSw==
        Qmuli.Adlib.Client.5.2.9.0.nupkg                           | Qmuli.Adlib.Client.nuspec                        | true   | 7  | 4  | IUuuPHUQj2WMs/mijsJc8bqqc1+EV/Wsj5fSd6mESipcHiwbEmL8FjfcjRf16tlYjRQmz7483zjSl+6wOZbHvQ==
        StyleCop.Analyzers.1.1.118.nupkg                           | StyleCop.Analyzers.nuspec                        | true   | 18 | 15 | OYYZdiCF/b3K/AzGWQ2PLQH5BnQRzQfHbbUgucMpJqBe9jsPTnyQh92oMabffFcTcBR2EOpJyMcp9D05fs8yvA==
        Swagger.Net.0.5.5.nupkg                                    | Swagger.Net.nuspec                               | true   | 9  | 6  | Ars2kjYnYJrMD+AEjKKcEFnyx8tSoFGO3vdgn1jHyyRVrJUFwLHck4kxXz0uTLWFBi9XKK4sS62k3FYlz8stdA==
        System.Data.SQLite.Core.1.0.113.7.nupkg                    | System.Data.SQLite.Core.nuspec                   | true   | 5  | 2  | P5URqK+mrFvtUoW/+cSoYEbF8nAH3tivGhMD0ANuWkDHk6aSwy+RRvmjOhYu4Jseai/2WzXtqgKKp4ajwR8VDg==
        System.Memory.4.5.5.nupkg                                  | System.Memory.nuspec                             | true   | 17 | 14 | /eMtPqsYLz6txKgxdLRSatmDkTUTEkDfQq/92pHoaCIm5FQRa3zNAgvhD9fwLhfIiQE+ltmsNSPDBfmrOPeiMw==
        System.Runtime.CompilerServices.Unsafe.6.0.0.nupkg         | System.Runtime.CompilerServices.Unsafe.nuspec    | true   | 19 | 16 | 8r1xNl0CUy637iPFW+Euw73tKvHWHmAjZRWqJiRvC9PGVodeUw6yyd/6G4NiRN3m0hIn5eyvFM4BhmzlpP1mIw==
        bootstrap.4.6.0.nupkg                                      | bootstrap.nuspec                                 | true   | 47 | 44 | T8MMvdzo3eSasVkDQkVKLsOeKRRcepeuNspJ0hTtjfnswc9M5swDjRQXgx2iMttzec6WB/xIR6+j2MSBvN7hZw==
        jQuery.3.3.1.nupkg                                         | jQuery.nuspec                                    | false  | 15 | 12 | tYajvLpBj04iqObTE+KDX172vu9Ifgja17CSezuBAI0nJt5CgsTcQqMX356F8S6z98VZ2k5EAesPNMvwshPhZQ==
        nuget.versioning.5.0.0.nupkg                               | NuGet.Versioning.nuspec                          | true   | 9  | 6  | z9o0IMRD2eYbwCI9Nlqc6c7HLwm11aVcSqKtmsR7HmYlYw/qgFkd+v81AtNX4sFFBDcGxlg/8pC3TjbcoBL5zg==
        test-stubs/BaGet-TestData.1.2.3.nupkg                      | TestData.nuspec                                  | false  | 5  | 2  | iE7hkFjZoKTp5KlLUd60bUw5HoSCylY0gY0nqNTtAu1NRy8H9cRaazYChhdZ4eY0cUWI65drx9CkXopNQBzgIA==
        test-stubs/Composable.Core.3.4.0.symbols.nupkg             | Composable.Core.nuspec                           | false  | 2  | 1  | HpbLqsgLTb0xso9/NCt6iNXtT7JUVPW+AmYC0Hs7ewklCKxF06sbVCICGzF2B/Qd+7Ly9IgroyN2qzyZRqRMiw==
        test-stubs/TestPackage.AuthorSigned.1.0.0.nupkg            | TestPackage.AuthorSigned.nuspec                  | true   | 7  | 4  | apQUHEYS48BQPJOm0phJ+Qq73dphkaW21JVPZVPklWaqVVMLxZpzpsdclWon6gtlVh4zT8twD7Jj5DElP6TdHA==
        test-stubs/renovate-NLog.4.7.3-no-repo.nupkg               | NLog.nuspec                                      | false  | 1  | 1  | XqM0RwZYWCSn3py8EjZjcP9bpz2m+Z3NgI4wX/D1Ya5u0ExEzVgG0s0S5pIuqDKVuT58Do4ItWIzAu43YLyJMA==
        test-stubs/renovate-NLog.4.7.3.nupkg                       | NLog.nuspec                                      | false  | 1  | 1  | Pvt0/NUfj4bucv6r47tEuYfpkCZ0FqBTtaf4MrqhRGmq6Ze/ARoqoQ00xTpIaxbg7yucmMprAChIUdr2UxmM4g==
        """)
    void readsAndExtractsEveryCorpusPackage(String name, String nuspec, boolean signed, int entries, int files,
            String sha512, @TempDir Path temp) throws IOException {
        Path nupkg = Fixtures.path("nupkg/" + name);
        try (PackageReader reader = PackageReader.open(nupkg)) {
            assertThat(reader.nuspecEntryName()).isEqualTo(nuspec);
            assertThat(reader.isSigned()).isEqualTo(signed);
            assertThat(reader.entries()).hasSize(entries);
            assertThat(reader.files()).hasSize(files);
            assertThat(reader.sha512Base64()).isEqualTo(sha512);
            try (var in = reader.openNuspec()) {
                assertThat(in.readAllBytes()).isNotEmpty();
            }

            Path target = temp.resolve("extracted");
            reader.extractTo(target, ExtractionLimits.DEFAULT);
            try (Stream<Path> walk = Files.walk(target)) {
                assertThat(walk.filter(Files::isRegularFile).count()).isEqualTo(files);
            }
            assertThat(target.resolve(nuspec)).isRegularFile();
            assertThat(target.resolve("[Content_Types].xml")).doesNotExist();
            assertThat(target.resolve("_rels")).doesNotExist();
            assertThat(temp.toFile().list()).containsExactly("extracted");
        }
    }

    /** Values read off each nuspec with Python's xml.dom, not with our reader. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # package                                              | authors                                          | license                             | deps | first dependency: group, id, version
        CsvHelper.33.0.1.nupkg                                 | Josh Close                                       | expression:MS-PL OR Apache-2.0      | 17 | .NETFramework4.6.2 Microsoft.Bcl.AsyncInterfaces 8.0.0
        Dapper.2.0.78.nupkg                                    | Sam Saffron,Marc Gravell,Nick Craver             | expression:Apache-2.0               | 1  | .NETStandard2.0 System.Reflection.Emit.Lightweight 4.7.0
        DapperExtensions.1.3.0-a.nupkg                         | Thad Smith, Page Brooks                          | -                                   | 1  | (flat) Dapper 1.8
        IronSoftware.Common.2024.1.7.nupkg                     | https://ironsoftware.com/                        | -                                   | 5  | .NETStandard2.0 Microsoft.Extensions.Configuration.Binder 6.0.0
        MSTest.TestAdapter.1.3.2.nupkg                         | Microsoft                                        | -                                   | 2  | .NETCoreApp1.0 NETStandard.Library 1.6.1
        Microsoft.AspNet.Web.Optimization.zh-Hans.1.1.3.nupkg  | Microsoft                                        | -                                   | 1  | (flat) Microsoft.AspNet.Web.Optimization [1.1.3]
        Microsoft.AspNet.WebApi.Client.5.2.9.nupkg             | Microsoft                                        | file:NET_Library_EULA_ENU.txt       | 5  | .NETFramework4.5 Newtonsoft.Json 6.0.4
        Microsoft.Bcl.AsyncInterfaces.8.0.0.nupkg              | Microsoft                                        | expression:MIT                      | 2  | .NETFramework4.6.2 System.Threading.Tasks.Extensions 4.5.4
        Microsoft.Extensions.Logging.Abstractions.6.0.0.nupkg  | Microsoft                                        | expression:MIT                      | 4  | .NETFramework4.6.1 System.Buffers 4.5.1
        Microsoft.NETCore.Platforms.3.0.0.nupkg                | Microsoft                                        | -                                   | 0  | -
        Microsoft.Office.Interop.Excel.15.0.4795.1001.nupkg    | Microsoft                                        | -                                   | 0  | -
        Microsoft.Web.Infrastructure.1.0.0.0.nupkg             | Microsoft                                        | -                                   | 0  | -
        NUnit.3.3.0-CI-2857-issue-1593.nupkg                   | Charlie Poole                                    | -                                   | 0  | -
        NUnit.Console.3.12.0.nupkg                             | Charlie Poole, Rob Prouse                        | file:LICENSE.txt                    | 6  | (flat) NUnit.ConsoleRunner 3.12.0
        NUnit.ConsoleRunner.3.12.0.nupkg                       | Charlie Poole, Rob Prouse                        | file:LICENSE.txt                    | 0  | -
        NUnit3TestAdapter.4.0.0.nupkg                          | Charlie Poole, Terje Sandstrom                   | expression:MIT                      | 0  | -
        Polly.4.3.0.nupkg                                      | Michael Wolfenden, App vNext                     | -                                   | 7  | .NETPlatform5.0 System.Reflection 4.0.0
        Qmuli.Adlib.Client.5.2.9.0.nupkg                       | Qmuli Limited                                    | -                                   | 3  | (flat) Newtonsoft.Json 8.0.2
        StyleCop.Analyzers.1.1.118.nupkg                       | Sam Harwell et. al.                              | expression:Apache-2.0               | 0  | -
        Swagger.Net.0.5.5.nupkg                                | Mike Trionfo                                     | -                                   | 1  | (flat) WebActivator 1.5.1
        System.Data.SQLite.Core.1.0.113.7.nupkg                | SQLite Development Team                          | -                                   | 7  | .NETFramework2.0 Stub.System.Data.SQLite.Core.NetFramework 1.0.113.3
        System.Memory.4.5.5.nupkg                              | Microsoft                                        | -                                   | 37 | MonoAndroid1.0 System.Buffers 4.5.1
        System.Runtime.CompilerServices.Unsafe.6.0.0.nupkg     | Microsoft                                        | expression:MIT                      | 0  | -
        bootstrap.4.6.0.nupkg                                  | The Bootstrap Authors, Twitter Inc.              | file:LICENSE.txt                    | 2  | (flat) jQuery [3.0.0, 4.0.0)
        jQuery.3.3.1.nupkg                                     | jQuery Foundation, Inc.                          | -                                   | 0  | -
        nuget.versioning.5.0.0.nupkg                           | Microsoft                                        | expression:Apache-2.0               | 0  | -
        test-stubs/BaGet-TestData.1.2.3.nupkg                  | Test author                                      | -                                   | 0  | -
        test-stubs/Composable.Core.3.4.0.symbols.nupkg         | Composable                                       | -                                   | 0  | -
        test-stubs/TestPackage.AuthorSigned.1.0.0.nupkg        | TestPackage.AuthorSigned                         | -                                   | 1  | .NETStandard1.3 NETStandard.Library 1.6.1
        test-stubs/renovate-NLog.4.7.3-no-repo.nupkg           | Jarek Kowalski,Kim Christensen,Julian Verdurmen  | -                                   | 24 | .NETStandard1.3 Microsoft.Extensions.PlatformAbstractions 1.0.0
        test-stubs/renovate-NLog.4.7.3.nupkg                   | Jarek Kowalski,Kim Christensen,Julian Verdurmen  | -                                   | 24 | .NETStandard1.3 Microsoft.Extensions.PlatformAbstractions 1.0.0
        """)
    void nuspecOfEveryCorpusPackage(String name, String authors, String license, int dependencyCount,
            String firstDependency) {
        try (PackageReader reader = PackageReader.open(Fixtures.path("nupkg/" + name))) {
            NuspecMetadata metadata = reader.nuspec().metadata();

            assertThat(metadata.authorsText()).isEqualTo(authors);
            String actualLicense = metadata.license() == null ? null
                    : metadata.license().type().xmlValue() + ":" + metadata.license().text();
            assertThat(actualLicense).isEqualTo(license);
            assertThat(metadata.dependencies().all().count()).isEqualTo(dependencyCount);
            if (firstDependency == null) {
                return;
            }
            String[] expected = firstDependency.split(" ", 3);
            DependencyGroup group = metadata.dependencies().asGroups().stream()
                    .filter(g -> !g.dependencies().isEmpty()).findFirst().orElseThrow();
            Dependency dependency = group.dependencies().get(0);
            assertThat(metadata.dependencies().grouped() ? group.targetFramework() : "(flat)").isEqualTo(expected[0]);
            assertThat(dependency.id()).isEqualTo(expected[1]);
            assertThat(dependency.versionText()).isEqualTo(expected[2]);
            // The range and the framework are usable, not just text.
            VersionRange range = dependency.range();
            assertThat(range.satisfies(range.minVersion().orElseThrow())).isTrue();
            if (metadata.dependencies().grouped()) {
                assertThat(NuGetFramework.parse(group.targetFramework()).isSpecific()).isTrue();
            }
        }
    }

    @Test
    void everyCorpusPackageIsInTheTable() {
        // Keeps the table above honest: a new fixture package must be added to it.
        List<String> names = Fixtures.files("nupkg", ".nupkg").stream()
                .map(p -> Fixtures.path("nupkg").relativize(p).toString().replace('\\', '/'))
                .toList();
        assertThat(names).hasSize(31);
    }

    @Test
    void percentEncodedFolderNamesAreDecodedAsNuGetDoes(@TempDir Path temp) {
        try (PackageReader reader = PackageReader.open(Fixtures.path("nupkg/Polly.4.3.0.nupkg"))) {
            PackageEntry dll = reader.entry("lib/portable-net45+netcore45+wpa81+wp8/Polly.dll").orElseThrow();
            assertThat(dll.rawName()).isEqualTo("lib/portable-net45%2Bnetcore45%2Bwpa81%2Bwp8/Polly.dll");
            assertThat(dll.topFolder()).isEqualTo("lib");

            reader.extractTo(temp.resolve("polly"), ExtractionLimits.DEFAULT);
            assertThat(temp.resolve("polly/lib/portable-net45+netcore45+wpa81+wp8/Polly.dll")).isRegularFile();
        }
    }

    @Test
    void opcPartsAreSetApart() {
        try (PackageReader reader = PackageReader.open(Fixtures.path("nupkg/jQuery.3.3.1.nupkg"))) {
            assertThat(reader.entries()).filteredOn(PackageEntry::packagingPart)
                    .extracting(PackageEntry::path)
                    .anyMatch(p -> p.equals("[Content_Types].xml"))
                    .anyMatch(p -> p.equals("_rels/.rels"))
                    .anyMatch(p -> p.startsWith("package/services/metadata/core-properties/") && p.endsWith(".psmdcp"));
            assertThat(reader.files()).extracting(PackageEntry::topFolder).contains("Content", "Tools");
        }
    }
}
