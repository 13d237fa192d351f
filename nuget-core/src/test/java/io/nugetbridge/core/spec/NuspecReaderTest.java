package io.nugetbridge.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.version.VersionRange;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader's rules on small hand-written nuspecs. */
class NuspecReaderTest {

    private static final String V6 = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    // ---- namespaces and names

    @ParameterizedTest
    @ValueSource(strings = {
        "http://schemas.microsoft.com/packaging/2010/07/nuspec.xsd",
        "http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd",
        "http://schemas.microsoft.com/packaging/2011/10/nuspec.xsd",
        "http://schemas.microsoft.com/packaging/2012/06/nuspec.xsd",
        "http://schemas.microsoft.com/packaging/2013/01/nuspec.xsd",
        "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd",
        "urn:some-future-schema",
        ""})
    void anyNamespaceOrNoneIsReadAndKept(String namespace) {
        String xmlns = namespace.isEmpty() ? "" : " xmlns=\"" + namespace + "\"";
        Nuspec nuspec = parse("<package" + xmlns + "><metadata><id>A</id><version>1.0.0</version>"
                + "<dependencies><dependency id=\"B\" version=\"2.0\"/></dependencies></metadata></package>");

        assertThat(nuspec.schemaNamespace()).isEqualTo(namespace);
        assertThat(nuspec.metadata().id()).isEqualTo("A");
        assertThat(nuspec.metadata().dependencies().flat()).containsExactly(Dependency.of("B", "2.0"));
    }

    @Test
    void elementsOutsideTheDocumentNamespaceAreIgnored() {
        NuspecMetadata m = parseMetadata("<package xmlns=\"" + V6 + "\" xmlns:x=\"urn:other\"><metadata>"
                + "<x:id>Wrong</x:id><id>Right</id><x:dependencies><x:dependency id=\"Z\"/></x:dependencies>"
                + "</metadata></package>");

        assertThat(m.id()).isEqualTo("Right");
        assertThat(m.dependencies()).isEqualTo(Dependencies.NONE);
    }

    @Test
    void prefixedElementsInTheDocumentNamespaceCount() {
        NuspecMetadata m = parseMetadata("<n:package xmlns:n=\"" + V6 + "\"><n:metadata><n:id>A</n:id></n:metadata></n:package>");
        assertThat(m.id()).isEqualTo("A");
    }

    @Test
    void elementNamesAreCaseSensitive() {
        NuspecMetadata m = parseMetadata("<package><metadata><ID>A</ID><Version>1.0</Version><id>b</id></metadata></package>");
        assertThat(m.id()).isEqualTo("b");
        assertThat(m.versionText()).isNull();
    }

    @Test
    void unknownElementsAnywhereAreIgnored() {
        Nuspec nuspec = parse("<package><future><deep><id>X</id></deep></future><metadata><id>A</id>"
                + "<somethingNew attr=\"1\"><nested>text</nested></somethingNew>"
                + "<dependencies><group targetFramework=\"net8.0\"><extra/><dependency id=\"B\"/></group></dependencies>"
                + "</metadata><files><file src=\"a\"/><folder src=\"b\"/></files></package>");

        assertThat(nuspec.metadata().id()).isEqualTo("A");
        assertThat(nuspec.metadata().dependencies().groups().get(0).dependencies()).containsExactly(Dependency.of("B", null));
        assertThat(nuspec.files()).containsExactly(new NuspecFile("a", null, null));
    }

    // ---- encodings

