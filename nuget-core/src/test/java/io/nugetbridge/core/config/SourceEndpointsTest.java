package io.nugetbridge.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.cloud.CodeArtifactCredentials;
import io.nugetbridge.core.cloud.CodeArtifactToken;
import io.nugetbridge.core.cloud.CodeArtifactTokens;
import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials for a source named by its URL (a Maven repository), in DESIGN.md's order. */
class SourceEndpointsTest {

    private static final String URL = "https://feed.example.com/v3/index.json";
    private static final Optional<Credentials> SERVER = Optional.of(new Credentials("maven", "from-server",
            "settings.xml server 'repo'"));

    @TempDir
    Path temp;

    @Test
    void theEnvironmentThenTheCallersServerThenNugetConfigByTheConfiguredSourcesName() throws Exception {
        NuGetConfig config = config("""
                <configuration>
                  <packageSources><add key="corp" value="https://feed.example.com/v3/index.json/" /></packageSources>
                  <packageSourceCredentials><corp><add key="Username" value="cfg" />
                    <add key="ClearTextPassword" value="from-config" /></corp></packageSourceCredentials>
                </configuration>""");

        assertThat(resolve(Map.of(), config, Optional.empty()).credentials()).hasValueSatisfying(c ->
                assertThat(c.password()).isEqualTo("from-config"));
        assertThat(resolve(Map.of(), config, SERVER).credentials()).hasValueSatisfying(c ->
                assertThat(c.password()).isEqualTo("from-server"));
        Endpoint fromEnvironment = resolve(Map.of("NuGetPackageSourceCredentials_corp", "Username=env;Password=from-env"),
                config, SERVER);
        assertThat(fromEnvironment.credentials()).hasValueSatisfying(c -> assertThat(c.password()).isEqualTo("from-env"));
        assertThat(fromEnvironment.sourceName()).as("messages name the repository").isEqualTo("repo");
    }

    @Test
    void withoutAConfiguredSourceTheRepositoryIdIsTheName() throws Exception {
        Endpoint endpoint = resolve(Map.of("NuGetPackageSourceCredentials_repo", "Username=env;Password=by-id"),
                config("<configuration/>"), Optional.empty());
        assertThat(endpoint.credentials()).hasValueSatisfying(c -> assertThat(c.password()).isEqualTo("by-id"));
        assertThat(endpoint.apiKey()).isEmpty();
    }

    @Test
    void apiKeysAndCodingDefaultsAsNugetPushHasThem() throws Exception {
        NuGetConfig none = config("<configuration/>");
        SourceEndpoints endpoints = new SourceEndpoints(Map.of("CODING_USERNAME", "dev", "CODING_TOKEN", "t0k"), none,
                codeArtifact(Map.of()));
        Endpoint coding = endpoints.resolve("coding", "https://team-nuget.pkg.coding.net/p/r/v3/index.json",
                Optional.empty(), Optional.empty(), false);
        assertThat(coding.apiKey()).hasValue("api");
        assertThat(coding.credentials()).hasValueSatisfying(c -> assertThat(c.username()).isEqualTo("dev"));

        assertThat(new SourceEndpoints(Map.of("NUGET_API_KEY", "env-key"), none, codeArtifact(Map.of()))
                .resolve("repo", URL, Optional.empty(), Optional.empty(), false).apiKey()).hasValue("env-key");
        assertThat(new SourceEndpoints(Map.of("NUGET_API_KEY", "env-key"), none, codeArtifact(Map.of()))
                .resolve("repo", URL, Optional.empty(), Optional.of("given"), false).apiKey()).hasValue("given");
    }

    @Test
    void codeArtifactTakesTheEnvironmentTokenBeforeTheServer() throws Exception {
        Endpoint endpoint = new SourceEndpoints(Map.of(), config("<configuration/>"),
                codeArtifact(Map.of("CODEARTIFACT_AUTH_TOKEN", "ca-token")))
                .resolve("ca", "https://dom-123456789012.d.codeartifact.eu-west-1.amazonaws.com/nuget/repo/v3/index.json",
                        SERVER, Optional.empty(), false);
        assertThat(endpoint.credentials()).hasValueSatisfying(c -> {
            assertThat(c.username()).isEqualTo("aws");
            assertThat(c.password()).isEqualTo("ca-token");
        });
    }

    private Endpoint resolve(Map<String, String> environment, NuGetConfig config, Optional<Credentials> server) {
        return new SourceEndpoints(environment, config, codeArtifact(environment))
                .resolve("repo", URL, server, Optional.empty(), false);
    }

    private static CodeArtifactCredentials codeArtifact(Map<String, String> environment) {
        return new CodeArtifactCredentials(environment, CodeArtifactTokens.shared(repository ->
                new CodeArtifactToken("from-aws", Instant.now().plusSeconds(3600), "test")));
    }

    private NuGetConfig config(String xml) throws Exception {
        Path file = Files.writeString(temp.resolve("nuget.config"), xml);
        return NuGetConfig.load(ConfigLocations.onlyFile(file), Map.of());
    }
}
