package io.nugetbridge.wagon;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.cloud.AwsCodeArtifactApi;
import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.testing.CodeArtifactStandIn;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CodeArtifact repository's token, asked by the wagon from the endpoint its {@code <server><configuration>}
 * names ({@code codeArtifactEndpoint}, a VPC endpoint) with the AWS SDK's default credential chain, when nothing
 * else has one. The token is asked when the repository is first used (here: the wagon's connection to it); the
 * feed itself, on amazonaws.com, is never contacted by this test.
 */
class WagonCodeArtifactTest {

    private static final String ACCESS_KEY = "AKIATESTWAGON0000001";
    private static final String SECRET_KEY = "wagon-test-secret-key-not-real-0000000000";
    // A repository of this test's own: the token cache is shared by the whole JVM, as in a build.
    private static final String URL = "nuget+https://acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/nuget/"
            + "wagon-endpoint-test/v3/index.json";

    @TempDir
    Path root;

    private final Map<String, String> saved = new java.util.HashMap<>();

    @BeforeEach
    void awsCredentialsOfTheTest() throws Exception {
        set("aws.accessKeyId", ACCESS_KEY);
        set("aws.secretAccessKey", SECRET_KEY);
        set("aws.configFile", Files.createDirectories(root.resolve("aws")).resolve("config").toString());
        set("aws.sharedCredentialsFile", root.resolve("aws/credentials").toString());
    }

    @AfterEach
    void restore() {
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @Test
    void theTokenIsAskedFromTheConfiguredEndpointOnceForTheRepository() throws Exception {
        try (CodeArtifactStandIn aws = new CodeArtifactStandIn(ACCESS_KEY, SECRET_KEY, "wagon-token-1")) {
            WagonServices services = new WagonServices(Map.of(), Files.createDirectories(root.resolve("home")),
                    Files.createDirectories(root.resolve("work")), NuGetLog.SILENT,
                    endpoint -> new AwsCodeArtifactApi(endpoint, AwsCodeArtifactApi.DEFAULT_DURATION));
            WagonSettings settings = new WagonSettings(WagonSettings.defaults().targetFramework(), false, false,
                    Optional.empty(), Optional.empty(), WagonSettings.defaults().pushTimeout(),
                    Optional.of(root.resolve("packages")), Map.of(), Optional.of(aws.endpoint()));
            FeedLocation location = FeedLocation.of("team", URL);

            services.connect(location, settings, Optional.empty(), Optional.empty(), Optional.empty());
            services.connect(location, settings, Optional.empty(), Optional.empty(), Optional.empty());

            assertThat(aws.refusals()).isEmpty();
            assertThat(aws.issued()).singleElement().satisfies(issued -> {
                assertThat(issued.domain()).isEqualTo("acme");
                assertThat(issued.domainOwner()).isEqualTo("111122223333");
                assertThat(issued.region()).isEqualTo("eu-west-1");
            });
        }
    }

    private void set(String name, String value) {
        saved.putIfAbsent(name, System.getProperty(name));
        System.setProperty(name, value);
    }
}