    @ParameterizedTest(name = "{0}, BOM {1}")
    @CsvSource({"UTF-8, false", "UTF-8, true", "UTF-16LE, false", "UTF-16LE, true", "UTF-16BE, false", "UTF-16BE, true"})
    void utf8AndUtf16WithOrWithoutBom(String charsetName, boolean bom) {
        Charset charset = Charset.forName(charsetName);
        String declared = charsetName.startsWith("UTF-16") ? "utf-16" : "utf-8";
        String xml = "<?xml version=\"1.0\" encoding=\"" + declared + "\"?>\n<package><metadata><id>Caf\u00e9.\u4e2d\u6587</id>"
                + "<authors>J\u00fcrgen \ud83d\ude00</authors></metadata></package>";
        byte[] body = xml.getBytes(charset);
        byte[] bytes = bom ? concat(bomFor(charsetName), body) : body;

        NuspecMetadata m = NuspecReader.read(bytes, "enc.nuspec").metadata();

        assertThat(m.id()).isEqualTo("Caf\u00e9.\u4e2d\u6587");
        assertThat(m.authors()).containsExactly("J\u00fcrgen \ud83d\ude00");
    }

    @Test
    void declaredSingleByteEncodingIsHonoured() {
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><package><metadata><id>Caf\u00e9</id></metadata></package>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(NuspecReader.read(bytes, "latin1.nuspec").metadata().id()).isEqualTo("Caf\u00e9");
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheSource() {
        byte[] bytes = concat("<package><metadata><id>".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28}, "</id></metadata></package>".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> NuspecReader.read(bytes, "bad-bytes.nuspec"))
                .isInstanceOf(NuspecException.class)
                .hasMessageStartingWith("bad-bytes.nuspec: is not valid UTF-8 text");
    }

    // ---- text

    @Test
    void simpleValuesAreTrimmedAndDescriptionsKeepInnerLineBreaks() {
        NuspecMetadata m = parseMetadata("<package><metadata>\n<id>\n  A.B \t</id>\n"
                + "<description>\n   First line.\r\n\r\n   Second &amp; last &lt;line&gt;.   \n</description>"
                + "<releaseNotes><![CDATA[ <b>bold</b>\n* item ]]></releaseNotes>"
                + "<copyright>&#169; 2024</copyright></metadata></package>");

        assertThat(m.id()).isEqualTo("A.B");
        assertThat(m.description()).isEqualTo("First line.\n\n   Second & last <line>.");
        assertThat(m.releaseNotes()).isEqualTo("<b>bold</b>\n* item");
        assertThat(m.copyright()).isEqualTo("\u00a9 2024");
    }

    @Test
    void absentAndEmptyAreDifferent() {
        NuspecMetadata m = parseMetadata("<package><metadata><id>A</id><owners /><summary>   </summary></metadata></package>");

        assertThat(m.ownersText()).isEmpty();
        assertThat(m.summary()).isEmpty();
        assertThat(m.title()).isNull();
        assertThat(m.owners()).isEmpty();
    }

    @Test
    void missingRequiredElementsAreNotTheReadersBusiness() {
        NuspecMetadata m = parseMetadata("<package><metadata/></package>");

        assertThat(m.id()).isNull();
        assertThat(m.versionText()).isNull();
        assertThat(m.tryVersion()).isEmpty();
        assertThat(m.authors()).isEmpty();
        assertThat(m.description()).isNull();
    }

    @Test
    void theLastOfARepeatedElementWins() {
        assertThat(parseMetadata("<package><metadata><id>First</id><id>Second</id></metadata></package>").id())
                .isEqualTo("Second");
    }

    @Test
    void authorsOwnersAndTagsAreSplit() {
        NuspecMetadata m = parseMetadata("<package><metadata><authors> Ann ,Bob,, Cy </authors><owners>Org</owners>"
                + "<tags>  json, xml  http\tio </tags></metadata></package>");

        assertThat(m.authorsText()).isEqualTo("Ann ,Bob,, Cy");
        assertThat(m.authors()).containsExactly("Ann", "Bob", "Cy");
        assertThat(m.owners()).containsExactly("Org");
        assertThat(m.tags()).containsExactly("json", "xml", "http", "io");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "null", value = {"true, true", "True, true", "1, true", "' false ', false", "FALSE, false",
        "0, false", "yes, null", "'', null"})
    void booleansAreReadLeniently(String text, Boolean expected) {
        NuspecMetadata m = parseMetadata("<package><metadata><requireLicenseAcceptance>" + text
                + "</requireLicenseAcceptance><serviceable>" + text + "</serviceable><developmentDependency>" + text
                + "</developmentDependency></metadata></package>");

        assertThat(m.requireLicenseAcceptance()).isEqualTo(expected);
        assertThat(m.serviceable()).isEqualTo(expected);
        assertThat(m.developmentDependency()).isEqualTo(expected);
    }

