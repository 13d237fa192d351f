package io.nugetbridge.core.cloud;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;
import software.amazon.awssdk.services.codeartifact.CodeartifactClientBuilder;
import software.amazon.awssdk.services.codeartifact.model.GetAuthorizationTokenResponse;
import software.amazon.awssdk.services.codeartifact.model.PackageFormat;

/**
 * The CodeArtifact API through the AWS SDK for Java 2: tokens from {@code GetAuthorizationToken}, and a
 * repository's NuGet URL from {@code GetRepositoryEndpoint}. Requests are signed with SigV4,
 * with credentials from the SDK's default chain (system properties, environment, web identity for EKS and
 * CI OIDC, the shared profiles including SSO and {@code AWS_PROFILE}, container and instance credentials).
 * The endpoint can be overridden, for VPC endpoints and for tests.
 */
public final class AwsCodeArtifactApi implements CodeArtifactTokenSource {

    /** CodeArtifact's longest (and default) token lifetime. */
    public static final Duration DEFAULT_DURATION = Duration.ofHours(12);

    private final Optional<URI> endpointOverride;
    private final Duration duration;

    public AwsCodeArtifactApi(Optional<URI> endpointOverride, Duration duration) {
        if (duration.compareTo(Duration.ofMinutes(15)) < 0 || duration.compareTo(DEFAULT_DURATION) > 0) {
            throw new IllegalArgumentException("A CodeArtifact token lasts between 15 minutes and 12 hours, not " + duration);
        }
        this.endpointOverride = endpointOverride;
        this.duration = duration;
    }

    @Override
    public CodeArtifactToken fetch(CodeArtifactRepository repository) {
        try (DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
                CodeartifactClient client = client(repository, credentials)) {
            GetAuthorizationTokenResponse response = client.getAuthorizationToken(request -> request
                    .domain(repository.domain())
                    .domainOwner(repository.domainOwner())
                    .durationSeconds(duration.toSeconds()));
            return new CodeArtifactToken(response.authorizationToken(), response.expiration(),
                    "CodeArtifact GetAuthorizationToken (AWS default credential chain)");
        } catch (AwsServiceException e) {
            throw new CloudException("AWS refused a CodeArtifact token for domain '" + repository.domain() + "' (owner "
                    + repository.domainOwner() + ", region " + repository.region() + "): " + e.statusCode() + " "
                    + Optional.ofNullable(e.awsErrorDetails()).map(d -> d.errorMessage()).orElse(e.getMessage())
                    + ". The AWS identity needs codeartifact:GetAuthorizationToken and sts:GetServiceBearerToken;"
                    + " check the domain, owner and region too.", e);
        } catch (SdkClientException e) {
            throw new CloudException("Could not get a CodeArtifact token for domain '" + repository.domain()
                    + "' in " + repository.region() + ": " + e.getMessage() + ". Give AWS credentials (environment,"
                    + " AWS_PROFILE, aws sso login, an instance or container role) or set CODEARTIFACT_AUTH_TOKEN.", e);
        }
    }

    /**
     * The NuGet source URL of a repository, as {@code aws codeartifact login} finds it: the endpoint
     * {@code GetRepositoryEndpoint} answers plus {@code v3/index.json}. Where that call is not allowed, the
     * URL is built from CodeArtifact's documented form, which is what the call answers today.
     */
    public URI sourceUrl(CodeArtifactRepository repository) {
        try (DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
                CodeartifactClient client = client(repository, credentials)) {
            String endpoint = client.getRepositoryEndpoint(request -> request
                    .domain(repository.domain())
                    .domainOwner(repository.domainOwner())
                    .repository(repository.repository())
                    .format(PackageFormat.NUGET)).repositoryEndpoint();
            return URI.create((endpoint.endsWith("/") ? endpoint : endpoint + "/") + "v3/index.json");
        } catch (AwsServiceException e) {
            if (e.statusCode() == 403) {
                return repository.sourceUrl();
            }
            throw new CloudException("AWS could not find the CodeArtifact repository " + repository + ": "
                    + e.statusCode() + " " + Optional.ofNullable(e.awsErrorDetails()).map(d -> d.errorMessage())
                    .orElse(e.getMessage()) + ". Check the domain, owner, region and repository name.", e);
        } catch (SdkClientException e) {
            throw new CloudException("Could not reach the CodeArtifact API for " + repository + ": " + e.getMessage()
                    + ". Give AWS credentials (environment, AWS_PROFILE, aws sso login, an instance or container"
                    + " role), or give the source URL itself (nuget.source).", e);
        }
    }

    private CodeartifactClient client(CodeArtifactRepository repository, DefaultCredentialsProvider credentials) {
        CodeartifactClientBuilder builder = CodeartifactClient.builder()
                .region(Region.of(repository.region()))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create());
        endpointOverride.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
