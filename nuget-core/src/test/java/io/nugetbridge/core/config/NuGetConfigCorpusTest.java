package io.nugetbridge.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every nuget.config of the corpus, read as the only file (NuGet's -ConfigFile), with what each one
 * says written out by hand from the file itself: sources, disabled sources, credentials, mapping and
 * config values. A file added to the corpus without expectations here fails the coverage test.
 */
@RequiresCorpus
class NuGetConfigCorpusTest {

    private static final Map<String, String> ENV = Map.of("PACKAGEHOME", "/opt/packagehome",
            "GITHUB_TOKEN", "ghp_corpus_token");

    private final Map<String, Consumer<NuGetConfig>> expectations = new LinkedHashMap<>();

    NuGetConfigCorpusTest() {
        expect("AArnott-Library.Template.nuget.config", config -> {
            assertThat(config.config().repositoryPath()).contains(folder().resolve("packages"));
            assertSources(config, "nuget=https://api.nuget.org/v3/index.json",
                    "networkvisor-eng=https://pkgs.dev.azure.com/NetworkVisor/_packaging/networkvisor-eng/nuget/v3/index.json");
            assertThat(config.enabledSources()).hasSize(2);
            assertThat(config.packageSourceMapping().patternsBySource())
                    .containsExactly(Map.entry("networkvisor-eng", List.of("NetworkVisor.*")), Map.entry("nuget", List.of("*")));
            assertThat(config.packageSourceMapping().sourcesFor("NetworkVisor.Core")).containsExactly("networkvisor-eng");
            assertThat(config.packageSourceMapping().sourcesFor("Newtonsoft.Json")).containsExactly("nuget");
            assertThat(config.allCredentials()).isEmpty();
        });
        expect("Azure-azure-sdk-for-net.NuGet.Config", config -> {
            assertSources(config, "local-codegen-debug-packages=/mnt/vss/_work/_temp/csharp-debug-20260624-035143",
                    "azure-sdk-for-net=https://pkgs.dev.azure.com/azure-sdk/public/_packaging/azure-sdk-for-net/nuget/v3/index.json");
            assertThat(config.sources().get(0).folder()).contains(Path.of("/mnt/vss/_work/_temp/csharp-debug-20260624-035143"));
            assertThat(config.sources().get(1).isV3()).isTrue();
            assertThat(config.packageSourceMapping().isEnabled()).isFalse();
        });
        expect("NuGet-docs-example.nuget.config", config -> {
            assertThat(config.config().repositoryPath()).contains(Path.of("/opt/packagehome/External"));
            assertThat(config.config().defaultPushSource()).contains("https://MyRepo/ES/api/v2/package");
            assertThat(config.config().get("http_proxy")).contains("host");
            assertThat(config.config().get("HTTP_PROXY.USER")).contains("username");
            assertThatThrownBy(() -> config.config().httpProxy()).isInstanceOf(UnreadableSecretException.class)
                    .hasMessageContaining("http_proxy.password").hasMessageContaining("settings.xml")
                    .hasMessageNotContaining("encrypted_password");
            assertThat(config.packageRestore().bool("enabled")).contains(true);
            assertThat(config.packageRestore().bool("automatic")).contains(true);
            assertSources(config, "NuGet official package source=https://api.nuget.org/v3/index.json",
                    "MyRepo - ES=https://MyRepo/ES/nuget");
            assertThat(config.packageSourceMapping().sourcesFor("ES.Common")).containsExactly("MyRepo - ES");
            assertThat(config.packageSourceMapping().sourcesFor("Serilog")).containsExactly("NuGet official package source");
            assertThat(config.allCredentials()).isEmpty();
            assertThat(config.apiKeys()).extracting(ConfiguredApiKey::target).containsExactly("https://MyRepo/ES/api/v2/package");
            assertThat(config.apiKey("https://myrepo/ES/api/v2/package/")).isPresent();
            assertThat(config.apiKey("https://MyRepo/ES/api/v2/package").orElseThrow().unreadable())
                    .hasMessageContaining("nuget.apiKey").hasMessageNotContaining("encrypted_api_key");
            List<TrustedSigner> signers = config.trustedSigners();
            assertThat(signers).extracting(TrustedSigner::kind, TrustedSigner::name).containsExactly(
                    tuple(TrustedSigner.Kind.AUTHOR, "microsoft"),
                    tuple(TrustedSigner.Kind.REPOSITORY, "nuget.org"));
            assertThat(signers.get(0).certificates()).extracting(TrustedCertificate::fingerprint).containsExactly(
                    "3F9001EA83C560D712C24CF213C3D312CB3BFF51EE89435D3430BD06B5D0EECE",
                    "AA12DA22A49BCE7D5C1AE64CC1F3D892F150DA76140F210ABD2CBFFCA2C18A27",
                    "566A31882BE208BE4422F7CFD66ED09F5D4524A5994F50CCC8B05EC0528C1353");
            assertThat(signers.get(1).certificates()).allSatisfy(c -> {
                assertThat(c.hashAlgorithm()).isEqualTo("SHA256");
                assertThat(c.allowUntrustedRoot()).isFalse();
            });
            assertThat(signers.get(1).serviceIndex().orElseThrow()).hasToString("https://api.nuget.org/v3/index.json");
            assertThat(signers.get(1).owners()).containsExactly("microsoft", "aspnet", "nuget");
            assertThat(config.config().signatureValidationMode()).isEqualTo(SignatureValidationMode.ACCEPT);
        });
        expect("NuGet.Client-EndToEnd.NuGet.Config", config -> {
            assertSources(config, "nuget.org=https://api.nuget.org/v3/index.json",
                    "E2E Test Repository=" + folder().resolve("Packages"));
            assertThat(config.sources().get(0).protocolVersion()).isEqualTo(3);
            assertThat(config.sources().get(1).protocolVersion()).isEqualTo(2);
            assertThat(config.packageManagement().get("format")).contains("0");
            assertThat(config.packageManagement().bool("disabled")).contains(false);
            assertThat(config.packageSourceMapping().isEnabled()).isFalse();
        });
        expect("NuGet.Client-root.NuGet.Config", config -> {
            assertThat(config.sources()).extracting(PackageSource::name).containsExactly("dotnet-eng", "dotnet-public",
                    "dotnet-libraries", "myget-legacy@Local", "nuget-build", "vside");
            assertThat(config.source("myget-legacy@local").orElseThrow().location())
                    .isEqualTo("https://pkgs.dev.azure.com/dnceng/public/_packaging/myget-legacy%40Local/nuget/v3/index.json");
            PackageSourceMapping mapping = config.packageSourceMapping();
            assertThat(mapping.patternsBySource().get("dotnet-public")).hasSize(28).startsWith("Azure.Core", "ben.demystifier");
            assertThat(mapping.sourcesFor("Azure.Core")).containsExactly("dotnet-public");
            assertThat(mapping.sourcesFor("StreamJsonRpc")).containsExactly("dotnet-public", "vside");
            assertThat(mapping.sourcesFor("Microsoft.DotNet.Arcade.Sdk")).containsExactly("dotnet-eng");
            assertThat(mapping.sourcesFor("Microsoft.VisualStudio.Threading")).containsExactly("vside");
            assertThat(mapping.sourcesFor("Microsoft.Build")).containsExactly("dotnet-public");
            assertThat(mapping.sourcesFor("System.CommandLine")).containsExactly("dotnet-libraries");
            assertThat(mapping.sourcesFor("Newtonsoft.Json")).containsExactly("dotnet-public");
            // 'VS' is mapped but not a source: NuGet considers nothing for its packages.
            assertThatThrownBy(() -> mapping.sourcesFor("Microsoft.DevDiv.Validation.TestPlatform.Settings.Tasks",
                    config.enabledSources())).isInstanceOf(PackageSourceMappingException.class)
                    .hasMessageContaining("NU1100").hasMessageContaining("[VS]");
            assertThatThrownBy(() -> mapping.sourcesFor("Unmapped.Package", config.enabledSources()))
                    .hasMessageContaining("dotnet-eng, dotnet-public, dotnet-libraries, myget-legacy@Local, nuget-build, vside");
            assertThat(config.auditSources().get("nuget.org")).contains("https://api.nuget.org/v3/index.json");
            assertThat(config.fallbackPackageFolders()).isEmpty();
        });
        expect("OmniSharp-omnisharp-roslyn.NuGet.Config", config -> {
            assertSources(config, "AspNetVNext=https://www.myget.org/F/aspnetmaster/api/v2", "NuGet.org2=https://nuget.org/api/v2/");
            assertThat(config.sources()).noneMatch(PackageSource::isV3);
        });
        expect("OpenSim-NGC-Tranquillity.nuget.config", config -> {
            assertSources(config, "nuget.org=https://api.nuget.org/v3/index.json", "github=https://nuget.pkg.github.com/OpenSim-NGC/index.json");
            ConfiguredCredentials github = config.credentials("github").orElseThrow();
            assertThat(github.username()).isEqualTo("%GITHUB_ACTORi%"); // undefined: left as written
            Credentials credentials = github.toCredentials();
            assertThat(credentials.password()).isEqualTo("ghp_corpus_token");
            assertThat(credentials.origin()).contains("OpenSim-NGC-Tranquillity.nuget.config").contains("packageSourceCredentials");
            assertThat(github.toString()).doesNotContain("ghp_corpus_token");
            assertThat(config.credentials("nuget.org")).isEmpty();
            assertThat(config.credentials("GitHub")).as("credential names match ordinally").isEmpty();
        });
        expect("Paket-tests-ClearTextPassword.NuGet.Config", config -> {
            assertThat(config.apiKeys()).extracting(ConfiguredApiKey::target)
                    .containsExactly("https://www.nuget.org", "http://nuget.gw.symbolsource.org/Public/NuGet");
            assertSources(config, "https://www.nuget.org/api/v2/=https://www.nuget.org/api/v2/", "somewhere=https://nuget/somewhere/");
            Credentials somewhere = config.credentials("somewhere").orElseThrow().toCredentials();
            assertThat(somewhere.username()).isEqualTo("myUser");
            assertThat(somewhere.password()).isEqualTo("myPassword");
            assertThat(config.activePackageSource().get("https://www.nuget.org/api/v2/")).contains("https://www.nuget.org/api/v2/");
        });
        expect("Paket-tests-TeamCity-Password.NuGet.Config", config -> {
            assertSources(config, "https://www.nuget.org/api/v2/=https://www.nuget.org/api/v2/",
                    "tc=https://tc/httpAuth/app/nuget/v1/FeedService.svc/");
            ConfiguredCredentials tc = config.credentials("tc").orElseThrow();
            assertThat(tc.username()).isEqualTo("notty");
            assertThat(tc.encryptedPassword()).isTrue();
            assertThat(tc.isReadable()).isFalse();
            assertThatThrownBy(tc::toCredentials).isInstanceOf(UnreadableSecretException.class)
                    .hasMessageContaining("'tc'").hasMessageContaining("Paket-tests-TeamCity-Password.NuGet.Config")
                    .hasMessageContaining("ClearTextPassword").hasMessageContaining("settings.xml <server> with id 'tc'")
                    .hasMessageNotContaining("placeholder-for-password");
        });
        expect("Paket-tests-disabled-myget.NuGet.Config", config -> {
            assertSources(config, "nuget.org=https://www.nuget.org/api/v2/",
                    "MyGetDuality=https://www.myget.org/F/6416d9912a7c4d46bc983870fb440d25/");
            assertThat(config.enabledSources()).extracting(PackageSource::name).containsExactly("nuget.org");
            assertThat(config.packageRestore().bool("enabled")).contains(true);
            assertThat(config.activePackageSource().get("nuget.org")).contains("https://www.nuget.org/api/v2/");
        });
        expect("aws-samples-codeartifact.nuget.template.config", config -> assertSources(config,
                "CODEARTIFACT_DOMAIN_NAME/CODEARTIFACT_REPOSITORY_NAME=https://CODEARTIFACT_DOMAIN_NAME-AWS_ACCOUNT.d.codeartifact"
                        + ".AWS_REGION.amazonaws.com/nuget/CODEARTIFACT_REPOSITORY_NAME/v3/index.json"));
        expect("dependabot-core-disabled-sources.nuget.config", config -> {
            assertSources(config, "MyRepo - ES=https://www.myget.org/F/exceptionless/api/v3/index.json",
                    "Local repo=" + folder().resolve("lib"), "Some disabled source=https://disabled.example/api/v3/index.json");
            assertThat(config.enabledSources()).extracting(PackageSource::name).containsExactly("MyRepo - ES", "Local repo");
            Credentials myRepo = config.credentials("MyRepo - ES").orElseThrow().toCredentials();
            assertThat(myRepo.username()).isEqualTo("my");
            assertThat(myRepo.password()).isEqualTo("passw0rd");
        });
        expect("dependabot-core-docs-example.nuget.config", config -> {
            assertThat(config.config().repositoryPath()).contains(Path.of("/opt/packagehome/External"));
            assertThat(config.config().defaultPushSource()).contains("https://MyRepo/ES/api/v2/package");
            assertSources(config, "NuGet official package source=https://api.nuget.org/v3/index.json",
                    "MyRepo - ES=https://www.myget.org/F/exceptionless/api/v3/index.json", "Local repo=" + folder().resolve("lib"));
            assertThat(config.enabledSources()).hasSize(3);
            assertThat(config.credentials("MyRepo - ES").orElseThrow().username()).isEqualTo("my");
            assertThat(config.apiKeys()).extracting(ConfiguredApiKey::target).containsExactly("https://MyRepo/ES/api/v2/package");
            assertThat(config.packageRestore().bool("automatic")).contains(true);
        });
        expect("dependabot-core-non-ascii-key.nuget.config", config -> assertSources(config,
                "Preview \u2013 Bad Char=https://www.myget.org/F/exceptionless/api/v3/index.json"));
        expect("dependabot-core-numeric-key.nuget.config", config -> assertSources(config,
                "211_Preview=https://www.myget.org/F/exceptionless/api/v3/index.json"));
        expect("dependabot-core-trusted-signers.nuget.config", config -> {
            assertThat(config.sources()).isEmpty();
            assertThat(config.config().signatureValidationMode()).isEqualTo(SignatureValidationMode.REQUIRE);
            assertThat(config.trustedSigners()).extracting(TrustedSigner::name).containsExactly("nuget.org", "pkgs.dev.azure.com");
            assertThat(config.trustedSigners()).allSatisfy(s -> {
                assertThat(s.kind()).isEqualTo(TrustedSigner.Kind.REPOSITORY);
                assertThat(s.certificates()).isEmpty();
            });
            assertThat(config.trustedSigners().get(1).serviceIndex().orElseThrow()).hasToString(
                    "https://pkgs.dev.azure.com/dnceng/public/_packaging/dotnet-libraries/nuget/v3/index.json");
        });
        expect("dependabot-core-v2-endpoints.nuget.config", config -> {
            assertThat(config.sources()).extracting(PackageSource::name).containsExactly("nuget.org", "azure_app_service",
                    "azure_app_service_staging", "fuse_labs", "buildTools", "AspNetVNext");
            assertThat(config.sources()).filteredOn(PackageSource::isV3).extracting(PackageSource::location)
                    .containsExactly("https://dotnet.myget.org/F/aspnetcore-dev/api/v3/index.json");
        });
        expect("dotnet-aspnetcore-3.1-era.NuGet.config", config -> {
            assertThat(config.sources()).hasSize(7);
            assertThat(config.sources()).filteredOn(s -> !s.enabled()).extracting(PackageSource::name).containsExactly(
                    "darc-int-dotnet-core-setup-2ef124f", "darc-int-dotnet-efcore-2056a30", "darc-int-dotnet-extensions-cd7ed27");
            assertThat(config.enabledSources()).extracting(PackageSource::name)
                    .containsExactly("dotnet-eng", "dotnet3.1", "dotnet3.1-transport", "dotnet-public");
        });
        expect("dotnet-runtime.NuGet.config", config -> {
            assertThat(config.enabledSources()).extracting(PackageSource::name).containsExactly("darc-pub-dotnet-emsdk-345373a",
                    "dotnet-public", "dotnet-tools", "dotnet-eng", "dotnet-libraries", "dotnet-libraries-transport", "dotnet8",
                    "dotnet8-transport");
            assertThat(config.fallbackPackageFolders()).isEmpty();
        });
        expect("renovate-myget-auth-guid-trailing-space.NuGet.config", config -> assertSources(config,
                "nuget.org=https://api.nuget.org/v3/index.json", "My Package Source=https://my.myget.org/F/my/auth/guid/api/v3/index.json"));
        expect("renovate-no-packageSources.NuGet.config", config -> {
            assertThat(config.sources()).isEmpty();
            assertThat(config.config().entries()).isEmpty();
            assertThat(config.section("noPackageSources").isEmpty()).isTrue();
        });
        expect("renovate-with-remove-key.NuGet.config", config -> assertSources(config,
                "nuget.org=https://api.nuget.org/v3/index.json", "Contoso=https://contoso.com/packages/"));
        expect("unoplatform-uno-src.nuget.config", config -> {
            assertSources(config, "LocalCache=" + folder().resolve("PackageCache"), "api.nuget.org=https://api.nuget.org/v3/index.json",
                    "Microsoft and .NET=https://www.nuget.org/api/v2/curated-feeds/microsoftdotnet/");
            assertThat(config.enabledSources()).extracting(PackageSource::name).containsExactly("LocalCache", "api.nuget.org");
            assertThat(config.activePackageSource().get("All")).contains("(Aggregate source)");
        });
        expect("zlzforever-MSFramework.nuget.config", config -> {
            assertSources(config, "nuget.cdn=https://nuget.cdn.azure.cn/v3/index.json");
            assertThat(config.sources().get(0).protocolVersion()).isEqualTo(3);
        });
    }

    @Test
    void everyCorpusFileMeetsItsExpectations() {
        for (Map.Entry<String, Consumer<NuGetConfig>> expectation : expectations.entrySet()) {
            Path file = folder().resolve(expectation.getKey());
            NuGetConfig config = NuGetConfig.load(ConfigLocations.onlyFile(file), ENV);
            assertThat(config.files()).containsExactly(file);
            assertThat(config.sources()).allSatisfy(s -> assertThat(s.declaredIn()).isEqualTo(file));
            expectation.getValue().accept(config);
        }
    }

    @Test
    void theMalformedFileFailsWithItsPathAndLine() {
        Path file = folder().resolve("renovate-malformed-not-xml.NuGet.config");
        assertThatThrownBy(() -> NuGetConfig.load(ConfigLocations.onlyFile(file), ENV))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + " (line 1)")
                .hasMessageContaining("not well-formed XML")
                .satisfies(e -> assertThat(((ConfigException) e).file()).contains(file));
    }

    @Test
    void withoutTheVariableAnEnvironmentReferenceStaysAsWritten() {
        Path file = folder().resolve("NuGet-docs-example.nuget.config");
        NuGetConfig config = NuGetConfig.load(ConfigLocations.onlyFile(file), Map.of());
        assertThat(config.config().get("repositoryPath")).contains("%PACKAGEHOME%/External");
        assertThat(config.config().repositoryPath()).contains(folder().resolve("%PACKAGEHOME%/External"));
    }

    @Test
    void everyCorpusFileHasExpectations() {
        List<String> names = Fixtures.files("nuget-config", "").stream().map(p -> p.getFileName().toString()).toList();
        List<String> covered = new java.util.ArrayList<>(expectations.keySet());
        covered.add("renovate-malformed-not-xml.NuGet.config");
        assertThat(covered).containsExactlyInAnyOrderElementsOf(names);
    }

    private void expect(String file, Consumer<NuGetConfig> assertions) {
        expectations.put(file, assertions);
    }

    private static Path folder() {
        return Fixtures.path("nuget-config").toAbsolutePath().normalize();
    }

    /** Sources in order, each "name=location". */
    private static void assertSources(NuGetConfig config, String... expected) {
        assertThat(config.sources()).extracting(s -> s.name() + "=" + s.location()).containsExactly(expected);
    }
}
