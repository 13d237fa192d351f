package io.nugetbridge.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.cloud.CloudException;
import io.nugetbridge.core.cloud.CodeArtifactCredentials;
import io.nugetbridge.core.cloud.CodeArtifactRepository;
import io.nugetbridge.core.cloud.CodeArtifactToken;
import io.nugetbridge.core.cloud.CodeArtifactTokens;
import io.nugetbridge.core.http.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CredentialChain#withCloudFeeds}: what nuget:restore (and the wagon, through {@link SourceEndpoints}) sends to
 * a CodeArtifact or CODING-AR source of nuget.config, in DESIGN.md's order, a CodeArtifact token fetched only when
 * nothing else has one.
 */
class CloudFeedCredentialsTest {

    // A repository of this test's own: the token cache is shared by everything in the JVM, as in a build.
    private static final String CODE_ARTIFACT = "https://acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/nuget/"
            + "cloud-feed-credentials-test/v3/index.json";
    private static final String CODING = "https://team-nuget.pkg.coding.net/project/repo/v3/index.json";

    @TempDir
    Path temp;

    private final AtomicInteger fetched = new AtomicInteger();

    @Test
    void aCodeArtifactSourceGetsAFetchedTokenForUserAwsWhenNothingElseHasOne() throws Exception {
        NuGetConfig config = config("<configuration><packageSources><add key=\"ca\" value=\"" + CODE_ARTIFACT
                + "\" /></packageSources></configuration>");

        Optional<Credentials> credentials = chain(Map.of(), config).credentialsFor(config.sources().get(0));

        assertThat(credentials).hasValueSatisfying(c -> {
            assertThat(c.username()).isEqualTo("aws");
            assertThat(c.password()).isEqualTo("fetched-token-1");
            assertThat(c.origin()).isEqualTo("the test's token source");
        });
        // Asked again (another source of the same repository, or the wagon in the same build): the cached token.
        chain(Map.of(), config).credentialsFor(config.sources().get(0));
        assertThat(fetched).hasValue(1);
    }

    @Test
    void theEnvironmentTokenThenNugetConfigsCredentialsComeBeforeFetchingOne() throws Exception {
        NuGetConfig config = config("<configuration><packageSources><add key=\"ca\" value=\"" + CODE_ARTIFACT
                + "\" /></packageSources><packageSourceCredentials><ca><add key=\"Username\" value=\"aws\" />"
                + "<add key=\"ClearTextPassword\" value=\"from-config\" /></ca></packageSourceCredentials></configuration>");
        PackageSource source = config.sources().get(0);

        assertThat(chain(Map.of("CODEARTIFACT_AUTH_TOKEN", "from-env"), config).credentialsFor(source))
                .hasValueSatisfying(c -> assertThat(c.password()).isEqualTo("from-env"));
        assertThat(chain(Map.of(), config).credentialsFor(source))
                .hasValueSatisfying(c -> assertThat(c.password()).isEqualTo("from-config"));
        assertThat(fetched).hasValue(0);
    }

    @Test
    void aCodingSourceTakesTheCodingVariablesFirstAndOtherSourcesAreLeftAlone() throws Exception {
        NuGetConfig config = config("<configuration><packageSources><add key=\"coding\" value=\"" + CODING + "\" />"
                + "<add key=\"other\" value=\"https://feed.example.com/v3/index.json\" /></packageSources>"
                + "<packageSourceCredentials><coding><add key=\"Username\" value=\"cfg\" />"
                + "<add key=\"ClearTextPassword\" value=\"from-config\" /></coding></packageSourceCredentials></configuration>");
        List<PackageSource> sources = config.sources();
        Map<String, String> environment = Map.of("CODING_USERNAME", "dev", "CODING_TOKEN", "pat");

        assertThat(chain(environment, config).credentialsFor(sources.get(0)))
                .hasValueSatisfying(c -> assertThat(c.username() + ":" + c.password()).isEqualTo("dev:pat"));
        assertThat(chain(Map.of(), config).credentialsFor(sources.get(0)))
                .hasValueSatisfying(c -> assertThat(c.password()).isEqualTo("from-config"));
        assertThat(chain(environment, config).credentialsFor(sources.get(1))).isEmpty();
        assertThat(fetched).hasValue(0);
    }

    @Test
    void aUrlOnACodeArtifactHostThatIsNotARepositoryUrlSaysWhyItGetsNoToken() throws Exception {
        String maven = CODE_ARTIFACT.replace("/nuget/", "/maven/");
        NuGetConfig config = config("<configuration><packageSources><add key=\"ca\" value=\"" + maven + "\" />"
                + "<add key=\"port\" value=\"" + CODE_ARTIFACT.replace(".com/", ".com:443/") + "/\" />"
                + "</packageSources></configuration>");

        assertThatThrownBy(() -> chain(Map.of(), config).credentialsFor(config.sources().get(0)))
                .isInstanceOf(CloudException.class)
                .hasMessageContaining("The source 'ca' (" + maven + ") is on a CodeArtifact host but not in the form")
                .hasMessageContaining(CodeArtifactRepository.FORM);
        assertThat(chain(Map.of(), config).credentialsFor(config.sources().get(1)))
                .as("an explicit :443 and a trailing slash are the same repository")
                .hasValueSatisfying(c -> assertThat(c.username()).isEqualTo("aws"));
    }

    private CredentialChain chain(Map<String, String> environment, NuGetConfig config) {
        return CredentialChain.standard(environment, config, Optional.empty())
                .withCloudFeeds(environment, new CodeArtifactCredentials(environment, tokens));
    }

    private final CodeArtifactTokens tokens = CodeArtifactTokens.shared(repository -> new CodeArtifactToken(
            "fetched-token-" + fetched.incrementAndGet(), Instant.now().plusSeconds(3600), "the test's token source"));

    private NuGetConfig config(String xml) throws Exception {
        Path file = Files.writeString(temp.resolve("nuget.config"), xml);
        return NuGetConfig.load(ConfigLocations.onlyFile(file), Map.of());
    }
}
