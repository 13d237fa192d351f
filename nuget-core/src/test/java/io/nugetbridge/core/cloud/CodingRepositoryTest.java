package io.nugetbridge.core.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The CODING-AR URL form, from the one real URL recorded in ../shared/fixtures/v3/endpoint-url-templates.md. */
class CodingRepositoryTest {

    @Test
    void recognisesTheRecordedUrl() {
        String url = "https://zlzforever-nuget.pkg.coding.net/repository/main/v3/index.json";

        assertThat(CodingRepository.fromSource(url)).hasValue(new CodingRepository("zlzforever", "repository", "main"));
        assertThat(new CodingRepository("zlzforever", "repository", "main").sourceUrl()).isEqualTo(URI.create(url));
    }

    @Test
    void otherUrlsAreNotCoding() {
        assertThat(CodingRepository.fromSource("https://zlzforever-maven.pkg.coding.net/repository/main/v3/index.json")).isEmpty();
        assertThat(CodingRepository.fromSource("https://nuget.cdn.azure.cn/v3/index.json")).isEmpty();
        assertThat(CodingRepository.fromSource("https://team-nuget.pkg.coding.net/project/repo/")).isEmpty();
    }
}
