package io.nugetbridge.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.log.RecordingLog;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NuGet's {@code $token$} rules, table-driven, then on the authoring nuspecs of the corpus. */
@RequiresCorpus
class TokenReplacerTest {

    private static final Map<String, String> PROPERTIES = Map.of(
            "version", "3.14.0",
            "id", "NUnit",
            "PackageVersion", "1.2.3",
            "under_score", "U",
            "na\u00efve", "yes",
            "empty", "");

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        <version>$version$</version>      | <version>3.14.0</version>  |
        $VERSION$ $Version$               | 3.14.0 3.14.0              |
        [$PackageVersion$]                | [1.2.3]                    |
        $version$$id$                     | 3.14.0NUnit                |
        a $$b$$ c                         | a $b$ c                    |
        $$                                | $                          |
        $$version$$                       | $version$                  |
        $                                 | $                          |
        price: 5$                         | price: 5$                  |
        a $b                              | a $b                       |
        a $version$ $c                    | a 3.14.0 $c                |
        a $b c$id$                        | a $b cNUnit                |
        $has-dash$                        | $has-dash$                 |
        $ $id$                            | $ NUnit                    |
        $under_score$                     | U                          |
        $na\u00efve$                      | yes                        |
        x$empty$y                         | xy                         |
        <c>$GitCommitId$</c>              | <c></c>                    | GitCommitId
        $missing$-$MISSING$-$other$       | --                         | missing,other
        $1$                               | ``                         | 1
        no tokens at all                  | no tokens at all           |
        """)
    void replacesLikeNuGet(String input, String expected, String unknown) {
        RecordingLog log = new RecordingLog();

        TokenReplacer.Result result = TokenReplacer.replace(input, PROPERTIES, log, "table.nuspec");

        assertThat(result.text()).isEqualTo(expected);
        List<String> expectedUnknown = unknown == null ? List.of() : Arrays.asList(unknown.split(","));
        assertThat(result.unknownTokens()).containsExactlyElementsOf(expectedUnknown);
        assertThat(log.warnings).hasSize(expectedUnknown.size());
        for (int i = 0; i < expectedUnknown.size(); i++) {
            assertThat(log.warnings.get(i)).contains("$" + expectedUnknown.get(i) + "$").contains("table.nuspec");
        }
    }

    @Test
    void lookupIsCaseInsensitiveWhicheverSideHasTheCase() {
        TokenReplacer replacer = new TokenReplacer(Map.of("PACKAGEVERSION", "9.9.9"), NuGetLog.SILENT);
        assertThat(replacer.replace("$packageversion$ $PackageVersion$", "x").text()).isEqualTo("9.9.9 9.9.9");
    }

    @Test
    void valuesAreInsertedAsTheyAreNotReScanned() {
        TokenReplacer replacer = new TokenReplacer(Map.of("a", "$b$", "b", "no"), NuGetLog.SILENT);
        assertThat(replacer.replace("$a$", "x").text()).isEqualTo("$b$");
    }

    // ---- the corpus

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        nunit-framework.HEAD.nuspec    | version=3.14.0        | <version>3.14.0</version>                                   |
        nunit-framework.2018.nuspec    | VERSION=3.14.0        | <version>3.14.0</version>                                   |
        xunit.v3.core.nuspec           | PackageVersion=1.2.3  | <dependency id="xunit.v3.core.mtp-v1" version="[1.2.3]" />  | GitCommitId
        xunit.v3.assert.source.nuspec  | PackageVersion=1.2.3  | <releaseNotes>https://xunit.net/releases/v3/1.2.3</releaseNotes> | GitAssertModuleCommitId
        """)
    void authoringNuspecsOfTheCorpus(String file, String properties, String expectedSnippet, String unknown) throws IOException {
        String text = Files.readString(Fixtures.path("nuspec/" + file), StandardCharsets.UTF_8);
        RecordingLog log = new RecordingLog();

        TokenReplacer.Result result = TokenReplacer.replace(text, parseProperties(properties), log, file);

        assertThat(result.text()).contains(expectedSnippet).doesNotContain("$version$").doesNotContain("$PackageVersion$");
        assertThat(result.unknownTokens()).containsExactlyElementsOf(unknown == null ? List.of() : List.of(unknown));
        // an unknown token used twice (xunit.v3.assert.source) is reported once
        assertThat(log.warnings).hasSize(unknown == null ? 0 : 1);
        if (unknown != null) {
            assertThat(log.warnings.get(0)).contains("$" + unknown + "$").contains(file);
        }

        NuspecMetadata m = NuspecReader.parse(result.text(), file).metadata();
        assertThat(m.version()).isEqualTo(NuGetVersion.parse(properties.substring(properties.indexOf('=') + 1)));
    }

    @Test
    void xunitV3CoreAfterReplacementHasAnExactRangeAndAnEmptyCommit() throws IOException {
        String text = Files.readString(Fixtures.path("nuspec/xunit.v3.core.nuspec"), StandardCharsets.UTF_8);

        TokenReplacer.Result result = TokenReplacer.replace(text, Map.of("PackageVersion", "1.2.3"), NuGetLog.SILENT, "x");
        NuspecMetadata m = NuspecReader.parse(result.text(), "xunit.v3.core.nuspec").metadata();

        assertThat(m.dependencies().groups().get(0).dependencies().get(0).range())
                .isEqualTo(VersionRange.exactly(NuGetVersion.of(1, 2, 3)));
        assertThat(m.repository().commit()).isEmpty();
        assertThat(m.releaseNotes()).isEqualTo("https://xunit.net/releases/v3/1.2.3");
    }

    // ---- helpers

    private static Map<String, String> parseProperties(String text) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            properties.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return properties;
    }
}