    // ---- structured elements

    @Test
    void licenseTypeIsCaseInsensitiveAndVersionIsKept() {
        NuspecMetadata m = parseMetadata("<package><metadata><license type=\"Expression\" version=\"1.0.0\">"
                + " MIT OR Apache-2.0 </license></metadata></package>");
        assertThat(m.license()).isEqualTo(new License(License.Type.EXPRESSION, "MIT OR Apache-2.0", "1.0.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<license>MIT</license>", "<license type=\"url\">http://x</license>"})
    void licenseWithoutAKnownTypeIsAnError(String element) {
        assertThatThrownBy(() -> parse("<package><metadata>\n" + element + "</metadata></package>"))
                .isInstanceOf(NuspecException.class)
                .hasMessageStartingWith("test.nuspec (line 2,")
                .hasMessageContaining("must be");
    }

    @Test
    void dependenciesKeepRawTextAndSplitAssetLists() {
        NuspecMetadata m = parseMetadata("<package><metadata><dependencies><group targetFramework=\" net8.0 \">"
                + "<dependency id=\"A\" version=\" [1.0, 2.0) \" include=\"Compile, Runtime\" exclude=\"Build,,Analyzers\"/>"
                + "<dependency id=\"NoVersion\"/><dependency id=\"Blank\" version=\"\"/><dependency version=\"1.0\"/>"
                + "<dependency id=\"   \"/></group><group/><group targetFramework=\"\"/></dependencies></metadata></package>");

        List<DependencyGroup> groups = m.dependencies().groups();
        assertThat(groups).extracting(DependencyGroup::targetFramework).containsExactly("net8.0", null, "");
        assertThat(groups).extracting(DependencyGroup::isFallback).containsExactly(false, true, true);
        assertThat(groups.get(0).dependencies()).containsExactly(
                new Dependency("A", "[1.0, 2.0)", List.of("Compile", "Runtime"), List.of("Build", "Analyzers")),
                Dependency.of("NoVersion", null),
                Dependency.of("Blank", ""));
        assertThat(groups.get(0).dependencies().get(0).range().toNormalizedString()).isEqualTo("[1.0.0, 2.0.0)");
        assertThat(groups.get(0).dependencies().get(1).range()).isEqualTo(VersionRange.ALL);
        assertThat(groups.get(0).dependencies().get(2).range()).isEqualTo(VersionRange.ALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<dependencies/>", "<dependencies>\n  </dependencies>", "<dependencies><!-- none --></dependencies>", ""})
    void emptyOrAbsentDependenciesAreNone(String element) {
        NuspecMetadata m = parseMetadata("<package><metadata><id>A</id>" + element + "</metadata></package>");
        assertThat(m.dependencies()).isEqualTo(Dependencies.NONE);
        assertThat(m.dependencies().asGroups()).isEmpty();
    }

    @Test
    void flatDependenciesAreOneFallbackGroupWhenAskedForGroups() {
        NuspecMetadata m = parseMetadata("<package><metadata><dependencies><dependency id=\"A\" version=\"1.0\"/>"
                + "<dependency id=\"B\"/></dependencies></metadata></package>");

        assertThat(m.dependencies().grouped()).isFalse();
        assertThat(m.dependencies().asGroups()).containsExactly(
                new DependencyGroup(null, List.of(Dependency.of("A", "1.0"), Dependency.of("B", null))));
        assertThat(m.dependencies().all()).extracting(Dependency::id).containsExactly("A", "B");
    }

    @Test
    void mixedDependenciesAreRefusedNamingTheFile() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/spec/mixed-dependencies.nuspec").toURI());

        assertThatThrownBy(() -> NuspecReader.read(file))
                .isInstanceOf(NuspecException.class)
                .hasMessageStartingWith(file + " (line 10,")
                .hasMessageContaining("<dependencies> mixes <dependency> and <group> children");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<dependencies><group/><dependency id=\"A\"/></dependencies>",
        "<references><reference file=\"a.dll\"/><group><reference file=\"b.dll\"/></group></references>",
        "<references><group targetFramework=\"net45\"/><reference file=\"a.dll\"/></references>"})
    void mixingFlatEntriesAndGroupsIsRefusedInEitherOrder(String element) {
        assertThatThrownBy(() -> parse("<package><metadata>" + element + "</metadata></package>"))
                .isInstanceOf(NuspecException.class)
                .hasMessageStartingWith("test.nuspec (line 1,")
                .hasMessageContaining("mixes");
    }

    @Test
    void referencesFlatOrGrouped() {
        NuspecMetadata flat = parseMetadata("<package><metadata><references><reference file=\"a.dll\"/><reference/>"
                + "</references></metadata></package>");
        NuspecMetadata grouped = parseMetadata("<package><metadata><references><group targetFramework=\"net45\">"
                + "<reference file=\"a.dll\"/></group><group><reference file=\"b.dll\"/></group></references></metadata></package>");

        assertThat(flat.references()).isEqualTo(References.flat(List.of("a.dll")));
        assertThat(flat.references().asGroups()).containsExactly(new ReferenceGroup(null, List.of("a.dll")));
        assertThat(grouped.references().groups()).containsExactly(
                new ReferenceGroup("net45", List.of("a.dll")), new ReferenceGroup(null, List.of("b.dll")));
    }

    @Test
    void packageTypesRepositoryFrameworkReferencesAndContentFiles() {
        NuspecMetadata m = parseMetadata("<package><metadata>"
                + "<packageTypes><packageType name=\"DotnetTool\"/><packageType name=\"Custom\" version=\"1.0\"/><packageType/></packageTypes>"
                + "<repository type=\"git\" url=\"https://x/y.git\" branch=\"main\" commit=\"abc\"/>"
                + "<frameworkReferences><group targetFramework=\"net6.0\"><frameworkReference name=\"Microsoft.AspNetCore.App\"/>"
                + "<frameworkReference/></group></frameworkReferences>"
                + "<contentFiles><files include=\"any/any/x.txt\" exclude=\"**/*.tmp\" buildAction=\"None\" copyToOutput=\"true\""
                + " flatten=\"False\"/><files buildAction=\"Compile\"/></contentFiles>"
                + "</metadata></package>");

        assertThat(m.packageTypes()).containsExactly(new PackageType("DotnetTool", null), new PackageType("Custom", "1.0"));
        assertThat(m.repository()).isEqualTo(new Repository("git", "https://x/y.git", "main", "abc"));
        assertThat(m.frameworkReferences()).containsExactly(
                new FrameworkReferenceGroup("net6.0", List.of("Microsoft.AspNetCore.App")));
        assertThat(m.contentFiles()).containsExactly(
                new ContentFilesEntry("any/any/x.txt", "**/*.tmp", "None", true, false));
    }

    @Test
    void filesSectionAbsentEmptyOrWithEntries() {
        assertThat(parse("<package><metadata/></package>").files()).isNull();
        assertThat(parse("<package><metadata/></package>").declaresFiles()).isFalse();
        assertThat(parse("<package><metadata/><files/></package>").files()).isEmpty();
        assertThat(parse("<package><metadata/><files/></package>").declaresFiles()).isTrue();

        Nuspec nuspec = parse("<package><metadata/><files><file src=\" bin\\*.dll;obj\\x.pdb \" target=\"lib\\net45\""
                + " exclude=\"**\\*.tmp;**\\*.bak\"/><file target=\"nowhere\"/></files></package>");
        assertThat(nuspec.files()).containsExactly(new NuspecFile("bin\\*.dll;obj\\x.pdb", "lib\\net45", "**\\*.tmp;**\\*.bak"));
        assertThat(nuspec.files().get(0).sources()).containsExactly("bin\\*.dll", "obj\\x.pdb");
        assertThat(nuspec.files().get(0).excludes()).containsExactly("**\\*.tmp", "**\\*.bak");
    }

    @Test
    void filesBeforeMetadataAreFine() {
        Nuspec nuspec = parse("<package><files><file src=\"a\"/></files><metadata><id>A</id></metadata></package>");
        assertThat(nuspec.metadata().id()).isEqualTo("A");
        assertThat(nuspec.files()).hasSize(1);
    }

    // ---- structural errors

    @Test
    void malformedXmlNamesSourceLineAndColumn() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/spec/malformed.nuspec").toURI());

        assertThatThrownBy(() -> NuspecReader.read(file))
                .isInstanceOf(NuspecException.class)
                .hasMessageStartingWith(file + " (line 5, column ")
                .hasMessageContaining("is not well-formed XML")
                .satisfies(e -> assertThat(((NuspecException) e).line()).isEqualTo(5));
    }

