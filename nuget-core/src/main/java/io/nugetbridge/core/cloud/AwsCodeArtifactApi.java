package io.nugetbridge.core.cloud;

import io.nugetbridge.core.http.LibraryLogging;
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

    /**
     * @param duration how long tokens should last: 15 minutes to 12 hours, or zero for as long as the AWS
     *                 session that asks (what {@code aws codeartifact get-authorization-token --duration-seconds 0}
     *                 means)
     */
    public AwsCodeArtifactApi(Optional<URI> endpointOverride, Duration duration) {
        if (!duration.isZero() && (duration.compareTo(Duration.ofMinutes(15)) < 0 || duration.compareTo(DEFAULT_DURATION) > 0)) {
            throw new IllegalArgumentException("A CodeArtifact token lasts between 15 minutes and 12 hours (or 0: as long"
                    + " as the AWS session), not " + duration);
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
            throw AwsRefusals.tokenRefused(repository, e);
        } catch (SdkClientException e) {
            throw AwsRefusals.noToken(repository, e);
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
            if (e.statusCode() == 403 && !AwsRefusals.isAboutTheCaller(e)) {
                return repository.sourceUrl(); // not allowed to ask, but the documented form is the answer
            }
            throw AwsRefusals.endpointRefused(repository, e);
        } catch (SdkClientException e) {
            throw AwsRefusals.noEndpoint(repository, e);
        }
    }

    private CodeartifactClient client(CodeArtifactRepository repository, DefaultCredentialsProvider credentials) {
        // Before the SDK's signer classes load: at debug level they print the canonical request, session token included.
        LibraryLogging.keepSecretsOutOfLibraryLogs();
        CodeartifactClientBuilder builder = CodeartifactClient.builder()
                .region(Region.of(repository.region()))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create());
        endpointOverride.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
