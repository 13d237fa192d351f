package io.nugetbridge.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.http.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report nuget:sources prints: what a user checks first when a feed misbehaves. */
class SourcesReportTest {

    @TempDir
    Path folder;

    @Test
    void namesWhereThingsComeFromAndWarnsAboutPlainHttpAndBadVariables() throws IOException {
        Path file = Files.writeString(folder.resolve("nuget.config"), """
                <configuration>
                  <packageSources>
                    <add key="plain" value="http://feed.corp.example/nuget"/>
                    <add key="allowed" value="http://old.corp.example/nuget" allowInsecureConnections="true"/>
                    <add key="token" value="https://token.example/v3/index.json"/>
                    <add key="broken" value="https://broken.example/v3/index.json"/>
                    <add key="selfsigned" value="https://lab.corp.example/v3/index.json" disableTLSCertificateValidation="true"/>
                  </packageSources>
                </configuration>""");
        NuGetConfig config = NuGetConfig.load(ConfigLocations.onlyFile(file), Map.of());
        CredentialProvider tokenOnly = source -> source.name().equals("token")
                ? Optional.of(FoundCredentials.of(new Credentials("", "t0ken", "settings.xml server 'token'")))
                : Optional.empty();
        CredentialChain chain = CredentialChain.standard(
                Map.of("NuGetPackageSourceCredentials_broken", "not-the-form"), config, Optional.of(tokenOnly));

        List<String> lines = SourcesReport.lines(config, chain);

        assertThat(lines).containsSubsequence("  1.  plain [Enabled]", "      http://feed.corp.example/nuget",
                "      V2 (protocolVersion 2), declared in " + file + " line 3", "      credentials: none found",
                "      warning: plain http://; requests to other hosts than this machine are refused unless the source"
                        + " has allowInsecureConnections=\"true\"",
                "  2.  allowed [Enabled]", "      http://old.corp.example/nuget",
                "      V2 (protocolVersion 2), insecure http allowed, declared in " + file + " line 4",
                "      credentials: none found", "  3.  token [Enabled]");
        assertThat(lines).contains("      credentials: a password without user name from settings.xml server 'token'",
                "Package source mapping: off (every enabled source may provide every package)");
        assertThat(lines).containsSubsequence("  5.  selfsigned [Enabled]", "      warning: disableTLSCertificateValidation=\"true\""
                + " is not honoured: the server's certificate is checked; make Maven's Java trust it"
                + " (-Djavax.net.ssl.trustStore=<file>)");
        assertThat(lines).filteredOn(l -> l.contains("warning")).hasSize(2);
        assertThat(lines).anyMatch(l -> l.startsWith("      credentials: error: The environment variable"
                + " NuGetPackageSourceCredentials_broken is not in NuGet's form"));
        assertThat(String.join("\n", lines)).doesNotContain("t0ken", "not-the-form");
    }

    @Test
    void secretsExpandedIntoAUrlAreNotShown() throws IOException {
        Path file = Files.writeString(folder.resolve("nuget.config"), """
                <configuration><packageSources>
                  <add key="inline" value="https://%FEED_USER%:%FEED_TOKEN%@feed.example/v3/index.json?token=%FEED_TOKEN%"/>
                  <add key="odd" value="https://u:%FEED_TOKEN%@feed.example/a b/index.json?x=1"/>
                </packageSources></configuration>""");
        NuGetConfig config = NuGetConfig.load(ConfigLocations.onlyFile(file),
                Map.of("FEED_USER", "ci", "FEED_TOKEN", "tok-123"));

        List<String> lines = SourcesReport.lines(config, new CredentialChain(List.of()));

        assertThat(config.sources().get(0).location()).contains("tok-123");
        assertThat(lines).contains("      https://***@feed.example/v3/index.json?token=***", "      https://***@feed.example/a b/index.json?***");
        assertThat(String.join("\n", lines)).doesNotContain("tok-123");
        assertThat(config.sources().get(0).toString()).isEqualTo("source 'inline' (https://***@feed.example/v3/index.json?token=***)");
    }
}