    @Test
    void rootMustBePackage() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/spec/wrong-root.nuspec").toURI());

        assertThatThrownBy(() -> NuspecReader.read(file))
                .isInstanceOf(NuspecException.class)
                .hasMessageStartingWith(file + " (line 2,")
                .hasMessageContaining("the root element is <configuration>, but a nuspec's root must be <package>");
    }

    @Test
    void metadataIsRequired() {
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?>\n<package xmlns=\"" + V6 + "\">\n  <files/>\n</package>"))
                .isInstanceOf(NuspecException.class)
                .hasMessageStartingWith("test.nuspec (line 2,")
                .hasMessageContaining("<package> has no <metadata> element in namespace " + V6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not xml at all", "<package><metadata></package>", "<package/><package/>",
        "<package><metadata/></package>trailing"})
    void brokenDocumentsAreNuspecExceptions(String text) {
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(NuspecException.class)
                .hasMessageStartingWith("test.nuspec");
    }

    // ---- entry points

    @Test
    void streamsAreReadWithTheGivenSourceName() {
        InputStream in = new ByteArrayInputStream("<package><metadata><id>A</id></metadata></package>".getBytes(StandardCharsets.UTF_8));
        assertThat(NuspecReader.read(in, "A.1.0.0.nupkg!/A.nuspec").metadata().id()).isEqualTo("A");

        InputStream broken = new ByteArrayInputStream("<package>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> NuspecReader.read(broken, "A.1.0.0.nupkg!/A.nuspec"))
                .hasMessageStartingWith("A.1.0.0.nupkg!/A.nuspec");
    }

    @Test
    void oversizedInputIsRefused() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        assertThatThrownBy(() -> NuspecReader.read(endless, "bomb.nuspec"))
                .isInstanceOf(NuspecException.class)
                .hasMessageStartingWith("bomb.nuspec: is larger than");
    }

    @Test
    void parseAcceptsTextWithALeadingByteOrderMark() {
        assertThat(NuspecReader.parse("\uFEFF<package><metadata><id>A</id></metadata></package>", "t").metadata().id())
                .isEqualTo("A");
    }

    // ---- helpers

    private static Nuspec parse(String xml) {
        return NuspecReader.parse(xml, "test.nuspec");
    }

    private static NuspecMetadata parseMetadata(String xml) {
        return parse(xml).metadata();
    }

    private static byte[] bomFor(String charsetName) {
        return switch (charsetName) {
            case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            default -> throw new IllegalArgumentException(charsetName);
        };
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
