package io.nugetbridge.core.cloud;

import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * What to tell the user when AWS would not give a CodeArtifact token or endpoint: what to do first, then AWS's own
 * words once. The SDK's long list of every credential provider it tried stays in the cause, for {@code -e}/{@code -X}.
 */
final class AwsRefusals {

    /** AWS's error codes for a request whose signature or key is wrong, not one the identity lacks rights for. */
    private static final Set<String> SIGNATURE_CODES = Set.of("InvalidSignatureException", "SignatureDoesNotMatch",
            "IncompleteSignatureException");
    private static final Set<String> UNKNOWN_KEY_CODES = Set.of("UnrecognizedClientException", "InvalidClientTokenId",
            "MissingAuthenticationTokenException");
    private static final Set<String> EXPIRED_CODES = Set.of("ExpiredTokenException", "ExpiredToken", "RequestExpired");

    private static final String GIVE_CREDENTIALS = "Give AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
            + " (with AWS_SESSION_TOKEN for temporary ones), a profile (AWS_PROFILE; `aws sso login` first for SSO),"
            + " or an instance or container role; or set CODEARTIFACT_AUTH_TOKEN to a token";

    private AwsRefusals() {}

    static CloudException tokenRefused(CodeArtifactRepository repository, AwsServiceException e) {
        String what = "AWS refused a CodeArtifact token for domain '" + repository.domain() + "' (owner "
                + repository.domainOwner() + ", region " + repository.region() + ")";
        return new CloudException(what + ": " + callerProblem(e).orElseGet(() -> e.statusCode() + " " + awsSays(e)
                + " The AWS identity needs codeartifact:GetAuthorizationToken and sts:GetServiceBearerToken on the"
                + " domain; check the domain, owner and region too."), e);
    }

    static CloudException endpointRefused(CodeArtifactRepository repository, AwsServiceException e) {
        return new CloudException("AWS would not give the URL of " + repository + ": " + callerProblem(e)
                .orElseGet(() -> e.statusCode() + " " + awsSays(e) + " Check the domain, owner, region and repository"
                        + " name."), e);
    }

    static CloudException noToken(CodeArtifactRepository repository, SdkClientException e) {
        return new CloudException("Could not get a CodeArtifact token for domain '" + repository.domain() + "' in "
                + repository.region() + ": " + clientProblem(e) + ".", e);
    }

    static CloudException noEndpoint(CodeArtifactRepository repository, SdkClientException e) {
        return new CloudException("Could not ask the CodeArtifact API for the URL of " + repository + ": "
                + clientProblem(e) + "; or give the source URL itself (nuget.source).", e);
    }

    /** Whether AWS turned the caller away (signature, key, expiry) rather than the request. */
    static boolean isAboutTheCaller(AwsServiceException e) {
        return callerProblem(e).isPresent();
    }

    private static Optional<String> callerProblem(AwsServiceException e) {
        String code = Optional.ofNullable(e.awsErrorDetails()).map(d -> d.errorCode()).orElse("");
        if (SIGNATURE_CODES.contains(code)) {
            return Optional.of("the request's signature was refused (" + code + "). Check the secret access key"
                    + " (AWS_SECRET_ACCESS_KEY, or the profile's aws_secret_access_key) and that this machine's clock is"
                    + " right: AWS refuses signatures more than 5 minutes off.");
        }
        if (UNKNOWN_KEY_CODES.contains(code)) {
            return Optional.of("AWS does not know the access key or session token (" + code + "). Check"
                    + " AWS_ACCESS_KEY_ID, and AWS_SESSION_TOKEN for temporary credentials, or the profile in use.");
        }
        if (EXPIRED_CODES.contains(code)) {
            return Optional.of("the AWS credentials have expired (" + code + "). Renew them (`aws sso login`, or new"
                    + " temporary credentials) and run again.");
        }
        return Optional.empty();
    }

    /** AWS's message once, ending in one full stop. */
    private static String awsSays(AwsServiceException e) {
        String text = Optional.ofNullable(e.awsErrorDetails()).map(d -> d.errorMessage())
                .filter(m -> m != null && !m.isBlank()).orElse("(no message)").strip();
        return text.endsWith(".") ? text : text + ".";
    }

    private static String clientProblem(SdkClientException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Unable to load credentials")) {
            return "no AWS credentials were found. " + GIVE_CREDENTIALS + " (run with -e to see every place the AWS SDK"
                    + " looked)";
        }
        String firstSentence = message.split("(?<=\\.)\\s", 2)[0];
        return firstSentence.replaceAll("\\.$", "") + ". Check the network and the endpoint (nuget.codeArtifact.endpoint"
                + " for a VPC endpoint). " + GIVE_CREDENTIALS;
    }
}
