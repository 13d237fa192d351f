package io.nugetbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BridgeVersionTest {

    @Test
    void theVersionComesFromTheManifestOrElseTheJarsPomProperties() throws Exception {
        String pom = "artifactId=nuget-core\ngroupId=io.nugetbridge\nversion=0.1.0-SNAPSHOT\n";
        assertThat(BridgeVersion.versionFrom("1.2.3", null)).isEqualTo("1.2.3");
        assertThat(BridgeVersion.versionFrom(null, new ByteArrayInputStream(pom.getBytes(StandardCharsets.ISO_8859_1))))
                .isEqualTo("0.1.0-SNAPSHOT");
        assertThat(BridgeVersion.versionFrom(null, null)).isEqualTo("dev");
    }
}
