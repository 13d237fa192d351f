package io.nugetbridge.maven;

import io.nugetbridge.core.cloud.AwsCodeArtifactApi;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The CodeArtifact API as {@code nuget.codeArtifact.endpoint} and {@code nuget.codeArtifact.tokenDuration} describe
 * it, for the goals that fetch tokens; a value that cannot be used is the user's to fix, named with its property.
 */
final class CodeArtifactApiSettings {

    private CodeArtifactApiSettings() {}

    static AwsCodeArtifactApi api(String endpoint, long tokenDurationSeconds) throws MojoFailureException {
        URI override = null;
        if (endpoint != null && !endpoint.isBlank()) {
            try {
                override = URI.create(endpoint.trim());
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("nuget.codeArtifact.endpoint '" + endpoint + "' is not a URL: " + e.getMessage()
                        + ". Give the endpoint as https://codeartifact.<region>.amazonaws.com or your VPC endpoint's URL.", e);
            }
            if (override.getScheme() == null || override.getHost() == null) {
                throw new MojoFailureException("nuget.codeArtifact.endpoint '" + endpoint + "' is not a URL with a host."
                        + " Give the endpoint as https://codeartifact.<region>.amazonaws.com or your VPC endpoint's URL.");
            }
        }
        try {
            return new AwsCodeArtifactApi(Optional.ofNullable(override), Duration.ofSeconds(tokenDurationSeconds));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("nuget.codeArtifact.tokenDuration " + tokenDurationSeconds + ": " + e.getMessage()
                    + ". Give a number of seconds from 900 to 43200, or 0 for as long as the AWS session.", e);
        }
    }
}
