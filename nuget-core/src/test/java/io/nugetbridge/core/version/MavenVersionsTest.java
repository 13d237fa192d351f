package io.nugetbridge.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Maven-to-NuGet version rule, case by case, as the README documents it. */
class MavenVersionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1.2-SNAPSHOT              | 1.2.0-SNAPSHOT
        1.2.3-SNAPSHOT            | 1.2.3-SNAPSHOT
        1                         | 1.0.0
        1.0                       | 1.0.0
        2.3.4.5                   | 2.3.4.5
        1.0.0-alpha-1             | 1.0.0-alpha-1
        2.0-rc1                   | 2.0.0-rc1
        1.0rc1                    | 1.0.0-rc1
        1.0_beta                  | 1.0.0-beta
        3.0.0.M1                  | 3.0.0-M1
        5.3.Final                 | 5.3.0
        1.0-GA                    | 1.0.0
        2.0.RELEASE               | 2.0.0
        2.0.0-beta.01             | 2.0.0-beta.1
        1.0-beta..2               | 1.0.0-beta.2
        1.0-feature/login         | 1.0.0-feature-login
        1.2-20261122.101500-3     | 1.2.0-20261122.101500-3
        1.0.0+build.7             | 1.0.0+build.7
        1.0.0-rc.1+sha.5114f85    | 1.0.0-rc.1+sha.5114f85
        """)
    void mapsTheMavenVersion(String maven, String nuget) {
        NuGetVersion version = MavenVersions.toNuGet(maven);
        assertThat(version.toFullString()).isEqualTo(nuget);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2-SNAPSHOT", "1.2.0-rc1", "2.0.0-beta.1"})
    void aSnapshotOrPrereleaseComesBeforeItsRelease(String maven) {
        NuGetVersion prerelease = MavenVersions.toNuGet(maven);
        assertThat(prerelease.isPrerelease()).isTrue();
        assertThat(prerelease).isLessThan(prerelease.withoutRelease());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4.5", "SNAPSHOT", "v1.0", ""})
    void versionsTheRuleCannotMapAreRefusedWithAHint(String maven) {
        assertThatThrownBy(() -> MavenVersions.toNuGet(maven)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + maven + "'").hasMessageContaining("outright");
    }
}
