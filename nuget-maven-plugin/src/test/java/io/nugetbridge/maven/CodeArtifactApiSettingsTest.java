package io.nugetbridge.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** A CodeArtifact endpoint or token duration that cannot be used is a user mistake naming its property. */
class CodeArtifactApiSettingsTest {

    @Test
    void aBadEndpointOrDurationNamesItsPropertyAndWhatToGive() throws Exception {
        assertThat(CodeArtifactApiSettings.api(null, 43200)).isNotNull();
        assertThat(CodeArtifactApiSettings.api(null, 0)).as("as long as the AWS session, as AWS allows").isNotNull();
        assertThat(CodeArtifactApiSettings.api(" https://vpce-1.codeartifact.eu-west-1.vpce.amazonaws.com ", 900)).isNotNull();

        assertThatThrownBy(() -> CodeArtifactApiSettings.api("not a url", 43200)).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("nuget.codeArtifact.endpoint 'not a url'").hasMessageContaining("VPC endpoint");
        assertThatThrownBy(() -> CodeArtifactApiSettings.api("codeartifact", 43200)).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("is not a URL with a host");
        assertThatThrownBy(() -> CodeArtifactApiSettings.api(null, 60)).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("nuget.codeArtifact.tokenDuration 60").hasMessageContaining("from 900 to 43200, or 0");
    }
}
