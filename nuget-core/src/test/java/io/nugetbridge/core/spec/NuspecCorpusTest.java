package io.nugetbridge.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every loose .nuspec of the corpus, read and checked against values copied by hand from the files
 * themselves (not from this reader's output). {@link #everyCorpusNuspecIsNamedHere} fails when a new
 * .nuspec appears in the corpus, so none is ever skipped silently.
 */
@RequiresCorpus
class NuspecCorpusTest {

    private static final String NS = "http://schemas.microsoft.com/packaging/";

    private static final List<String> COVERED = List.of(
            "nuspec/FSharp.Data.2.1.0-beta3.nuspec",
            "nuspec/LiteGuard.Source.nuspec",
            "nuspec/Microsoft.Framework.Logging.1.0.0-beta4.nuspec",
            "nuspec/Xamarin.Forms.2.3.4.247.nuspec",
            "nuspec/nunit-framework.2018.nuspec",
            "nuspec/nunit-framework.HEAD.nuspec",
            "nuspec/xunit.core.2015.nuspec",
            "nuspec/xunit.v3.assert.source.nuspec",
            "nuspec/xunit.v3.core.nuspec",
            "v3/azure-artifacts/flatcontainer/nunit/3.13.2/nunit.nuspec",
            "v3/nuget.org/flatcontainer/microsoft.extensions.dependencymodel/1.0.0/microsoft.extensions.dependencymodel.nuspec",
            "v3/nuget.org/flatcontainer/microsoft.extensions.dependencymodel/2.1.0/microsoft.extensions.dependencymodel.nuspec",
            "v3/nuget.org/flatcontainer/nlog/4.7.3/nlog.nuspec",
            "v3/nuget.org/flatcontainer/nunit/3.12.0/nunit.nuspec",
            "v3/nuget.org/flatcontainer/proxykit/2.3.4/proxykit.nuspec");

    @Test
    void everyCorpusNuspecIsNamedHere() throws IOException {
        Path root = Fixtures.root();
        List<String> found;
        try (Stream<Path> walk = Files.walk(root)) {
            found = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".nuspec"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertThat(found).as("loose .nuspec files in the corpus").containsExactlyInAnyOrderElementsOf(COVERED);
        assertThat(Fixtures.files("nuspec", ".nuspec")).hasSize(9);
        assertThat(Fixtures.files("v3", ".nuspec")).hasSize(6);
    }

    @Test
    void fsharpData_prereleasePortableGroupEmptyGroupFlatReferences() {
        NuspecMetadata m = read("nuspec/FSharp.Data.2.1.0-beta3.nuspec");

        assertThat(m.id()).isEqualTo("FSharp.Data");
        assertThat(m.versionText()).isEqualTo("2.1.0-beta3");
        assertThat(m.version().isPrerelease()).isTrue();
        assertThat(m.authors()).containsExactly("Tomas Petricek", "Gustavo Guerra");
        assertThat(m.license()).isNull();
        assertThat(m.summary()).isEqualTo("Library of F# type providers and data access tools");
        assertThat(m.tags()).hasSize(11).startsWith("F#", "fsharp").endsWith("HTTP");

        assertThat(frameworks(m)).containsExactly(".NETPortable0.0-net40+sl5+wp8+win8", ".NETFramework4.0");
        assertThat(m.dependencies().groups().get(0).dependencies()).containsExactly(Dependency.of("Zlib.Portable", "1.10.0"));
        assertThat(m.dependencies().groups().get(1).dependencies()).isEmpty();

        assertThat(m.references().grouped()).isFalse();
        assertThat(m.references().flat()).containsExactly("FSharp.Data.dll");
        assertThat(m.frameworkAssemblies()).containsExactly(new FrameworkAssembly("System.Xml.Linq", ".NETFramework4.0"));
    }

    @Test
    void liteGuardSource_noNamespaceOutOfOrderContentFilesAndFiles() {
        Nuspec nuspec = readNuspec("nuspec/LiteGuard.Source.nuspec");
        NuspecMetadata m = nuspec.metadata();

        assertThat(nuspec.schemaNamespace()).isEmpty();
        assertThat(m.minClientVersion()).isEqualTo("3.3");
        assertThat(m.id()).isEqualTo("LiteGuard.Source");
        assertThat(m.versionText()).isEqualTo("0.0.0");
        assertThat(m.authors()).containsExactly("Adam Ralph", "LiteGuard contributors");
        assertThat(m.license()).isEqualTo(new License(License.Type.EXPRESSION, "MIT", null));
        assertThat(m.developmentDependency()).isTrue();
        assertThat(m.icon()).isEqualTo("liteguard_256.png");
        assertThat(m.description())
                .startsWith("Why, it's lighter than air!\n\nThe aim of LiteGuard")
                .endsWith("6.02214129(27) \u00d7 10^23.");

        assertThat(m.dependencies()).isEqualTo(Dependencies.NONE);
        assertThat(m.contentFiles()).containsExactly(
                new ContentFilesEntry("cs/netstandard1.0/Guard.cs.pp", null, null, null, null),
                new ContentFilesEntry("cs/netstandard2.0/Guard.cs.pp", null, null, null, null));
        assertThat(nuspec.files()).hasSize(3);
        assertThat(nuspec.files().get(0)).isEqualTo(new NuspecFile("..\\assets\\liteguard_256.png", "", null));
    }

    @Test
    void microsoftFrameworkLogging_dnxFrameworksAndPrereleaseDependencies() {
        NuspecMetadata m = read("nuspec/Microsoft.Framework.Logging.1.0.0-beta4.nuspec");

        assertThat(m.id()).isEqualTo("Microsoft.Framework.Logging");
        assertThat(m.versionText()).isEqualTo("1.0.0-beta4");
        assertThat(m.authors()).containsExactly("Microsoft");
        assertThat(m.license()).isNull();
        assertThat(m.requireLicenseAcceptance()).isTrue();
        assertThat(m.copyright()).isEqualTo("Copyright \u00a9 Microsoft Corporation");

        assertThat(frameworks(m)).containsExactly(".NETFramework4.5", "DNX4.5.1", "DNXCore5.0", ".NETPortable4.6-Profile151");
        assertThat(sizes(m)).containsExactly(2, 2, 8, 2);
        assertThat(m.dependencies().groups().get(2).dependencies().get(2))
                .isEqualTo(Dependency.of("System.Collections.Concurrent", "4.0.10-beta-22816"));
        assertThat(m.frameworkAssemblies()).hasSize(16);
    }

    @Test
    void xamarinForms_fourPartVersionExactRangesAndReferenceGroups() {
        NuspecMetadata m = read("nuspec/Xamarin.Forms.2.3.4.247.nuspec");

        assertThat(m.id()).isEqualTo("Xamarin.Forms");
        assertThat(m.versionText()).isEqualTo("2.3.4.247");
        assertThat(m.version().revision()).isEqualTo(247);
        assertThat(m.authors()).containsExactly("Xamarin Inc.");
        assertThat(m.license()).isNull();

        assertThat(frameworks(m)).containsExactly("WindowsPhone8.0", "MonoAndroid1.0", "MonoAndroid7.0");
        assertThat(sizes(m)).containsExactly(1, 5, 5);
        assertThat(m.dependencies().groups().get(0).dependencies()).containsExactly(Dependency.of("WPtoolkit", "4.2013.08.16"));
        Dependency exact = m.dependencies().groups().get(1).dependencies().get(0);
        assertThat(exact).isEqualTo(Dependency.of("Xamarin.Android.Support.v4", "[23.3.0]"));
        assertThat(exact.range()).isEqualTo(VersionRange.exactly(NuGetVersion.of(23, 3, 0)));

        assertThat(m.references().grouped()).isTrue();
        assertThat(m.references().groups()).extracting(ReferenceGroup::targetFramework).containsExactly(
                ".NETPortable0.0-win+net45+wp80+win81+wpa81+MonoAndroid10+Xamarin.iOS10+xamarinmac20",
                "Xamarin.iOS1.0", "MonoAndroid1.0", "Windows8.1", "WindowsPhoneApp8.1", "UAP10.0", "WindowsPhone8.0");
        assertThat(m.references().groups().get(1).files()).containsExactly("Xamarin.Forms.Core.dll",
                "Xamarin.Forms.Platform.dll", "Xamarin.Forms.Xaml.dll", "Xamarin.Forms.Platform.iOS.dll");
        // written after <references>, out of NuGet's order
        assertThat(m.releaseNotes()).isEqualTo("Release Notes: https://github.com/xamarin/Xamarin.Forms/releases/tag/release-2.3.4-sr2");
    }

    @Test
    void nunitFramework2018_versionTokenShortFrameworksExcludeAndFiles() {
        Nuspec nuspec = readNuspec("nuspec/nunit-framework.2018.nuspec");
        NuspecMetadata m = nuspec.metadata();

        assertThat(nuspec.schemaNamespace()).isEqualTo(NS + "2010/07/nuspec.xsd");
        assertThat(m.minClientVersion()).isEqualTo("2.12");
        assertThat(m.id()).isEqualTo("NUnit");
        assertThat(m.versionText()).isEqualTo("$version$");
        assertThat(m.tryVersion()).isEmpty();
        assertThat(m.authors()).containsExactly("Charlie Poole", "Rob Prouse");
        assertThat(m.license()).isNull();
        assertThat(m.repository()).isEqualTo(new Repository("git", "https://github.com/nunit/nunit", null, null));

        assertThat(frameworks(m)).containsExactly("net20", "net35", "net40", "net45", "netstandard1.4", "netstandard2.0");
        assertThat(sizes(m)).containsExactly(0, 0, 0, 0, 2, 1);
        assertThat(m.dependencies().groups().get(4).dependencies().get(1))
                .isEqualTo(new Dependency("System.Reflection.TypeExtensions", "4.4.0", List.of(), List.of("compile")));

        assertThat(nuspec.files()).hasSize(23);
        assertThat(nuspec.files().get(0)).isEqualTo(new NuspecFile("LICENSE.txt", null, null));
        assertThat(nuspec.files().get(22)).isEqualTo(new NuspecFile("..\\..\\nuget\\framework\\NUnit.props", "build", null));
    }

    @Test
    void nunitFrameworkHead_licenseIconReadmeAndMultiLineDescription() {
        Nuspec nuspec = readNuspec("nuspec/nunit-framework.HEAD.nuspec");
        NuspecMetadata m = nuspec.metadata();

        assertThat(m.id()).isEqualTo("NUnit");
        assertThat(m.versionText()).isEqualTo("$version$");
        assertThat(m.authors()).containsExactly("Charlie Poole", "Rob Prouse", "Terje Sandstrom and contributors");
        assertThat(m.license()).isEqualTo(License.expression("MIT"));
        assertThat(m.icon()).isEqualTo("icon.png");
        assertThat(m.readme()).isEqualTo("README.md");
        // trimmed at both ends, inner lines (and their indentation) kept
        assertThat(m.description())
                .startsWith("NUnit is a unit-testing framework for all .NET languages.\n            It can run on macOS")
                .endsWith("- .NET 10.0+");

        assertThat(frameworks(m)).containsExactly("net462", "net8.0", "net10.0");
        assertThat(sizes(m)).containsExactly(2, 0, 0);
        assertThat(m.dependencies().groups().get(0).dependencies().get(0)).isEqualTo(new Dependency(
                "System.Threading.Tasks.Extensions", "4.6.0", List.of(), List.of("Build", "Analyzers")));
        assertThat(nuspec.files()).hasSize(24);
    }

    @Test
    void xunitCore2015_groupWithoutTargetFramework() {
        Nuspec nuspec = readNuspec("nuspec/xunit.core.2015.nuspec");
        NuspecMetadata m = nuspec.metadata();

        assertThat(nuspec.schemaNamespace()).isEqualTo(NS + "2011/10/nuspec.xsd");
        assertThat(m.minClientVersion()).isEqualTo("2.8.3");
        assertThat(m.id()).isEqualTo("xunit.core");
        assertThat(m.versionText()).isEqualTo("99.99.99");
        assertThat(m.authors()).containsExactly("James Newkirk", "Brad Wilson");
        assertThat(m.license()).isNull();
        assertThat(m.description()).startsWith("Includes the libraries for writing unit tests with xUnit.net.");

        assertThat(frameworks(m)).containsExactly(null, "aspnet50", "aspnetcore50");
        assertThat(m.dependencies().groups().get(0).isFallback()).isTrue();
        assertThat(sizes(m)).containsExactly(1, 2, 2);
        assertThat(m.dependencies().groups().get(0).dependencies())
                .containsExactly(Dependency.of("xunit.extensibility.core", "[99.99.99]"));
        // XML comments inside <files> do not count
        assertThat(nuspec.files()).hasSize(18);
        assertThat(nuspec.files().get(0).target()).isEqualTo("build\\_Desktop\\");
    }

    @Test
    void xunitV3AssertSource_contentFilesTokenInRepositoryNoDependencies() {
        Nuspec nuspec = readNuspec("nuspec/xunit.v3.assert.source.nuspec");
        NuspecMetadata m = nuspec.metadata();

        assertThat(nuspec.schemaNamespace()).isEmpty();
        assertThat(m.id()).isEqualTo("xunit.v3.assert.source");
        assertThat(m.versionText()).isEqualTo("$PackageVersion$");
        assertThat(m.authors()).containsExactly("jnewkirk", "bradwilson");
        assertThat(m.license()).isEqualTo(License.expression("Apache-2.0"));
        assertThat(m.readme()).isEqualTo("_content/README.md");
        assertThat(m.repository().commit()).isEqualTo("$GitAssertModuleCommitId$");

        assertThat(m.dependencies().isEmpty()).isTrue();
        assertThat(m.contentFiles()).containsExactly(
                new ContentFilesEntry("contentFiles/cs/netstandard2.0/**/*.cs", null, "Compile", null, null));
        assertThat(nuspec.files()).hasSize(4);
        assertThat(nuspec.files().get(3)).isEqualTo(new NuspecFile("Asserts\\**\\*.cs", "contentFiles\\cs\\netstandard2.0\\Asserts", null));
    }

    @Test
    void xunitV3Core_tokenInsideDependencyRange() {
        Nuspec nuspec = readNuspec("nuspec/xunit.v3.core.nuspec");
        NuspecMetadata m = nuspec.metadata();

        assertThat(nuspec.schemaNamespace()).isEmpty();
        assertThat(m.id()).isEqualTo("xunit.v3.core");
        assertThat(m.versionText()).isEqualTo("$PackageVersion$");
        assertThat(m.authors()).containsExactly("jnewkirk", "bradwilson");
        assertThat(m.license()).isEqualTo(License.expression("Apache-2.0"));
        assertThat(m.repository()).isEqualTo(new Repository("git", "https://github.com/xunit/xunit", null, "$GitCommitId$"));

        assertThat(frameworks(m)).containsExactly("net472", "net8.0");
        assertThat(sizes(m)).containsExactly(1, 1);
        Dependency dependency = m.dependencies().groups().get(0).dependencies().get(0);
        assertThat(dependency).isEqualTo(Dependency.of("xunit.v3.core.mtp-v1", "[$PackageVersion$]"));
        // reading is fine; only asking for the range shows the unreplaced token
        assertThatThrownBy(dependency::range)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xunit.v3.core.mtp-v1")
                .hasMessageContaining("[$PackageVersion$]");
        assertThat(nuspec.files()).extracting(NuspecFile::target).contains("lib\\net472\\_._", "lib\\net8.0\\_._");
    }

    @Test
    void azureArtifactsNunit_licenseFileAndEmptyDescription() {
        NuspecMetadata m = read("v3/azure-artifacts/flatcontainer/nunit/3.13.2/nunit.nuspec");

        assertThat(m.id()).isEqualTo("NUnit");
        assertThat(m.versionText()).isEqualTo("3.13.2");
        assertThat(m.authors()).containsExactly("Charlie Poole", "Rob Prouse");
        assertThat(m.license()).isEqualTo(License.file("LICENSE.txt"));
        // present but empty is not absent
        assertThat(m.description()).isEmpty();
        assertThat(m.releaseNotes()).isEmpty();

        assertThat(frameworks(m)).containsExactly(".NETFramework3.5", ".NETFramework4.0", ".NETFramework4.5", ".NETStandard2.0");
        assertThat(sizes(m)).containsExactly(0, 0, 0, 1);
        assertThat(m.dependencies().groups().get(3).dependencies()).containsExactly(Dependency.of("NETStandard.Library", "2.0.0"));
    }

    @Test
    void dependencyModel100_emptyGroupsWithWhitespaceAndServiceable() {
        NuspecMetadata m = read("v3/nuget.org/flatcontainer/microsoft.extensions.dependencymodel/1.0.0/microsoft.extensions.dependencymodel.nuspec");

        assertThat(m.id()).isEqualTo("Microsoft.Extensions.DependencyModel");
        assertThat(m.versionText()).isEqualTo("1.0.0");
        assertThat(m.authors()).containsExactly("Microsoft.Extensions.DependencyModel");
        assertThat(m.license()).isNull();
        assertThat(m.serviceable()).isTrue();
        assertThat(m.repository().url()).isEqualTo("git://github.com/dotnet/core-setup");
        assertThat(m.copyright()).isEqualTo("\u00a9 Microsoft Corporation.  All rights reserved.");

        assertThat(frameworks(m)).containsExactly(".NETFramework4.5.1", ".NETStandard1.3", ".NETStandard1.6");
        assertThat(sizes(m)).containsExactly(0, 0, 0);
        assertThat(m.frameworkAssemblies()).extracting(FrameworkAssembly::assemblyName).containsExactly("System.Core", "System");
    }

    @Test
    void dependencyModel210_threeGroupsWithExclude() {
        NuspecMetadata m = read("v3/nuget.org/flatcontainer/microsoft.extensions.dependencymodel/2.1.0/microsoft.extensions.dependencymodel.nuspec");

        assertThat(m.id()).isEqualTo("Microsoft.Extensions.DependencyModel");
        assertThat(m.versionText()).isEqualTo("2.1.0");
        assertThat(m.license()).isNull();
        assertThat(frameworks(m)).containsExactly(".NETFramework4.5.1", ".NETStandard1.3", ".NETStandard1.6");
        assertThat(sizes(m)).containsExactly(2, 5, 5);
        assertThat(m.dependencies().groups().get(0).dependencies().get(1))
                .isEqualTo(new Dependency("Newtonsoft.Json", "9.0.1", List.of(), List.of("Build", "Analyzers")));
        assertThat(m.frameworkAssemblies()).hasSize(2);
    }

    @Test
    void nlog_elevenGroupsAndMultiFrameworkAssemblies() {
        NuspecMetadata m = read("v3/nuget.org/flatcontainer/nlog/4.7.3/nlog.nuspec");

        assertThat(m.id()).isEqualTo("NLog");
        assertThat(m.versionText()).isEqualTo("4.7.3");
        assertThat(m.authors()).containsExactly("Jarek Kowalski", "Kim Christensen", "Julian Verdurmen");
        assertThat(m.license()).isNull();
        assertThat(m.description()).contains("- .NET Framework 3.5, 4, 4.5, 4.6, 4.7 & 4.8").endsWith("NLog.Web.AspNetCore");
        assertThat(m.releaseNotes()).startsWith("## Features\n").endsWith("https://nlog-project.org/config/");

        assertThat(m.dependencies().groups()).hasSize(11);
        assertThat(frameworks(m)).startsWith(".NETFramework3.5", ".NETFramework4.0-Client").endsWith(".NETStandard2.0");
        assertThat(sizes(m)).containsExactly(0, 0, 0, 10, 14, 0, 0, 0, 0, 0, 0);
        assertThat(m.dependencies().groups().get(3).dependencies().get(0).id()).isEqualTo("Microsoft.Extensions.PlatformAbstractions");

        assertThat(m.frameworkAssemblies()).hasSize(18);
        FrameworkAssembly mscorlib = m.frameworkAssemblies().get(2);
        assertThat(mscorlib.assemblyName()).isEqualTo("mscorlib");
        assertThat(mscorlib.targetFrameworks())
                .containsExactly("MonoAndroid4.4", "Silverlight4.0", "Silverlight5.0", "WindowsPhone8.0", "Xamarin.iOS1.0");
    }

    @Test
    void nunit3120_licenseTypeFileAndMinClientVersion() {
        NuspecMetadata m = read("v3/nuget.org/flatcontainer/nunit/3.12.0/nunit.nuspec");

        assertThat(m.minClientVersion()).isEqualTo("2.12");
        assertThat(m.id()).isEqualTo("NUnit");
        assertThat(m.versionText()).isEqualTo("3.12.0");
        assertThat(m.authors()).containsExactly("Charlie Poole", "Rob Prouse");
        assertThat(m.license()).isEqualTo(new License(License.Type.FILE, "LICENSE.txt", null));
        assertThat(m.licenseUrl()).isEqualTo("https://aka.ms/deprecateLicenseUrl");
        assertThat(m.description()).startsWith("NUnit features a fluent assert syntax").endsWith("- .NET Core");

        assertThat(frameworks(m)).containsExactly(".NETFramework3.5", ".NETFramework4.0", ".NETFramework4.5",
                ".NETStandard1.4", ".NETStandard2.0");
        assertThat(sizes(m)).containsExactly(0, 0, 0, 3, 1);
        assertThat(m.dependencies().groups().get(3).dependencies().get(2))
                .isEqualTo(new Dependency("System.Reflection.TypeExtensions", "4.4.0", List.of(), List.of("compile")));
    }

    @Test
    void proxyKit_buildMetadataRepositoryCommitFrameworkReferences() {
        NuspecMetadata m = read("v3/nuget.org/flatcontainer/proxykit/2.3.4/proxykit.nuspec");

        assertThat(m.id()).isEqualTo("ProxyKit");
        assertThat(m.versionText()).isEqualTo("2.3.4+build.119");
        assertThat(m.version().metadata()).contains("build.119");
        assertThat(m.version().toNormalizedString()).isEqualTo("2.3.4");
        assertThat(m.authors()).containsExactly("Damian Hickey");
        assertThat(m.license()).isEqualTo(License.expression("Apache-2.0"));
        assertThat(m.icon()).isEqualTo("icon.png");
        assertThat(m.repository()).isEqualTo(new Repository("git", "https://github.com/ProxyKit/ProxyKit", null,
                "5ce814152311938d323762474c8a3307d2beb2cf"));

        assertThat(frameworks(m)).containsExactly(".NETCoreApp3.1", ".NETStandard2.0");
        assertThat(sizes(m)).containsExactly(0, 4);
        assertThat(m.dependencies().groups().get(1).dependencies().get(0)).isEqualTo(new Dependency(
                "Microsoft.AspNetCore.Http", "2.1.0", List.of(), List.of("Build", "Analyzers")));
        assertThat(m.frameworkReferences()).containsExactly(
                new FrameworkReferenceGroup(".NETCoreApp3.1", List.of("Microsoft.AspNetCore.App")));
    }

    // ---- helpers

    private static Nuspec readNuspec(String relative) {
        assertThat(COVERED).as("tests must read only the files COVERED names").contains(relative);
        try {
            return NuspecReader.read(Fixtures.path(relative));
        } catch (UncheckedIOException e) {
            throw new AssertionError("Cannot read fixture " + relative, e);
        }
    }

    private static NuspecMetadata read(String relative) {
        return readNuspec(relative).metadata();
    }

    private static List<String> frameworks(NuspecMetadata m) {
        assertThat(m.dependencies().grouped()).as("dependencies are grouped").isTrue();
        return m.dependencies().groups().stream().map(DependencyGroup::targetFramework).toList();
    }

    private static List<Integer> sizes(NuspecMetadata m) {
        return m.dependencies().groups().stream().map(g -> g.dependencies().size()).toList();
    }
}
