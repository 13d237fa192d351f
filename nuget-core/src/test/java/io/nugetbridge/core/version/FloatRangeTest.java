package io.nugetbridge.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every float form of NuGet's docs, its minimum, and which versions it admits. */
class FloatRangeTest {

    @ParameterizedTest(name = "{0}: {1}, min {2}")
    @CsvSource(delimiter = '|', textBlock = """
        *             | MAJOR               | 0.0.0
        *-*           | ABSOLUTE_LATEST     | 0.0.0-0
        1.*           | MINOR               | 1.0.0
        1.0.*         | PATCH               | 1.0.0
        1.0.0.*       | REVISION            | 1.0.0
        1.0.0-*       | PRERELEASE          | 1.0.0-0
        1.0.0-beta*   | PRERELEASE          | 1.0.0-beta
        1.0.0-beta.*  | PRERELEASE          | 1.0.0-beta.0
        1.*-*         | PRERELEASE_MINOR    | 1.0.0-0
        1.0.*-*       | PRERELEASE_PATCH    | 1.0.0-0
        1.0.0.*-*     | PRERELEASE_REVISION | 1.0.0-0
        1.*-rc*       | PRERELEASE_MINOR    | 1.0.0-rc
        *-rc*         | PRERELEASE_MAJOR    | 0.0.0-rc
        2.5.0         | NONE                | 2.5.0
        """)
    void parses(String text, FloatBehavior behavior, String min) {
        FloatRange range = FloatRange.parse(text);
        assertThat(range.behavior()).isEqualTo(behavior);
        assertThat(range.minVersion().toNormalizedString()).isEqualTo(min);
        assertThat(range.toString()).isEqualTo(text.equals("2.5.0") ? "2.5.0" : text);
    }

    @ParameterizedTest(name = "''{0}'' is not a float")
    @ValueSource(strings = {"**", "1.*.0", "1*", "1.0*", "*.1", "1.0.0.0.*", "a.*", "1.0.0-beta*rc*"})
    void rejects(String text) {
        assertThat(FloatRange.tryParse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} admits {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        *             | 9.9.9        | true
        *             | 9.9.9-beta   | false
        *-*           | 9.9.9-beta   | true
        1.*           | 1.99.0       | true
        1.*           | 2.0.0        | false
        1.*           | 1.5.0-beta   | false
        1.0.*         | 1.0.9        | true
        1.0.*         | 1.1.0        | false
        1.0.0.*       | 1.0.0.7      | true
        1.0.0.*       | 1.0.1        | false
        1.0.0-*       | 1.0.0-anything | true
        1.0.0-*       | 1.0.0        | true
        1.0.0-*       | 1.0.1-alpha  | false
        1.0.0-beta*   | 1.0.0-BETA2  | true
        1.0.0-beta*   | 1.0.0-alpha  | false
        1.*-*         | 1.7.0-rc.1   | true
        1.*-*         | 2.0.0-rc.1   | false
        1.0.*-*       | 1.0.3-x      | true
        *-rc*         | 5.0.0-rc.2   | true
        *-rc*         | 5.0.0-beta   | false
        """)
    void satisfies(String text, String version, boolean expected) {
        assertThat(FloatRange.parse(text).satisfies(NuGetVersion.parse(version))).isEqualTo(expected);
    }
}
