package io.nugetbridge.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.http.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** %VAR% expansion as .NET does it, and credentials from the environment ahead of the files. */
class EnvironmentTest {

    @TempDir
    Path folder;

    @Test
    void expansionReplacesDefinedVariablesAndLeavesTheRestAsWritten() {
        ValueExpander expander = new ValueExpander(Map.of("HOME", "/home/ci", "B", "bee", "EMPTY", ""));
        assertThat(expander.expand("%HOME%/.nuget", folder, 1, "k")).isEqualTo("/home/ci/.nuget");
        assertThat(expander.expand("%UNDEFINED%/x", folder, 1, "k")).isEqualTo("%UNDEFINED%/x");
        assertThat(expander.expand("%UNDEFINED%B%", folder, 1, "k")).as("the closing % of an undefined name opens the next").isEqualTo("%UNDEFINEDbee");
        assertThat(expander.expand("$HOME/${HOME}", folder, 1, "k")).as("$VAR is never expanded").isEqualTo("$HOME/${HOME}");
        assertThat(expander.expand("100%", folder, 1, "k")).isEqualTo("100%");
        assertThat(expander.expand("%%", folder, 1, "k")).isEqualTo("%%");
        assertThat(expander.expand("a%EMPTY%b", folder, 1, "k")).isEqualTo("ab");
        assertThat(expander.expand("%home%", folder, 1, "k")).as("names are case-sensitive off Windows").isEqualTo("%home%");
    }

    @Test
    void nugetsVariableOverridesTheFileForThatSource() throws IOException {
        NuGetConfig config = load("""
                <configuration>
                  <packageSources>
                    <add key="github" value="https://nuget.pkg.github.com/acme/index.json"/>
                    <add key="other" value="https://other.example/v3/index.json"/>
                  </packageSources>
                  <packageSourceCredentials>
                    <github><add key="Username" value="file-user"/><add key="ClearTextPassword" value="file-pass"/></github>
                    <other><add key="Username" value="u"/><add key="Password" value="AQAAANCMnd8BFdERjHoAwE"/></other>
                  </packageSourceCredentials>
                </configuration>""");
        Map<String, String> env = Map.of("NuGetPackageSourceCredentials_github",
                "Username=env-user;Password=env;pass=word;ValidAuthenticationTypes=basic");
        CredentialChain chain = CredentialChain.standard(env, config, Optional.empty());

        Credentials github = chain.credentialsFor(config.source("github").orElseThrow()).orElseThrow();
        assertThat(github.username()).isEqualTo("env-user");
        assertThat(github.password()).isEqualTo("env;pass=word");
        assertThat(github.origin()).isEqualTo("environment variable NuGetPackageSourceCredentials_github");

        PackageSource other = config.source("other").orElseThrow();
        FoundCredentials found = chain.find(other).orElseThrow();
        assertThat(found.isReadable()).isFalse();
        assertThat(found.origin()).contains(folder.resolve("nuget.config").toString());
        assertThatThrownBy(() -> chain.credentialsFor(other)).isInstanceOf(UnreadableSecretException.class)
                .hasMessageContaining("source 'other'").hasMessageContaining("NuGetPackageSourceCredentials_other")
                .hasMessageNotContaining("AQAAANCMnd8BFdERjHoAwE");
        // The environment can stand in for the unreadable password.
        CredentialChain withEnv = CredentialChain.standard(Map.of("NuGetPackageSourceCredentials_other",
                "username=u2;password=p2"), config, Optional.empty());
        assertThat(withEnv.credentialsFor(other).orElseThrow().password()).isEqualTo("p2");
    }

    @Test
    void aMalformedVariableIsNamedButNotShown() throws IOException {
        NuGetConfig config = load("<configuration><packageSources><add key=\"a\" value=\"https://a.example/v3/index.json\"/>"
                + "</packageSources></configuration>");
        CredentialChain chain = CredentialChain.standard(Map.of("NuGetPackageSourceCredentials_a", "token-without-form"),
                config, Optional.empty());
        assertThatThrownBy(() -> chain.find(config.sources().get(0))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("NuGetPackageSourceCredentials_a").hasMessageNotContaining("token-without-form");
    }

    @Test
    void azureArtifactsEndpointsMatchOnTheSourceUrl() throws IOException {
        NuGetConfig config = load("""
                <configuration><packageSources>
                  <add key="azure" value="https://pkgs.dev.azure.com/acme/_packaging/feed/nuget/v3/index.json"/>
                  <add key="anonymous" value="https://api.nuget.org/v3/index.json"/>
                </packageSources></configuration>""");
        String endpoints = """
                {"endpointCredentials": [
                  {"endpoint": "HTTPS://pkgs.dev.azure.com/acme/_packaging/feed/nuget/v3/index.json/", "password": "pat-123"},
                  {"endpoint": "https://elsewhere.example/index.json", "username": "x", "password": "y"}
                ]}""";
        EnvironmentCredentials environment = new EnvironmentCredentials(Map.of("VSS_NUGET_EXTERNAL_FEED_ENDPOINTS", endpoints));

        FoundCredentials azure = environment.find(config.source("azure").orElseThrow()).orElseThrow();
        assertThat(azure.credentials().password()).isEqualTo("pat-123");
        assertThat(azure.credentials().username()).isEqualTo("VssSessionToken");
        assertThat(azure.origin()).isEqualTo("environment variable VSS_NUGET_EXTERNAL_FEED_ENDPOINTS");
        assertThat(environment.find(config.source("anonymous").orElseThrow())).isEmpty();

        EnvironmentCredentials broken = new EnvironmentCredentials(Map.of("VSS_NUGET_EXTERNAL_FEED_ENDPOINTS", "{pat-456"));
        assertThatThrownBy(() -> broken.find(config.source("azure").orElseThrow()))
                .hasMessageContaining("VSS_NUGET_EXTERNAL_FEED_ENDPOINTS").hasMessageNotContaining("pat-456");
    }

    @Test
    void theChainAsksInOrderAndAnExplicitProviderGoesFirst() throws IOException {
        NuGetConfig config = load("""
                <configuration>
                  <packageSources><add key="feed" value="https://feed.example/v3/index.json"/></packageSources>
                  <packageSourceCredentials><feed><add key="Username" value="cfg"/><add key="ClearTextPassword" value="cfg"/></feed></packageSourceCredentials>
                </configuration>""");
        PackageSource feed = config.sources().get(0);
        CredentialProvider maven = source -> Optional.of(FoundCredentials.of(new Credentials("mvn", "mvn", "settings.xml server 'feed'")));

        assertThat(CredentialChain.standard(Map.of(), config, Optional.empty()).credentialsFor(feed).orElseThrow().username())
                .isEqualTo("cfg");
        CredentialChain withMaven = CredentialChain.standard(Map.of(), config, Optional.of(maven));
        assertThat(withMaven.credentialsFor(feed).orElseThrow().origin()).isEqualTo("settings.xml server 'feed'");
        CredentialChain explicit = withMaven.startingWith(source -> Optional.of(
                FoundCredentials.of(new Credentials("param", "p", "the nuget.password parameter"))));
        assertThat(explicit.credentialsFor(feed).orElseThrow().username()).isEqualTo("param");
        assertThat(new CredentialChain(List.of()).find(feed)).isEmpty();
    }

    private NuGetConfig load(String xml) throws IOException {
        Path file = Files.writeString(folder.resolve("nuget.config"), xml);
        return NuGetConfig.load(ConfigLocations.onlyFile(file), Map.of());
    }
}
