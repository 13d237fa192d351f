package io.nugetbridge.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.VersionRange;
import io.nugetbridge.core.xml.XmlFileException;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packages.config files of the fixture corpus, read as NuGet reads them. */
@RequiresCorpus
class PackagesConfigReaderTest {

    @Test
    void anAspNetMvcAppWithABomAndFourPartVersions() {
        PackagesConfigFile config = PackagesConfigReader.read(Fixtures.path("packages-config/SistemaVentaAspMVC-VentasWeb.packages.config"));

        assertThat(config.packages()).hasSize(19);
        assertThat(config.packages().get(0)).satisfies(antlr -> {
            assertThat(antlr.id()).isEqualTo("Antlr");
            assertThat(antlr.versionText()).isEqualTo("3.5.0.2");
            assertThat(antlr.version().revision()).isEqualTo(2);
            assertThat(antlr.targetFramework()).contains(NuGetFramework.parse("net46"));
        });
        assertThat(config.packages()).extracting(PackagesConfigEntry::folderName)
                .contains("Microsoft.Web.Infrastructure.1.0.0.0", "Microsoft.AspNet.Mvc.es.5.2.4", "popper.js.1.16.1",
                        "WebGrease.1.6.0");
    }

    @Test
    void developmentDependenciesAllowedVersionsAndTwoPartVersions() {
        PackagesConfigFile config = PackagesConfigReader.read(Fixtures.path("packages-config/dependabot-core-nuget-server.packages.config"));

        assertThat(config.packages()).extracting(PackagesConfigEntry::id).containsExactly(
                "Microsoft.CodeDom.Providers.DotNetCompilerPlatform", "Microsoft.Net.Compilers", "Microsoft.Web.Infrastructure",
                "Microsoft.Web.Xdt", "Newtonsoft.Json", "NuGet.Core", "NuGet.Server", "RouteMagic", "WebActivatorEx");
        assertThat(config.packages().get(1).developmentDependency()).isTrue();
        assertThat(config.packages().get(0).developmentDependency()).isFalse();
        assertThat(config.packages().get(4).allowedVersions()).contains(VersionRange.parse("[8,10)"));
        assertThat(config.packages().get(7)).satisfies(route -> {
            assertThat(route.version().toNormalizedString()).isEqualTo("1.3.0");
            assertThat(route.folderName()).isEqualTo("RouteMagic.1.3");
        });
        assertThat(config.packages().get(8).folderName()).isEqualTo("WebActivatorEx.2.1.0");
    }

    @Test
    void net4AndNet40AreTheSameFramework() {
        PackagesConfigFile config = PackagesConfigReader.read(Fixtures.path("packages-config/snyk-net4.packages.config"));

        assertThat(config.packages()).hasSize(21);
        assertThat(config.packages()).extracting(e -> e.targetFramework().orElseThrow())
                .containsOnly(NuGetFramework.parse("net40"));
        assertThat(config.toExactPackages()).extracting(p -> p.id() + " " + p.version().toNormalizedString())
                .contains("Microsoft.AspNet.WebApi.Client 4.0.30506", "Unity 2.1.505.2", "AWSSDK.Core 3.3.103.22");
    }

    @Test
    void commentsBetweenPackagesAreSkipped() {
        PackagesConfigFile config = PackagesConfigReader.read(Fixtures.path("packages-config/snyk-with-utf16-packages.packages.config"));

        assertThat(config.packages()).extracting(PackagesConfigEntry::folderName)
                .containsExactly("Antlr.3.4.1.9004", "Microsoft.Web.Infrastructure.1.0.0.0", "Swagger.Net.0.5.5");
    }

    @Test
    void aUtf16FileReadsTheSame(@TempDir Path temp) throws IOException {
        Path original = Fixtures.path("packages-config/snyk-with-utf16-packages.packages.config");
        String text = Files.readString(original, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("utf-8", "utf-16");
        Path utf16 = temp.resolve("packages.config");
        Files.write(utf16, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));

        assertThat(PackagesConfigReader.read(utf16).packages()).isEqualTo(PackagesConfigReader.read(original).packages());
    }

    @Test
    void aWrongRootIsAClearErrorNamingTheFile() {
        Path malformed = Fixtures.path("packages-config/snyk-malformed-root.packages.config");

        assertThatThrownBy(() -> PackagesConfigReader.read(malformed))
                .isInstanceOf(XmlFileException.class)
                .hasMessageStartingWith(malformed + " (line 2): the root element is <configuration>, but a packages.config"
                        + " must have <packages> as its root");
    }

    @Test
    void aRepositoriesConfigIsNoPackagesConfig() {
        assertThatThrownBy(() -> PackagesConfigReader.read(Fixtures.path("packages-config/snyk-repositories.config")))
                .hasMessageContaining("the root element is <repositories>");
    }

    @Test
    void brokenEntriesAreNamed(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("packages.config");
        Files.writeString(file, "<packages>\n  <package id=\"A\" version=\"1.0\" />\n  <package id=\"B\" version=\"v2\" />\n</packages>");
        assertThatThrownBy(() -> PackagesConfigReader.read(file))
                .hasMessage(file + " (line 3): the package 'B' has version 'v2', which is not a NuGet version"
                        + " (examples: 1.0.0, 4.0.30506.0, 2.0.0-beta1)");

        Files.writeString(file, "<packages><package id=\"A\" version=\"1.0\" /><package id=\"a\" version=\"2.0\" /></packages>");
        assertThatThrownBy(() -> PackagesConfigReader.read(file)).hasMessageContaining("lists the package 'a' more than once");

        Files.writeString(file, "<packages><package id=\"A\" version=\"1.0\"></packages>");
        assertThatThrownBy(() -> PackagesConfigReader.read(file)).hasMessageContaining("is not well-formed XML");
    }

    @Test
    void aMissingTargetFrameworkIsEmpty(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("packages.config");
        Files.writeString(file, "<packages><package id=\"A\" version=\"1.0\" /></packages>");

        assertThat(PackagesConfigReader.read(file).packages().get(0).targetFramework()).isEqualTo(Optional.empty());
    }
}
