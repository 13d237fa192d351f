package io.nugetbridge.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Read, write, read again: for every nuspec of the corpus (loose, and inside every package) the second
 * read gives the model of the first. The namespace is the same too, except for the nuspecs without one,
 * to which the writer gives the minimum NuGet would pick.
 */
@RequiresCorpus
class NuspecRoundTripTest {

    static Stream<Arguments> corpusNuspecs() {
        Path root = Fixtures.root();
        Stream<Arguments> loose = Stream.concat(
                        Fixtures.files("nuspec", ".nuspec").stream(), Fixtures.files("v3", ".nuspec").stream())
                .map(p -> Arguments.of(root.relativize(p).toString(), NuspecReader.read(p)));
        Stream<Arguments> packaged = Fixtures.files("nupkg", ".nupkg").stream()
                .map(p -> Arguments.of(NupkgNuspecs.sourceName(p), NupkgNuspecs.read(p)));
        return Stream.concat(loose, packaged);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusNuspecs")
    void writingAndReadingBackGivesTheSameModel(String name, Nuspec original) {
        String xml = NuspecWriter.toXml(original);
        Nuspec again = NuspecReader.read(NuspecWriter.toBytes(original), "rewritten " + name);

        assertThat(again.metadata()).isEqualTo(original.metadata());
        assertThat(again.files()).isEqualTo(original.files());
        if (original.schemaNamespace().isEmpty()) {
            assertThat(again.schemaNamespace()).isEqualTo(NuspecSchema.minimumFor(original.metadata()));
        } else {
            assertThat(again.schemaNamespace()).isEqualTo(original.schemaNamespace());
        }
        // and writing is stable
        assertThat(NuspecWriter.toXml(again)).isEqualTo(original.schemaNamespace().isEmpty()
                ? NuspecWriter.toXml(original.withSchemaNamespace(again.schemaNamespace()))
                : xml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusNuspecs")
    void writtenNuspecIsUtf8WithoutBomAndWithTheXmlDeclaration(String name, Nuspec original) {
        byte[] bytes = NuspecWriter.toBytes(original);
        assertThat(bytes[0]).isEqualTo((byte) '<');
        assertThat(NuspecWriter.toXml(original)).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package");
    }
}
