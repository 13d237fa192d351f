package io.nugetbridge.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's format, namespace choice, element order and escaping. */
class NuspecWriterTest {

    private static NuspecMetadataBuilder minimal() {
        return NuspecMetadata.builder().id("Acme.Widgets").versionText("1.2.3").authorsText("Ann, Bob").description("Widgets.");
    }

    @Test
    void minimalNuspecExactly() {
        String xml = NuspecWriter.toXml(Nuspec.of(minimal().build()));

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="utf-8"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2010/07/nuspec.xsd">
                  <metadata>
                    <id>Acme.Widgets</id>
                    <version>1.2.3</version>
                    <authors>Ann, Bob</authors>
                    <description>Widgets.</description>
                  </metadata>
                </package>
                """);
    }

    @Test
    void groupsFilesAndEmptyElementsFormat() {
        NuspecMetadata metadata = minimal()
                .requireLicenseAcceptance(false)
                .license(License.expression("MIT"))
                .dependencies(Dependencies.grouped(List.of(
                        new DependencyGroup("net8.0", List.of()),
                        new DependencyGroup("netstandard2.0", List.of(Dependency.of("B", "[1.0, 2.0)"))))))
                .build();
        Nuspec nuspec = new Nuspec(NuspecSchema.V4, metadata, List.of(new NuspecFile("bin\\*.dll", "lib\\net8.0", null)));

        assertThat(NuspecWriter.toXml(nuspec)).isEqualTo("""
                <?xml version="1.0" encoding="utf-8"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2012/06/nuspec.xsd">
                  <metadata>
                    <id>Acme.Widgets</id>
                    <version>1.2.3</version>
                    <authors>Ann, Bob</authors>
                    <requireLicenseAcceptance>false</requireLicenseAcceptance>
                    <license type="expression">MIT</license>
                    <description>Widgets.</description>
                    <dependencies>
                      <group targetFramework="net8.0"/>
                      <group targetFramework="netstandard2.0">
                        <dependency id="B" version="[1.0, 2.0)"/>
                      </group>
                    </dependencies>
                  </metadata>
                  <files>
                    <file src="bin\\*.dll" target="lib\\net8.0"/>
                  </files>
                </package>
                """);
    }

    @Test
    void utf8WithoutBom() {
        NuspecMetadata metadata = minimal().description("\u00c5ngstr\u00f6m \u4e2d \ud83d\ude00").build();
        byte[] bytes = NuspecWriter.toBytes(Nuspec.of(metadata));

        assertThat(bytes[0]).isEqualTo((byte) '<');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("<description>\u00c5ngstr\u00f6m \u4e2d \ud83d\ude00</description>");
    }

    @Test
    void everyElementInNuGetsOrder() {
        NuspecMetadata full = minimal()
                .minClientVersion("5.0")
                .title("Widgets")
                .ownersText("acme")
                .developmentDependency(true)
                .requireLicenseAcceptance(true)
                .license(License.file("LICENSE.txt"))
                .licenseUrl("https://aka.ms/deprecateLicenseUrl")
                .icon("icon.png")
                .readme("README.md")
                .projectUrl("https://acme.example")
                .iconUrl("https://acme.example/icon.png")
                .summary("Short")
                .releaseNotes("Notes")
                .copyright("(c) Acme")
                .language("en-US")
                .tagsText("widgets acme")
                .serviceable(true)
                .packageTypes(List.of(new PackageType("Dependency", null)))
                .repository(new Repository("git", "https://acme.example/w.git", "main", "abc123"))
                .dependencies(Dependencies.flat(List.of(Dependency.of("B", "1.0"))))
                .references(References.flat(List.of("Acme.Widgets.dll")))
                .frameworkReferences(List.of(new FrameworkReferenceGroup("net6.0", List.of("Microsoft.AspNetCore.App"))))
                .frameworkAssemblies(List.of(new FrameworkAssembly("System.Xml", null)))
                .contentFiles(List.of(new ContentFilesEntry("any/any/x.txt", null, "None", true, false)))
                .build();

        String xml = NuspecWriter.toXml(Nuspec.of(full));

        assertThat(childrenOfMetadata(xml)).containsExactly("id", "version", "title", "authors", "owners",
                "developmentDependency", "requireLicenseAcceptance", "license", "licenseUrl", "icon", "readme",
                "projectUrl", "iconUrl", "description", "summary", "releaseNotes", "copyright", "language", "tags",
                "serviceable", "packageTypes", "repository", "dependencies", "references", "frameworkReferences",
                "frameworkAssemblies", "contentFiles");
        assertThat(xml).contains("<metadata minClientVersion=\"5.0\">")
                .contains("<files include=\"any/any/x.txt\" buildAction=\"None\" copyToOutput=\"true\" flatten=\"false\"/>")
                .contains("<repository type=\"git\" url=\"https://acme.example/w.git\" branch=\"main\" commit=\"abc123\"/>");
        assertThat(NuspecReader.parse(xml, "full").metadata()).isEqualTo(full);
    }

    @Test
    void theModelsNamespaceIsKept() {
        Nuspec nuspec = new Nuspec("urn:custom", minimal().build(), null);
        assertThat(NuspecWriter.toXml(nuspec)).contains("<package xmlns=\"urn:custom\">");
    }

    @Test
    void minimumNamespaceFollowsTheContent() {
        assertThat(NuspecSchema.minimumFor(minimal().build())).isEqualTo(NuspecSchema.V1);
        assertThat(NuspecSchema.minimumFor(minimal().versionText("1.0.0-beta").build())).isEqualTo(NuspecSchema.V3);
        assertThat(NuspecSchema.minimumFor(minimal().versionText("$version$").build())).isEqualTo(NuspecSchema.V1);
        assertThat(NuspecSchema.minimumFor(minimal()
                .dependencies(Dependencies.grouped(List.of(new DependencyGroup("net45", List.of())))).build()))
                .isEqualTo(NuspecSchema.V4);
        assertThat(NuspecSchema.minimumFor(minimal()
                .frameworkReferences(List.of(new FrameworkReferenceGroup("net6.0", List.of("X")))).build()))
                .isEqualTo(NuspecSchema.V4);
        assertThat(NuspecSchema.minimumFor(minimal()
                .references(References.grouped(List.of(new ReferenceGroup("net45", List.of("a.dll"))))).build()))
                .isEqualTo(NuspecSchema.V5);
        assertThat(NuspecSchema.minimumFor(minimal()
                .references(References.grouped(List.of(new ReferenceGroup(null, List.of("a.dll"))))).build()))
                .isEqualTo(NuspecSchema.V1);
        assertThat(NuspecSchema.minimumFor(minimal()
                .dependencies(Dependencies.flat(List.of(new Dependency("B", "1.0", List.of(), List.of("Build")))))
                .build()))
                .isEqualTo(NuspecSchema.V6);
        assertThat(NuspecSchema.minimumFor(minimal()
                .contentFiles(List.of(new ContentFilesEntry("**/*", null, null, null, null))).build()))
                .isEqualTo(NuspecSchema.V6);
        assertThat(NuspecSchema.isKnown(NuspecSchema.V5)).isTrue();
        assertThat(NuspecSchema.isKnown("urn:custom")).isFalse();
    }

    @Test
    void markupInValuesIsEscapedAndComesBackUnchanged() {
        NuspecMetadata tricky = minimal()
                .description("<b>bold</b> & \"quoted\" 'single' ]]> end\n\tindented line\r\nwindows line")
                .title("A & B")
                .dependencies(Dependencies.flat(List.of(Dependency.of("Weird\"&<>Id", "[1.0, 2.0)"))))
                .build();
        String xml = NuspecWriter.toXml(Nuspec.of(tricky));

        assertThat(xml).contains("&lt;b&gt;bold&lt;/b&gt; &amp;").contains("<title>A &amp; B</title>");
        assertThat(NuspecReader.parse(xml, "tricky").metadata()).isEqualTo(tricky);
    }

    @Test
    void valuesXmlCannotCarryAreRefused() {
        NuspecMetadata bad = minimal().description("bell \u0007").build();
        assertThatThrownBy(() -> NuspecWriter.toXml(Nuspec.of(bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<description>")
                .hasMessageContaining("U+0007");
    }

    @Test
    void emptyFilesSectionIsWrittenAndAbsentOneIsNot() {
        assertThat(NuspecWriter.toXml(new Nuspec("", minimal().build(), List.of()))).contains("  <files/>\n</package>");
        assertThat(NuspecWriter.toXml(new Nuspec("", minimal().build(), null))).doesNotContain("<files");
    }

    @Test
    void falseBooleansAndEmptyTextSurvive() {
        NuspecMetadata m = minimal().serviceable(false).developmentDependency(false).ownersText("").build();
        String xml = NuspecWriter.toXml(Nuspec.of(m));

        assertThat(xml).contains("<serviceable>false</serviceable>").contains("<owners></owners>");
        assertThat(NuspecReader.parse(xml, "x").metadata()).isEqualTo(m);
    }

    @Test
    void writesToStreamsAndFiles(@TempDir Path dir) throws Exception {
        Nuspec nuspec = Nuspec.of(minimal().build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NuspecWriter.write(nuspec, out);
        Path file = dir.resolve("Acme.Widgets.nuspec");
        NuspecWriter.write(nuspec, file);

        assertThat(out.toByteArray()).isEqualTo(NuspecWriter.toBytes(nuspec));
        assertThat(Files.readAllBytes(file)).isEqualTo(NuspecWriter.toBytes(nuspec));
        assertThat(NuspecReader.read(file).metadata()).isEqualTo(nuspec.metadata());
    }

    private static List<String> childrenOfMetadata(String xml) {
        String metadata = xml.substring(xml.indexOf("<metadata"), xml.indexOf("</metadata>"));
        // direct children sit at an indentation of four spaces
        Matcher matcher = Pattern.compile("\n {4}<([A-Za-z]+)").matcher(metadata);
        List<String> names = new java.util.ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
