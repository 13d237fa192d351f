package io.nugetbridge.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.log.RecordingLog;
import io.nugetbridge.core.spec.ProjectInfo.ProjectLicense;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nuspec metadata and pack tokens from a project's own values. */
class NuspecFromProjectTest {

    private static ProjectInfo project(List<ProjectLicense> licenses) {
        return new ProjectInfo("contoso-utilities", "1.2-SNAPSHOT", "Contoso Utilities", "Utilities for Contoso apps.",
                "https://contoso.example/utilities", List.of("Ada Lovelace", " Charles Babbage "), "Contoso Ltd", "2024",
                licenses, "https://github.com/contoso/utilities", "scm:git:https://github.com/contoso/utilities.git",
                "contoso utilities");
    }

    @Test
    void everyPomValueLandsInItsElement() {
        NuspecFromProject.Result result = NuspecFromProject.metadata(project(List.of(
                new ProjectLicense("The Apache Software License, Version 2.0", "https://www.apache.org/licenses/LICENSE-2.0.txt"))));
        NuspecMetadata m = result.metadata();
        assertThat(m.id()).isEqualTo("contoso-utilities");
        assertThat(m.versionText()).isEqualTo("1.2.0-SNAPSHOT");
        assertThat(m.title()).isEqualTo("Contoso Utilities");
        assertThat(m.authors()).containsExactly("Ada Lovelace", "Charles Babbage");
        assertThat(m.description()).isEqualTo("Utilities for Contoso apps.");
        assertThat(m.license()).isEqualTo(License.expression("Apache-2.0"));
        assertThat(m.licenseUrl()).isNull();
        assertThat(m.projectUrl()).isEqualTo("https://contoso.example/utilities");
        assertThat(m.repository()).isEqualTo(new Repository("git", "https://github.com/contoso/utilities.git", null, null));
        assertThat(m.copyright()).isEqualTo("Copyright © 2024 Contoso Ltd");
        assertThat(m.tags()).containsExactly("contoso", "utilities");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void severalLicensesAreAChoiceAndUnknownOnesFallBackToTheirUrl() {
        assertThat(NuspecFromProject.metadata(project(List.of(new ProjectLicense("MIT License", null),
                new ProjectLicense(null, "https://opensource.org/licenses/BSD-3-Clause")))).metadata().license())
                .isEqualTo(License.expression("MIT OR BSD-3-Clause"));
        NuspecFromProject.Result unknown = NuspecFromProject.metadata(project(List.of(
                new ProjectLicense("Contoso Commercial License", "https://contoso.example/eula"))));
        assertThat(unknown.metadata().license()).isNull();
        assertThat(unknown.metadata().licenseUrl()).isEqualTo("https://contoso.example/eula");
        assertThat(unknown.warnings()).singleElement().asString().contains("Contoso Commercial License", "SPDX");
    }

    @Test
    void missingAuthorsOrDescriptionSayWhatToAdd() {
        ProjectInfo noAuthors = new ProjectInfo("a", "1.0", null, "d", null, List.of(), null, null, null, null, null, null);
        assertThatThrownBy(() -> NuspecFromProject.metadata(noAuthors)).hasMessageContaining("<developers>");
        ProjectInfo orgOnly = new ProjectInfo("a", "1.0", null, "d", null, List.of(), "Contoso", null, null, null, null, null);
        assertThat(NuspecFromProject.metadata(orgOnly).metadata().authorsText()).isEqualTo("Contoso");
        ProjectInfo noDescription = new ProjectInfo("a", "1.0", null, null, null, List.of("me"), null, null, null, null, null, null);
        assertThatThrownBy(() -> NuspecFromProject.metadata(noDescription)).hasMessageContaining("<description>");
    }

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        Apache License, Version 2.0             | -                                               | Apache-2.0
        apache-2.0                              | -                                               | Apache-2.0
        The MIT License                         | -                                               | MIT
        -                                       | http://www.eclipse.org/legal/epl-v20.html       | EPL-2.0
        Eclipse Public License - v 1.0          | -                                               | EPL-1.0
        GNU Lesser General Public License, Version 2.1 | -                                        | LGPL-2.1-only
        New BSD License                         | -                                               | BSD-3-Clause
        Microsoft Public License                | -                                               | MS-PL
        """)
    void commonPomLicensesHaveTheirSpdxId(String name, String url, String id) {
        assertThat(SpdxLicenses.identify(name, url)).contains(id);
    }

    @Test
    void packTokensFollowNuGetsPrecedence() {
        RecordingLog log = new RecordingLog();
        Map<String, String> tokens = PackTokens.of(project(List.of()), "Release",
                Map.of("gitCommit", "from-project", "Team", "blue"), Map.of("gitCommit", "from-user"),
                Map.of("configuration", "Debug", "Version", "9.9.9", "channel", "nightly"), log);
        assertThat(tokens).containsEntry("GITCOMMIT", "from-user").containsEntry("team", "blue")
                .containsEntry("configuration", "Debug").containsEntry("channel", "nightly")
                .containsEntry("version", "1.2.0-SNAPSHOT").containsEntry("id", "contoso-utilities")
                .containsEntry("author", "Ada Lovelace, Charles Babbage").containsEntry("title", "Contoso Utilities")
                .containsEntry("description", "Utilities for Contoso apps.").containsEntry("copyright", "Copyright © 2024 Contoso Ltd");
        assertThat(log.warnings).singleElement().asString().containsIgnoringCase("'version' is ignored");
    }
}
