package io.nugetbridge.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cases from NuGet's versioning docs and the behaviour NuGet.Versioning's tests pin down (written anew). */
class NuGetVersionTest {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
        1                      | 1.0.0                | 1.0.0
        1.0                    | 1.0.0                | 1.0.0
        1.0.0                  | 1.0.0                | 1.0.0
        1.0.0.0                | 1.0.0                | 1.0.0
        1.00.0.1               | 1.0.0.1              | 1.0.0.1
        01.1                   | 1.1.0                | 1.1.0
        1.01                   | 1.1.0                | 1.1.0
        1.0.7+r3456            | 1.0.7                | 1.0.7+r3456
        '  2.3.4  '            | 2.3.4                | 2.3.4
        1.0.0-alpha            | 1.0.0-alpha          | 1.0.0-alpha
        1.0.0-Alpha.1          | 1.0.0-Alpha.1        | 1.0.0-Alpha.1
        1.0.0-beta.11          | 1.0.0-beta.11        | 1.0.0-beta.11
        1.0.0-rc.1+build.5     | 1.0.0-rc.1           | 1.0.0-rc.1+build.5
        1.0.0-0a               | 1.0.0-0a             | 1.0.0-0a
        1.0.0-0                | 1.0.0-0              | 1.0.0-0
        1.0.0--                | 1.0.0--              | 1.0.0--
        1.0.0-a-b.c-d          | 1.0.0-a-b.c-d        | 1.0.0-a-b.c-d
        1.0.0+0001             | 1.0.0                | 1.0.0+0001
        1.0.0+a.b.c            | 1.0.0                | 1.0.0+a.b.c
        1.2.3.4-beta           | 1.2.3.4-beta         | 1.2.3.4-beta
        1.2.3.0-beta           | 1.2.3-beta           | 1.2.3-beta
        2147483647.0.0         | 2147483647.0.0       | 2147483647.0.0
        0.0.0                  | 0.0.0                | 0.0.0
        3.3.0-CI-2857-issue-1593 | 3.3.0-CI-2857-issue-1593 | 3.3.0-CI-2857-issue-1593
        5.0.0+42a8779499c1d1ed2488c2e6b9e2ee6ff6107766 | 5.0.0 | 5.0.0+42a8779499c1d1ed2488c2e6b9e2ee6ff6107766
        15.0.4795.1001         | 15.0.4795.1001       | 15.0.4795.1001
        2024.1.7               | 2024.1.7             | 2024.1.7
        1.3.0-a                | 1.3.0-a              | 1.3.0-a
        1.0.19123.2-Preview    | 1.0.19123.2-Preview  | 1.0.19123.2-Preview
        5.0.0-rc.2.20475.5     | 5.0.0-rc.2.20475.5   | 5.0.0-rc.2.20475.5
        2.3.4+build.119        | 2.3.4                | 2.3.4+build.119
        1.0.0-preview2-1-003177 | 1.0.0-preview2-1-003177 | 1.0.0-preview2-1-003177
        1.0.0-rc2-final        | 1.0.0-rc2-final      | 1.0.0-rc2-final
        """)
    void lenientParseNormalizesAndKeepsMetadataInFullString(String text, String normalized, String full) {
        NuGetVersion version = NuGetVersion.parse(text);
        assertThat(version.toNormalizedString()).isEqualTo(normalized);
        assertThat(version.toFullString()).isEqualTo(full);
        assertThat(version.toPathString()).isEqualTo(normalized.toLowerCase());
        assertThat(version.originalString()).isEqualTo(text.trim());
    }

    @ParameterizedTest(name = "''{0}'' is not a version")
    @ValueSource(strings = {
        "", "   ", "v1.0", "V1.0.0", "1.0.", ".1", "1..0", "1.0.0.0.0", "a", "1.a", "1.0-", "1.0+",
        "1.0.0-beta..1", "1.0.0-beta.", "1.0.0-01", "1.0.0-beta.01", "1.0.0-beta_1", "1.0.0+meta+more",
        "1.0.0-be ta", "2147483648.0.0", "1.0.0+b..1", "-1.0", "1.0.0-é", "1,0"
    })
    void lenientParseRejects(String text) {
        assertThat(NuGetVersion.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> NuGetVersion.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a valid NuGet version");
    }

    @ParameterizedTest(name = "strict {0} valid={1}")
    @CsvSource(delimiter = '|', textBlock = """
        1.0.0              | true
        3.0.0-beta         | true
        3.0.0-beta.1       | true
        1.0.0+build        | true
        10.20.30           | true
        1.0                | false
        1                  | false
        1.0.0.0            | false
        01.0.0             | false
        1.00.0             | false
        1.0.0-01           | false
        v1.0.0             | false
        """)
    void strictSemVerParse(String text, boolean valid) {
        assertThat(NuGetVersion.tryParseStrict(text).isPresent()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1.0.0            | 1.0.1
        1.0              | 1.0.0.1
        1.9.9            | 1.10.0
        1.0.0-alpha      | 1.0.0
        1.0.0-zzz        | 1.0.0
        1.0.0-alpha      | 1.0.0-alpha.1
        1.0.0-alpha.1    | 1.0.0-alpha.beta
        1.0.0-alpha.beta | 1.0.0-beta
        1.0.0-beta       | 1.0.0-beta.2
        1.0.0-beta.2     | 1.0.0-beta.11
        1.0.0-beta.11    | 1.0.0-rc.1
        1.0.0-rc.1       | 1.0.0
        1.0.0-1          | 1.0.0-a
        1.0.0-2          | 1.0.0-10
        1.0.1-rc.2       | 1.0.1-rc.10
        1.0.1-alpha10    | 1.0.1-alpha2
        1.0.1-alpha2     | 1.0.1-beta
        1.0.1-beta       | 1.0.1-rc.2
        1.0.1-rc.10      | 1.0.1-zzz
        1.0.1-zzz        | 1.0.1
        1.0.0-a          | 1.0.0-B
        1.0.0-B          | 1.0.0-c
        1.0.0.1-beta     | 1.0.0.1
        1.0.0            | 1.0.0.1-beta
        1.0.19123.2-Preview | 1.0.19269.1-Preview
        4.7.3            | 15.0.4795.1001
        """)
    void ordering(String lower, String higher) {
        NuGetVersion low = NuGetVersion.parse(lower);
        NuGetVersion high = NuGetVersion.parse(higher);
        assertThat(low).isLessThan(high);
        assertThat(high).isGreaterThan(low);
        assertThat(low).isNotEqualTo(high);
    }

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1.0.0-alpha      | 1.0.0-Alpha
        1.0              | 1.0.0.0
        1.0.0+meta       | 1.0.0
        1.0.0+a          | 1.0.0+b
        1.01.0           | 1.1.0
        1.0.0-RC.1+x     | 1.0.0-rc.1
        """)
    void equalityIgnoresMetadataAndLabelCase(String left, String right) {
        NuGetVersion a = NuGetVersion.parse(left);
        NuGetVersion b = NuGetVersion.parse(right);
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a.compareTo(b)).isZero();
    }

    @ParameterizedTest(name = "{0}: prerelease={1} semver2={2}")
    @CsvSource(delimiter = '|', textBlock = """
        1.0.0                 | false | false
        1.0.0-beta            | true  | false
        1.0.0-beta.1          | true  | true
        1.0.0+meta            | false | true
        1.0.0-CI-2857-issue-1593 | true | false
        """)
    void prereleaseAndSemVer2(String text, boolean prerelease, boolean semVer2) {
        NuGetVersion version = NuGetVersion.parse(text);
        assertThat(version.isPrerelease()).isEqualTo(prerelease);
        assertThat(version.isSemVer2()).isEqualTo(semVer2);
    }

    @Test
    void documentedOrderingChainSortsBack() {
        List<String> expected = List.of("1.0.1-alpha10", "1.0.1-alpha2", "1.0.1-beta", "1.0.1-rc.2", "1.0.1-rc.10",
                "1.0.1-zzz", "1.0.1");
        List<NuGetVersion> shuffled = new ArrayList<>();
        for (String text : expected) {
            shuffled.add(NuGetVersion.parse(text));
        }
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).extracting(NuGetVersion::toNormalizedString).containsExactlyElementsOf(expected);
    }

    @Test
    void partsAndLabels() {
        NuGetVersion version = NuGetVersion.parse("1.2.3.4-rc.2.20475.5+sha");
        assertThat(List.of(version.major(), version.minor(), version.patch(), version.revision())).containsExactly(1, 2, 3, 4);
        assertThat(version.releaseLabels()).containsExactly("rc", "2", "20475", "5");
        assertThat(version.metadata()).contains("sha");
        assertThat(version.withoutRelease().toFullString()).isEqualTo("1.2.3.4");
    }

    @Test
    void errorMessageSaysWhatIsWrong() {
        assertThatThrownBy(() -> NuGetVersion.parse("v1.0")).hasMessage("'v1.0' is not a valid NuGet version: 'v1' is not a number");
        assertThatThrownBy(() -> NuGetVersion.parse("1.0.0-01")).hasMessageContaining("leading zero");
    }
}
