package io.nugetbridge.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A NuGet version given outright is NuGet's {@code pack -Version}: NuGet.CommandLine's PackCommand parses it
 * with {@code NuGetVersion.TryParse} and packs {@code ToFullString()}, or fails with NU5010. The Maven
 * release-qualifier mapping is for the project's version only. Checked against NuGet.exe 5.8:
 * {@code -Version 1.0.0-Final} packs {@code x.1.0.0-Final.nupkg}; {@code -Version 1.0.0-beta_1} prints
 * "Error NU5010: Version string specified for package reference '1.0.0-beta_1' is invalid."
 */
class ExplicitNuGetVersionTest {

    private static ProjectInfo project(String mavenVersion, String nugetVersion) {
        return new ProjectInfo("Contoso.Utilities", mavenVersion, null, "Utilities", null, List.of("Contoso"), null, null,
                null, null, null, null, nugetVersion);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1.0.0-Final  | 1.0.0-Final
            1.0.0-GA     | 1.0.0-GA
            1.0.0-RELEASE| 1.0.0-RELEASE
            1.0          | 1.0.0
            1.0.0.0      | 1.0.0
            2.1-rc.1+abc | 2.1.0-rc.1+abc
            """, delimiter = '|')
    void isTakenAsNuGetReadsItNotMapped(String given, String packed) {
        ProjectInfo project = project("9.9-SNAPSHOT", given);
        assertThat(project.packageVersion().toFullString()).isEqualTo(packed);
        assertThat(NuspecFromProject.metadata(project).metadata().versionText()).isEqualTo(packed);
        assertThat(PackTokens.of(project, null, Map.of(), Map.of(), Map.of(), null)).containsEntry("version", packed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0-beta_1", "1.0.0-", "abc", "1.0.0-beta..1"})
    void thatNuGetRefusesIsRefusedWithNuGetsMessage(String given) {
        ProjectInfo project = project("1.0", given);
        assertThatThrownBy(project::packageVersion).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NU5010: Version string specified for package reference '" + given + "' is invalid.");
        assertThatThrownBy(() -> NuspecFromProject.metadata(project)).hasMessageContaining("NU5010");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1.0.0-Final  | 1.0.0
            1.0-GA       | 1.0.0
            1.0-beta_1   | 1.0.0-beta-1
            """, delimiter = '|')
    void withoutOneTheProjectsVersionIsMapped(String maven, String packed) {
        assertThat(project(maven, null).packageVersion().toFullString()).isEqualTo(packed);
        assertThat(project(maven, " ").packageVersion().toFullString()).isEqualTo(packed);
    }
}
