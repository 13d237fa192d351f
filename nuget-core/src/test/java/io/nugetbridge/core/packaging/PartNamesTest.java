package io.nugetbridge.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entry names and content types for the file names that trouble packers: spaces, '+', '%', non-ASCII, no extension. */
class PartNamesTest {

    @TempDir
    Path temp;

    @Test
    void namesAreStoredRawExceptPercentAndEveryReaderGetsThePathBack() {
        assertThat(PartNames.entryName("lib/portable-net45+win8/My Lib.dll")).isEqualTo("lib/portable-net45+win8/My Lib.dll");
        assertThat(PartNames.entryName("content/100%.txt")).isEqualTo("content/100%25.txt");
        assertThat(EntryNames.decode(PartNames.entryName("content/100%41.txt"))).isEqualTo("content/100%41.txt");
    }

    @Test
    void extensionsAreWhatDotNetFinds() {
        assertThat(ContentTypes.extensionOf("lib/net45/_._")).isEqualTo("_");
        assertThat(ContentTypes.extensionOf("contentFiles/.editorconfig")).isEqualTo("editorconfig");
        assertThat(ContentTypes.extensionOf("tools/run")).isEmpty();
        assertThat(ContentTypes.extensionOf("tools/run.")).isEmpty();
        assertThat(ContentTypes.extensionOf("a.b/run")).isEmpty();
    }

    @Test
    void aPackageOfAwkwardNamesReadsBackAndListsEveryExtensionOnce() throws Exception {
        var metadata = io.nugetbridge.core.spec.NuspecMetadata.builder().id("Awkward").versionText("1.0.0")
                .authorsText("me").description("awkward names").build();
        Path nupkg = new PackageBuilder(metadata)
                .addFile("content/Ünïcödé file.TXT", bytes("1"))
                .addFile("content/other.txt", bytes("2"))
                .addFile("content/100%.txt", bytes("3"))
                .addFile("tools/run", bytes("#!/bin/sh"))
                .addFile("content/notes.rels", bytes("not a relationship part"))
                .writeToFolder(temp).file();
        try (PackageReader reader = PackageReader.open(nupkg)) {
            assertThat(reader.files()).extracting(PackageEntry::path).containsExactly("Awkward.nuspec",
                    "content/Ünïcödé file.TXT", "content/other.txt", "content/100%.txt", "tools/run", "content/notes.rels");
            assertThat(OpcDocuments.children(reader, ContentTypes.PART_NAME)).extracting(
                    i -> i.name() + " " + i.attributes().getOrDefault("Extension", i.attributes().get("PartName")))
                    .containsExactly("Default rels", "Default psmdcp", "Default TXT", "Default nuspec", "Override /tools/run");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
