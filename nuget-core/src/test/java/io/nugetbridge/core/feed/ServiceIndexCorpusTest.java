package io.nugetbridge.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every recorded service index: which resource NuGet's lookup order picks for each job. Expected
 * URLs read off the files (the templated Dependency-Track recording gets a base URL substituted).
 */
@RequiresCorpus
class ServiceIndexCorpusTest {

    private static final String BASE = "http://127.0.0.1:8080";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # file                                                   | version      | flat container                                                                                                          | registrations                                                                                                                    | publish                                                                                              | symbols
        v3/artifactory/dependency-track-service-index.json       | 3.0.0        | -                                                                                                                       | http://127.0.0.1:8080/artifactory/api/nuget/v3/nuget-repo/registration-semver2/                                                 | http://127.0.0.1:8080/artifactory/api/nuget/nuget-repo                                               | http://127.0.0.1:8080/artifactory/api/nuget/v3/nuget-repo/symbols
        v3/artifactory/service-index.json                        | 3.0.0        | -                                                                                                                       | http://localhost:8081/artifactory/api/nuget/v3/dependabot-nuget-local/registration-semver2/                                     | http://localhost:8081/artifactory/api/nuget/dependabot-nuget-local                                   | -
        v3/azure-artifacts/dnceng-dotnet-public-service-index.json | 3.0.0-beta | https://pkgs.dev.azure.com/dnceng/9ee6d478-d288-47f7-aacc-f6e6d082ae6d/_packaging/45bacae2-5efb-47c8-91e5-8ec20c22b4f8/nuget/v3/flat2/ | https://pkgs.dev.azure.com/dnceng/9ee6d478-d288-47f7-aacc-f6e6d082ae6d/_packaging/45bacae2-5efb-47c8-91e5-8ec20c22b4f8/nuget/v3/registrations2-semver2/ | https://pkgs.dev.azure.com/dnceng/9ee6d478-d288-47f7-aacc-f6e6d082ae6d/_packaging/45bacae2-5efb-47c8-91e5-8ec20c22b4f8/nuget/v2/ | -
        v3/azure-artifacts/dnceng-feed2-service-index.json       | 3.0.0-beta   | https://pkgs.dev.azure.com/dnceng/9ee6d478-d288-47f7-aacc-f6e6d082ae6d/_packaging/516521bf-6417-457e-9a9c-0a4bdfde03e7/nuget/v3/flat2/ | https://pkgs.dev.azure.com/dnceng/9ee6d478-d288-47f7-aacc-f6e6d082ae6d/_packaging/516521bf-6417-457e-9a9c-0a4bdfde03e7/nuget/v3/registrations2-semver2/ | https://pkgs.dev.azure.com/dnceng/9ee6d478-d288-47f7-aacc-f6e6d082ae6d/_packaging/516521bf-6417-457e-9a9c-0a4bdfde03e7/nuget/v2/ | -
        v3/azure-artifacts/localhost-rewritten/service-index.json | 3.0.0-beta  | http://localhost:1080/v3/flat2/                                                                                         | http://localhost:1080/v3/registrations2-semver2/                                                                                 | http://localhost:1080/v2/                                                                            | -
        v3/azure-artifacts/service-index.json                    | 3.0.0-beta   | https://pkgs.dev.azure.com/organisationName/_packaging/2745c5e9-610a-4537-9032-978c66527b51/nuget/v3/flat2/              | https://pkgs.dev.azure.com/organisationName/_packaging/2745c5e9-610a-4537-9032-978c66527b51/nuget/v3/registrations2-semver2/     | -                                                                                                    | -
        v3/github-packages/service-index.json                    | 3.0.0-beta.1 | https://nuget.pkg.github.com/some-namespace/download                                                                    | https://nuget.pkg.github.com/some-namespace                                                                                      | https://nuget.pkg.github.com/some-namespace                                                          | -
        v3/myget/service-index.json                              | 3.0.0        | https://www.myget.org/F/exceptionless/api/v3/flatcontainer/                                                             | https://www.myget.org/F/exceptionless/api/v3/registration1/                                                                      | https://www.myget.org/F/exceptionless/api/v2/package                                                 | -
        v3/nuget.org/service-index-dependabot-snapshot.json      | 3.0.0        | https://api.nuget.org/v3-flatcontainer/                                                                                 | https://api.nuget.org/v3/registration5-gz-semver2/                                                                               | https://www.nuget.org/api/v2/package                                                                 | https://www.nuget.org/api/v2/symbolpackage
        v3/nuget.org/service-index-registration3-era.json        | 3.0.0        | https://api.nuget.org/v3-flatcontainer/                                                                                 | https://api.nuget.org/v3/registration3-gz-semver2/                                                                               | https://www.nuget.org/api/v2/package                                                                 | https://www.nuget.org/api/v2/symbolpackage
        v3/nuget.org/service-index.json                          | 3.0.0        | https://api.nuget.org/v3-flatcontainer/                                                                                 | https://api.nuget.org/v3/registration5-gz-semver2/                                                                               | https://www.nuget.org/api/v2/package                                                                 | https://www.nuget.org/api/v2/symbolpackage
        """)
    void picksWhatNuGetPicks(String file, String version, String flat, String registrations, String publish,
            String symbols) throws IOException {
        ServiceIndex index = ServiceIndex.parse(URI.create(BASE + "/index.json"), read(file));

        assertThat(index.version().toFullString()).isEqualTo(version);
        assertThat(url(index.packageBaseAddress())).isEqualTo(flat);
        assertThat(url(index.registrations())).isEqualTo(registrations);
        assertThat(url(index.packagePublish())).isEqualTo(publish);
        assertThat(url(index.symbolPackagePublish())).isEqualTo(symbols);
    }

    @Test
    void everyRecordedServiceIndexIsInTheTable() {
        assertThat(Fixtures.files("v3", ".json").stream()
                .filter(p -> p.getFileName().toString().contains("service-index"))).hasSize(11);
    }

    @Test
    void missingTrailingSlashIsToleratedWhenBuildingUrls() throws IOException {
        ServiceIndex github = ServiceIndex.parse(URI.create("https://nuget.pkg.github.com/x/index.json"),
                read("v3/github-packages/service-index.json"));
        assertThat(github.packageBaseAddress().orElseThrow().baseWithSlash())
                .isEqualTo("https://nuget.pkg.github.com/some-namespace/download/");
    }

    @Test
    void typeArraysAndClientVersionGates() {
        String json = """
            {"version": "3.0.0", "resources": [
              {"@id": "https://a.example/too-new/", "@type": "PackageBaseAddress/3.0.0", "clientVersion": "99.0.0"},
              {"@id": "relative/", "@type": "PackageBaseAddress/3.0.0"},
              {"@id": "https://a.example/flat/", "@type": ["Other", "PackageBaseAddress/3.0.0"]},
              {"@id": "https://a.example/search", "@type": "searchqueryservice"}
            ]}""";
        ServiceIndex index = ServiceIndex.parse(URI.create("https://a.example/index.json"),
                json.getBytes(StandardCharsets.UTF_8));
        assertThat(url(index.packageBaseAddress())).isEqualTo("https://a.example/flat/");
        assertThat(index.search()).as("@type matching is case-sensitive").isEmpty();
    }

    @Test
    void notAServiceIndexSaysSo() {
        URI uri = URI.create("https://a.example/api/v2");
        assertThatThrownBy(() -> ServiceIndex.parse(uri, "<feed/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FeedException.class).hasMessageContaining(uri.toString()).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ServiceIndex.parse(uri, "{\"version\":\"2.0.0\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("only version 3");
        assertThatThrownBy(() -> ServiceIndex.parse(uri, "{}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("has no 'version'");
    }

    static byte[] read(String file) throws IOException {
        String text = new String(Files.readAllBytes(Fixtures.path(file)), StandardCharsets.UTF_8);
        return text.replace("{{request.baseUrl}}", BASE).getBytes(StandardCharsets.UTF_8);
    }

    private static String url(Optional<ServiceResource> resource) {
        return resource.map(r -> r.id().toString()).orElse(null);
    }
}
