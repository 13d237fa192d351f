package io.nugetbridge.wagon;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.wagon.RepositoryPath.ArtifactFile;
import io.nugetbridge.wagon.RepositoryPath.Prefixes;
import io.nugetbridge.wagon.RepositoryPath.Unmapped;
import io.nugetbridge.wagon.RepositoryPath.VersionsMetadata;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RepositoryPathTest {

    @Test
    void packageFile() {
        assertThat(RepositoryPath.parse("nuget/Newtonsoft.Json/13.0.3/Newtonsoft.Json-13.0.3.nupkg"))
                .isEqualTo(new ArtifactFile("Newtonsoft.Json", "13.0.3", "nupkg", Optional.empty()));
    }

    @Test
    void pomChecksumWithLeadingSlash() {
        assertThat(RepositoryPath.parse("/nuget/NUnit/3.3.0-CI-2857-issue-1593/NUnit-3.3.0-CI-2857-issue-1593.pom.sha1"))
                .isEqualTo(new ArtifactFile("NUnit", "3.3.0-CI-2857-issue-1593", "pom", Optional.of("sha1")));
    }

    @Test
    void versionsMetadataAndItsChecksum() {
        assertThat(RepositoryPath.parse("nuget/jQuery/maven-metadata.xml"))
                .isEqualTo(new VersionsMetadata("jQuery", Optional.empty()));
        assertThat(RepositoryPath.parse("nuget/jQuery/maven-metadata.xml.sha512"))
                .isEqualTo(new VersionsMetadata("jQuery", Optional.of("sha512")));
    }

    @Test
    void prefixesFile() {
        assertThat(RepositoryPath.parse(".meta/prefixes.txt")).isEqualTo(new Prefixes(Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "org/apache/maven/maven-core/3.9.16/maven-core-3.9.16.pom",
        "nuget/jQuery/3.3.1/jQuery-3.3.1-sources.jar",
        "nuget/jQuery/3.3.1/other-3.3.1.nupkg",
        "nuget/jQuery/3.3.1/jQuery-3.3.1.",
        "nuget/../etc/passwd/x",
        "nuget//3.3.1/-3.3.1.nupkg",
        "nuget/jQuery",
        "nuget/jQuery/3.3.1/extra/jQuery-3.3.1.nupkg",
        "archetype-catalog.xml"
    })
    void everythingElseIsUnmapped(String path) {
        assertThat(RepositoryPath.parse(path)).isInstanceOf(Unmapped.class);
    }
}
