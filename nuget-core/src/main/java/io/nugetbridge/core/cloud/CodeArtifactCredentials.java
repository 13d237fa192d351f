package io.nugetbridge.core.cloud;

import io.nugetbridge.core.http.Credentials;
import java.util.Map;
import java.util.Optional;

/**
 * The Basic credentials for a CodeArtifact repository: user {@code aws} and a token, taken in this order
 * from an explicit token, the {@code CODEARTIFACT_AUTH_TOKEN} environment variable (what
 * {@code aws codeartifact get-authorization-token} is usually stored in), a settings.xml server, and
 * finally a token fetched from AWS with the default credential chain.
 */
public final class CodeArtifactCredentials {

    public static final String USERNAME = "aws";
    public static final String TOKEN_VARIABLE = "CODEARTIFACT_AUTH_TOKEN";

    private final Map<String, String> environment;
    private final CodeArtifactTokens tokens;

    public CodeArtifactCredentials(Map<String, String> environment, CodeArtifactTokens tokens) {
        this.environment = Map.copyOf(environment);
        this.tokens = tokens;
    }

    /**
     * @param explicitToken  a token given as a parameter, with a description of that parameter
     * @param settingsServer credentials of a settings.xml server for this source (its password is the token)
     */
    public Credentials resolve(CodeArtifactRepository repository, Optional<String> explicitToken, String explicitOrigin,
            Optional<Credentials> settingsServer) {
        if (explicitToken.filter(t -> !t.isBlank()).isPresent()) {
            return new Credentials(USERNAME, explicitToken.get().trim(), explicitOrigin);
        }
        String fromEnvironment = environment.get(TOKEN_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new Credentials(USERNAME, fromEnvironment.trim(), "the " + TOKEN_VARIABLE + " environment variable");
        }
        if (settingsServer.isPresent()) {
            Credentials server = settingsServer.get();
            String user = server.username().isBlank() ? USERNAME : server.username();
            return new Credentials(user, server.password(), server.origin());
        }
        CodeArtifactToken token = tokens.get(repository);
        return new Credentials(USERNAME, token.value(), token.origin());
    }
}
