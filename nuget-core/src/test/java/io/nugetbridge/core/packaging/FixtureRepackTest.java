package io.nugetbridge.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our packages against NuGet's own: each corpus package written by NuGet 3 or later (the ones whose
 * headers say so; NuGet 2.x wrote zips through System.IO.Packaging) is packed again from its own
 * nuspec and payload, in its own order, and the two are compared part by part: entry order, content
 * types, relationships, core properties and the zip header fields NuGet sets. Every expected value is
 * read off the NuGet-written file.
 */
@RequiresCorpus
class FixtureRepackTest {

    private static final String MANIFEST = "http://schemas.microsoft.com/packaging/2010/07/manifest";
    private static final String CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    @TempDir
    Path temp;

    static Stream<String> packagesWrittenByModernNuGet() {
        return Stream.of(
                "CsvHelper.33.0.1.nupkg", "Dapper.2.0.78.nupkg", "IronSoftware.Common.2024.1.7.nupkg",
                "MSTest.TestAdapter.1.3.2.nupkg", "Microsoft.AspNet.WebApi.Client.5.2.9.nupkg",
                "Microsoft.Bcl.AsyncInterfaces.8.0.0.nupkg", "Microsoft.Extensions.Logging.Abstractions.6.0.0.nupkg",
                "Microsoft.NETCore.Platforms.3.0.0.nupkg", "Microsoft.Office.Interop.Excel.15.0.4795.1001.nupkg",
                "NUnit.Console.3.12.0.nupkg", "NUnit.ConsoleRunner.3.12.0.nupkg", "NUnit3TestAdapter.4.0.0.nupkg",
                "Polly.4.3.0.nupkg", "StyleCop.Analyzers.1.1.118.nupkg", "System.Data.SQLite.Core.1.0.113.7.nupkg",
                "System.Memory.4.5.5.nupkg", "System.Runtime.CompilerServices.Unsafe.6.0.0.nupkg", "bootstrap.4.6.0.nupkg",
                "nuget.versioning.5.0.0.nupkg", "test-stubs/BaGet-TestData.1.2.3.nupkg",
                "test-stubs/TestPackage.AuthorSigned.1.0.0.nupkg");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packagesWrittenByModernNuGet")
    void packingNuGetsOwnPackageAgainGivesTheSameStructure(String name) throws IOException {
        Path theirs = Fixtures.path("nupkg/" + name);
        Path ours;
        try (PackageReader reader = PackageReader.open(theirs)) {
            PackageBuilder builder = new PackageBuilder(reader.nuspec().metadata()).sourceName(name)
                    .timestamp(Instant.parse("2026-11-22T00:00:00Z"));
            for (PackageEntry entry : payload(reader)) {
                try (InputStream in = reader.open(entry)) {
                    builder.addFile(entry.path(), in.readAllBytes());
                }
            }
            ours = builder.writeToFolder(temp).file();
        }

        try (PackageReader nuget = PackageReader.open(theirs); PackageReader we = PackageReader.open(ours)) {
            assertThat(entryNames(we)).as("parts in order").containsExactlyElementsOf(entryNames(nuget));
            assertThat(OpcDocuments.children(we, ContentTypes.PART_NAME)).as("[Content_Types].xml")
                    .containsExactlyElementsOf(OpcDocuments.children(nuget, ContentTypes.PART_NAME));
            assertRelationships(nuget, false);
            assertRelationships(we, true);
            assertThat(coreProperties(we)).as("core properties").containsExactlyElementsOf(coreProperties(nuget));
        }
        assertThat(headerFields(ours)).as("zip header fields").containsExactlyElementsOf(headerFields(theirs));
    }

    private static List<PackageEntry> payload(PackageReader reader) {
        return reader.files().stream()
                .filter(e -> !e.rawName().equals(reader.nuspecEntryName()) && !e.path().equals(PackageEntry.SIGNATURE_FILE))
                .toList();
    }

    /**
     * Entry paths as readers decode them, with the core-properties file's (random in NuGet's packages)
     * name left out. Decoded, because NuGet 3.x escaped '+' as %2B (Polly 4.3.0) where NuGet 4 and later
     * write it raw (Microsoft.AspNet.WebApi.Client 5.2.9), as we do.
     */
    private static List<String> entryNames(PackageReader reader) {
        return reader.entries().stream().map(PackageEntry::path)
                .filter(n -> !n.equals(PackageEntry.SIGNATURE_FILE))
                .map(n -> n.startsWith(OpcParts.CORE_PROPERTIES_FOLDER) ? "(core properties)" : n)
                .toList();
    }

    /**
     * Two relationships: the manifest at /<Id>.nuspec and the core properties. Since NuGet 5.x each id is
     * derived from its target (upper-case hex); older NuGet drew them at random (lower-case hex).
     */
    private static void assertRelationships(PackageReader reader, boolean ours) {
        List<OpcDocuments.Item> relationships = OpcDocuments.children(reader, OpcParts.RELATIONSHIPS);
        assertThat(relationships).extracting(r -> r.attributes().get("Type")).containsExactly(MANIFEST, CORE);
        assertThat(relationships.get(0).attributes().get("Target")).isEqualTo("/" + reader.nuspecEntryName());
        String core = relationships.get(1).attributes().get("Target");
        assertThat(core).matches("/package/services/metadata/core-properties/[0-9a-f]{32}\\.psmdcp");
        assertThat(reader.entry(core.substring(1))).isPresent();
        for (OpcDocuments.Item relationship : relationships) {
            String id = relationship.attributes().get("Id");
            assertThat(id).matches("R[0-9A-Fa-f]{16}");
            if (ours || id.equals(id.toUpperCase(java.util.Locale.ROOT))) {
                assertThat(id).isEqualTo(OpcParts.relationshipId(relationship.attributes().get("Target")));
            }
        }
    }

    private static List<OpcDocuments.Item> coreProperties(PackageReader reader) {
        String path = reader.entries().stream().map(PackageEntry::path)
                .filter(p -> p.startsWith(OpcParts.CORE_PROPERTIES_FOLDER)).findFirst().orElseThrow();
        return OpcDocuments.children(reader, path).stream()
                .filter(item -> !item.name().equals("lastModifiedBy"))
                .map(item -> new OpcDocuments.Item(item.name(), item.attributes(), squeeze(item.text())))
                .toList();
    }

    /** NuGet joins the authors as split, so "A, B" becomes "A,  B" there; compare words, not spacing. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The header fields NuGet sets, per entry: made by, needed, flags, method, extra fields, sizes in the local header. */
    private static List<Map<String, Object>> headerFields(Path zip) throws IOException {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (ZipHeaders.Entry e : ZipHeaders.read(zip)) {
            if (e.name().equals(PackageEntry.SIGNATURE_FILE)) {
                continue;
            }
            String path = EntryNames.decode(e.name());
            fields.add(Map.of("entry", path.startsWith(OpcParts.CORE_PROPERTIES_FOLDER) ? "(core properties)" : path,
                    "madeBy", e.madeBy(), "needed", e.versionNeeded(), "flags", e.flags(), "method", e.method(),
                    "extra", e.centralExtraLength() + e.localExtraLength(),
                    "sizesInLocalHeader", e.localCrc() == e.crc() && e.localCompressedSize() == e.compressedSize()
                            && e.localSize() == e.size()));
        }
        return fields;
    }
}
