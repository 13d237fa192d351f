package io.nugetbridge.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The range table of NuGet's versioning docs, its quirks, and its best-match rules. */
class VersionRangeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1.0                    | [1.0.0, )
        1.0.0                  | [1.0.0, )
        [1.0,)                 | [1.0.0, )
        (1.0,)                 | (1.0.0, )
        [1.0]                  | [1.0.0, 1.0.0]
        (,1.0]                 | (, 1.0.0]
        (,1.0)                 | (, 1.0.0)
        [1.0,2.0]              | [1.0.0, 2.0.0]
        (1.0,2.0)              | (1.0.0, 2.0.0)
        [1.0,2.0)              | [1.0.0, 2.0.0)
        (1.0,2.0]              | (1.0.0, 2.0.0]
        '[ 1.0 , 2.0 )'        | [1.0.0, 2.0.0)
        '  [1.0, 2.0)  '       | [1.0.0, 2.0.0)
        '(, )'                 | (, )
        '[ , ]'                | (, )
        [1.0.0-beta,2.0.0-0)   | [1.0.0-beta, 2.0.0-0)
        [1.0.0.1,1.0.0.2]      | [1.0.0.1, 1.0.0.2]
        [1.0.0+meta]           | [1.0.0, 1.0.0]
        [1.0,1.0]              | [1.0.0, 1.0.0]
        1.*                    | [1.*, )
        *                      | [*, )
        1.0.0-*                | [1.0.0-*, )
        [1.*,2.0)              | [1.*, 2.0.0)
        [1.0.0-beta*, 2.0.0)   | [1.0.0-beta*, 2.0.0)
        *-*                    | [*-*, )
        """)
    void parsesAndNormalizes(String text, String normalized) {
        assertThat(VersionRange.parse(text).toNormalizedString()).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "''{0}'' is not a range")
    @ValueSource(strings = {
        "", "(1.0)", "[1.0)", "(1.0]", "(,)", "[,]", "[1.0,2.0,3.0]", "[2.0,1.0]", "(1.0,1.0]", "[1.0,1.0)",
        "(1.0,1.0)", "[1.0", "1.0]", "[v1.0,2.0]", "[1.0,2.*]", "[1.*]", "[]", "()", "1.0.0.0.0", "[1.0,x]", "**"
    })
    void rejectsInvalidRanges(String text) {
        assertThat(VersionRange.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> VersionRange.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a valid NuGet version range");
    }

    @ParameterizedTest(name = "{0} satisfied by {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        1.0            | 1.0.0         | true
        1.0            | 0.9.9         | false
        1.0            | 99.0.0        | true
        1.0            | 1.0.0-beta    | false
        (1.0,)         | 1.0.0         | false
        (1.0,)         | 1.0.1         | true
        [1.0]          | 1.0.0         | true
        [1.0]          | 1.0.0.1       | false
        (,1.0]         | 1.0.0         | true
        (,1.0]         | 0.0.1         | true
        (,1.0)         | 1.0.0         | false
        (,1.0)         | 1.0.0-rc      | true
        [1.0,2.0)      | 2.0.0         | false
        [1.0,2.0)      | 2.0.0-beta    | true
        [1.0,2.0]      | 2.0.0         | true
        (1.0,2.0)      | 1.5.0         | true
        '(, )'         | 0.0.0-0       | true
        [1.0.0-beta,)  | 1.0.0-alpha   | false
        [1.0.0-beta,)  | 1.0.0-BETA    | true
        [1.0.0+a]      | 1.0.0+b       | true
        """)
    void satisfies(String range, String version, boolean expected) {
        assertThat(VersionRange.parse(range).satisfies(NuGetVersion.parse(version))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} over [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
        1.0              | 1.1 1.2                                   | 1.1.0
        [2.1,)           | 2.2 2.3                                   | 2.2.0
        [1.0,2.0)        | 1.2.0-beta.1 1.2.0                        | 1.2.0
        [1.0,2.0-0)      | 1.2.0-beta.1 1.2.0                        | 1.2.0-beta.1
        [1.0,2.0)        | 1.2.0-beta.1 2.0.0-beta.3                 | none
        1.0              | 0.9                                       | none
        [1.0]            | 0.9 1.0 1.1                               | 1.0.0
        (,2.0)           | 1.0 1.5 2.0                               | 1.0.0
        6.0.0            | 6.0.0 7.0.0 8.0.0                         | 6.0.0
        [1.0.0-beta,)    | 1.0.0-alpha 1.0.0-beta 1.0.0-rc 1.0.0      | 1.0.0-beta
        1.*              | 0.9 1.0 1.5 1.9 2.0                       | 1.9.0
        1.*              | 2.0 3.0                                   | 2.0.0
        1.*              | 0.5 0.9                                   | none
        1.0.*            | 1.0.1 1.0.7 1.1.0                         | 1.0.7
        1.0.0-*          | 1.0.0-alpha 1.0.0-beta 1.0.1              | 1.0.0-beta
        1.0.0-*          | 1.0.0-alpha 1.0.0 1.0.1                   | 1.0.0
        1.0.0-beta*      | 1.0.0-alpha 1.0.0-beta.1 1.0.0-beta.2 1.0.0-rc | 1.0.0-beta.2
        *                | 1.0 2.0 3.0-beta                          | 2.0.0
        *-*              | 1.0 2.0 3.0-beta                          | 3.0.0-beta
        1.*-*            | 1.0 1.5-beta 2.0                          | 1.5.0-beta
        [1.*,2.0)        | 1.0 1.5 2.0                               | 1.5.0
        [1.*,2.0)        | 0.5 2.0                                   | none
        2.*              | 1.0 1.5                                   | none
        [1.0,)           | 3.0 1.0.0.1 2.0                           | 1.0.0.1
        """)
    void findBestMatch(String range, String candidates, String expected) {
        List<NuGetVersion> versions = Arrays.stream(candidates.split(" "))
                .map(NuGetVersion::parse)
                .collect(Collectors.toList());
        assertThat(VersionRange.parse(range).findBestMatch(versions).map(NuGetVersion::toNormalizedString).orElse(null))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in a nuspec: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1.0              | 1.0.0
        [1.0,)           | 1.0.0
        [1.0]            | [1.0.0]
        [1.0,2.0)        | [1.0.0, 2.0.0)
        (1.0,)           | (1.0.0, )
        (,2.0]           | (, 2.0.0]
        [1.0.0.0]        | [1.0.0]
        4.0.0-beta       | 4.0.0-beta
        '(, )'           | (, )
        1.*              | 1.*
        """)
    void nuspecForm(String range, String nuspec) {
        assertThat(VersionRange.parse(range).toNuspecString()).isEqualTo(nuspec);
    }

    @ParameterizedTest(name = "{0} allows prerelease: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1.0              | false
        1.0-beta         | true
        [1.0,2.0-0)      | true
        1.*              | false
        1.0.0-*          | true
        *-*              | true
        """)
    void prereleaseBounds(String range, boolean expected) {
        assertThat(VersionRange.parse(range).hasPrereleaseBounds()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "floats not allowed: {0}")
    @ValueSource(strings = {"1.*", "*", "[1.0.*, 2.0)"})
    void exactParseRefusesFloats(String text) {
        assertThatThrownBy(() -> VersionRange.parseExact(text)).hasMessageContaining("floats");
    }
}
