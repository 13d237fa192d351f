package io.nugetbridge.core.cloud;

import io.nugetbridge.core.http.CredentialRenewal;
import io.nugetbridge.core.http.Credentials;
import java.util.Optional;

/**
 * A token this build fetched from AWS, fetched again when the repository refuses it: CodeArtifact tokens run
 * out (after {@code tokenDuration}, at most 12 hours, or with the role session that asked for them), and a
 * long build, or a Maven daemon, outlives them.
 */
final class FetchedTokenRenewal implements CredentialRenewal {

    private final CodeArtifactRepository repository;
    private final CodeArtifactTokens tokens;

    FetchedTokenRenewal(CodeArtifactRepository repository, CodeArtifactTokens tokens) {
        this.repository = repository;
        this.tokens = tokens;
    }

    @Override
    public Optional<Credentials> renew(Credentials refused) {
        CodeArtifactToken fresh = tokens.replace(repository, refused.password());
        return Optional.of(new Credentials(CodeArtifactCredentials.USERNAME, fresh.value(), fresh.origin()).renewedBy(this));
    }

    @Override
    public Optional<String> adviceWhenRefused(Credentials refused) {
        return Optional.of("The token was fetched from AWS for this build, and a new one was refused too: check that"
                + " the AWS identity may use " + repository + " (codeartifact:ReadFromRepository, and"
                + " codeartifact:PublishPackageVersion to push) and that the repository's policy lets it in.");
    }
}
