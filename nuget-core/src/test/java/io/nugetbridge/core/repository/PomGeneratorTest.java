package io.nugetbridge.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * POMs and metadata made from real packages. The dependency groups expected for each framework were read
 * off the fixtures' nuspecs with Python and picked by the reference's preference table.
 */
@RequiresCorpus
class PomGeneratorTest {

    private static final Map<String, List<String>> FEED = Map.of(
            "Newtonsoft.Json", List.of("6.0.8", "13.0.3", "6.0.3"),
            "System.Buffers", List.of("4.5.1", "4.6.0"),
            "System.Numerics.Vectors", List.of("4.4.0", "4.5.0"),
            "System.Runtime.CompilerServices.Unsafe", List.of("4.5.3", "6.0.0"));

    @Test
    void descriptiveFieldsAndTheExpressionLicense() throws Exception {
        Document pom = pom("CsvHelper.33.0.1.nupkg", "csvhelper", "33.0.1", "net8.0");

        assertThat(text(pom, "groupId")).isEqualTo("nuget");
        assertThat(text(pom, "artifactId")).as("exactly as Maven asked").isEqualTo("csvhelper");
        assertThat(text(pom, "version")).isEqualTo("33.0.1");
        assertThat(text(pom, "packaging")).isEqualTo("nupkg");
        assertThat(text(pom, "name")).as("no title: the id").isEqualTo("CsvHelper");
        assertThat(text(pom, "url")).isEqualTo("https://joshclose.github.io/CsvHelper/");
        assertThat(texts(pom, "license", "name")).containsExactly("MS-PL OR Apache-2.0");
        assertThat(texts(pom, "developer", "name")).containsExactly("Josh Close");
        assertThat(pom.getElementsByTagName("dependency").getLength()).as("the net8.0 group is empty").isZero();
    }

    @Test
    void theGroupNearestToTheFrameworkWithTheLowestApplicableVersions() throws Exception {
        Document net48 = pom("System.Memory.4.5.5.nupkg", "System.Memory", "4.5.5", "net48");
        assertThat(dependencies(net48)).containsExactly("System.Buffers:4.5.1", "System.Numerics.Vectors:4.5.0",
                "System.Runtime.CompilerServices.Unsafe:4.5.3");

        Document netstandard = pom("System.Memory.4.5.5.nupkg", "System.Memory", "4.5.5", "netstandard2.0");
        assertThat(dependencies(netstandard)).containsExactly("System.Buffers:4.5.1", "System.Numerics.Vectors:4.4.0",
                "System.Runtime.CompilerServices.Unsafe:4.5.3");

        assertThat(dependencies(pom("System.Memory.4.5.5.nupkg", "System.Memory", "4.5.5", "net8.0")))
                .as("netcoreapp2.1's group is empty").isEmpty();
        assertThat(net48.getElementsByTagName("type").item(0).getTextContent()).isEqualTo("nupkg");
    }

    @Test
    void aDependencyWithNothingOnTheFeedNamesItsMinimum() throws Exception {
        Document pom = pom("Microsoft.AspNet.WebApi.Client.5.2.9.nupkg", "Microsoft.AspNet.WebApi.Client", "5.2.9",
                "netstandard2.0");

        // Newtonsoft.Json [10.0.1, ): 13.0.3 is the lowest on the feed; Newtonsoft.Json.Bson is not on it at all.
        assertThat(dependencies(pom)).containsExactly("Newtonsoft.Json:13.0.3", "Newtonsoft.Json.Bson:1.0.1");
        assertThat(texts(pom, "license", "url")).containsExactly("https://aka.ms/deprecateLicenseUrl");
        assertThat(text(pom, "name")).isEqualTo("Microsoft ASP.NET Web API 2.2 Client Libraries");
    }

    @Test
    void metadataInMavenOrderWithLatestAndRelease() throws Exception {
        Comparator<String> naive = Comparator.comparing(NuGetVersion::parse); // the wagon passes Maven's own order
        byte[] xml = new MetadataGenerator(naive).generate("Polly", List.of(NuGetVersion.parse("5.0.0-beta"),
                NuGetVersion.parse("4.3.0"), NuGetVersion.parse("4.2.0"), NuGetVersion.parse("4.3.0")),
                Instant.parse("2026-12-02T10:11:12Z"));
        Document doc = parse(xml);

        assertThat(texts(doc, "versions", "version")).containsExactly("4.2.0", "4.3.0", "5.0.0-beta");
        assertThat(text(doc, "latest")).isEqualTo("5.0.0-beta");
        assertThat(text(doc, "release")).isEqualTo("4.3.0");
        assertThat(text(doc, "lastUpdated")).isEqualTo("20261202101112");
        assertThat(text(doc, "groupId")).isEqualTo("nuget");
    }

    @Test
    void checksumsOverTheExactBytes() {
        byte[] bytes = "hello".getBytes(StandardCharsets.UTF_8);
        assertThat(Checksums.of(bytes, "sha1")).isEqualTo("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d");
        assertThat(Checksums.of(bytes, "md5")).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(Checksums.of(bytes, "SHA256")).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(Checksums.isChecksumExtension("asc")).isFalse();
    }

    private static Document pom(String fixture, String artifactId, String version, String framework) throws Exception {
        NuspecMetadata nuspec;
        try (PackageReader reader = PackageReader.open(Fixtures.path("nupkg/" + fixture))) {
            nuspec = reader.nuspec().metadata();
        }
        PomGenerator generator = new PomGenerator(NuGetFramework.parse(framework), PomGenerator.lowestApplicable(
                id -> FEED.getOrDefault(id, List.of()).stream().map(NuGetVersion::parse).toList()));
        return parse(generator.generate(nuspec, artifactId, version));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Document doc, String tag) {
        return doc.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static List<String> texts(Document doc, String parent, String tag) {
        List<String> found = new ArrayList<>();
        NodeList parents = doc.getElementsByTagName(parent);
        for (int i = 0; i < parents.getLength(); i++) {
            NodeList children = ((Element) parents.item(i)).getElementsByTagName(tag);
            for (int j = 0; j < children.getLength(); j++) {
                found.add(children.item(j).getTextContent());
            }
        }
        return found;
    }

    private static List<String> dependencies(Document pom) {
        List<String> found = new ArrayList<>();
        NodeList deps = pom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element dep = (Element) deps.item(i);
            found.add(dep.getElementsByTagName("artifactId").item(0).getTextContent() + ":"
                    + dep.getElementsByTagName("version").item(0).getTextContent());
        }
        return found;
    }
}
