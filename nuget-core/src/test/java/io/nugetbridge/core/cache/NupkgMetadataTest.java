package io.nugetbridge.core.cache;

import io.nugetbridge.testing.RequiresCorpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@RequiresCorpus
class NupkgMetadataTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path folder;

    @Test
    void isWrittenAsDotnetWritesIt() {
        NupkgMetadata metadata = NupkgMetadata.of("abc+/==", Optional.of("https://api.nuget.org/v3/index.json"));

        assertThat(new String(metadata.toBytes(), StandardCharsets.UTF_8)).isEqualTo("{" + NL
                + "  \"version\": 2," + NL
                + "  \"contentHash\": \"abc+/==\"," + NL
                + "  \"source\": \"https://api.nuget.org/v3/index.json\"" + NL
                + "}");
    }

    @Test
    void anUnknownSourceIsLeftOutAsNuGetSixTwelveDoes() {
        assertThat(new String(NupkgMetadata.of("h", Optional.empty()).toBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{" + NL + "  \"version\": 2," + NL + "  \"contentHash\": \"h\"" + NL + "}");
    }

    @Test
    void aWindowsFolderSourceHasItsBackslashesEscaped() {
        assertThat(new String(NupkgMetadata.of("h", Optional.of("C:\\feeds\\local")).toBytes(), StandardCharsets.UTF_8))
                .contains("\"source\": \"C:\\\\feeds\\\\local\"");
    }

    @Test
    void roundTrips() throws Exception {
        NupkgMetadata metadata = NupkgMetadata.of("xyz==", Optional.of("/srv/feed \"quoted\""));
        metadata.writeInto(folder);

        assertThat(NupkgMetadata.read(folder.resolve(".nupkg.metadata"))).isEqualTo(metadata);
        assertThat(CacheFixtures.names(folder)).containsExactly(".nupkg.metadata");
    }

    @Test
    void readsWhatOlderAndOtherWritersWrote() throws Exception {
        Path v1 = Files.writeString(folder.resolve("v1"), "{\r\n  \"version\": 1,\r\n  \"contentHash\": \"h1\"\r\n}");
        Path nullSource = Files.writeString(folder.resolve("null"),
                "\uFEFF{\"version\":2,\"contentHash\":\"h2\",\"source\":null,\"extra\":{\"a\":[1]}}");
        Path otherCase = Files.writeString(folder.resolve("case"), "{\"Version\":2,\"ContentHash\":\"h3\",\"Source\":\"s\"}");

        assertThat(NupkgMetadata.read(v1)).isEqualTo(new NupkgMetadata(1, "h1", Optional.empty()));
        assertThat(NupkgMetadata.read(nullSource)).isEqualTo(new NupkgMetadata(2, "h2", Optional.empty()));
        assertThat(NupkgMetadata.read(otherCase)).isEqualTo(new NupkgMetadata(2, "h3", Optional.of("s")));
    }

    @Test
    void aDamagedFileIsAnErrorThatSaysWhatToDelete() throws Exception {
        Path damaged = Files.writeString(folder.resolve(".nupkg.metadata"), "{\"version\": 2, \"contentHa");

        assertThatThrownBy(() -> NupkgMetadata.read(damaged))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining(damaged.toString())
                .hasMessageContaining("Delete the folder " + folder);
    }
}
