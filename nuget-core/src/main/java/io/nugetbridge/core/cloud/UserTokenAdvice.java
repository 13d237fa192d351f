package io.nugetbridge.core.cloud;

import io.nugetbridge.core.http.CredentialRenewal;
import io.nugetbridge.core.http.Credentials;
import java.util.Optional;

/**
 * A CodeArtifact token the user gave (environment, settings.xml, nuget.config, a parameter) cannot be renewed
 * here; when the repository refuses it, it has most likely run out, and the user is told how to get another.
 */
final class UserTokenAdvice implements CredentialRenewal {

    private final CodeArtifactRepository repository;

    UserTokenAdvice(CodeArtifactRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Credentials> renew(Credentials refused) {
        return Optional.empty();
    }

    @Override
    public Optional<String> adviceWhenRefused(Credentials refused) {
        return Optional.of("A CodeArtifact token lasts 12 hours at most, so the one from " + refused.origin()
                + " has probably expired. Get a new one with `aws codeartifact get-authorization-token --domain "
                + repository.domain() + " --domain-owner " + repository.domainOwner() + " --region "
                + repository.region() + " --query authorizationToken --output text` (for " + CodeArtifactCredentials.TOKEN_VARIABLE
                + ") or `aws codeartifact login --tool dotnet --domain " + repository.domain() + " --domain-owner "
                + repository.domainOwner() + " --repository " + repository.repository() + " --region "
                + repository.region() + "`; or remove it, and the build fetches tokens itself with your AWS credentials.");
    }
}
