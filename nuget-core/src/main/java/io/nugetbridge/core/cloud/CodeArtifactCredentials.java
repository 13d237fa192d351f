package io.nugetbridge.core.cloud;

import io.nugetbridge.core.http.Credentials;
import java.util.Map;
import java.util.Optional;

/**
 * The Basic credentials for a CodeArtifact repository: user {@code aws} and a token, taken in this order
 * from what the user gave explicitly (a token or a user name and password), the {@code CODEARTIFACT_AUTH_TOKEN}
 * environment variable (what {@code aws codeartifact get-authorization-token} is usually stored in), the
 * credentials the user configured for the source (a settings.xml server, {@code NuGetPackageSourceCredentials_*},
 * nuget.config's {@code packageSourceCredentials} as {@code aws codeartifact login} or
 * {@code dotnet nuget add source -u aws -p TOKEN} write them), and finally a token fetched from AWS with the
 * default credential chain. A token fetched here is fetched again when the repository refuses it (it ran
 * out during a long build); one the user gave cannot be, so its refusal says how to get a new one.
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
     * @param explicit credentials given to the goal itself (its token parameter as user {@code aws}, or its
     *                 user name and password)
     * @param known    the first readable credentials configured for the source elsewhere (settings.xml,
     *                 the environment, nuget.config); a blank user name there means {@code aws}
     */
    public Credentials resolve(CodeArtifactRepository repository, Optional<Credentials> explicit,
            Optional<Credentials> known) {
        UserTokenAdvice advice = new UserTokenAdvice(repository);
        Optional<Credentials> given = explicit.filter(c -> !c.password().isBlank())
                .or(() -> Optional.ofNullable(environment.get(TOKEN_VARIABLE)).filter(t -> !t.isBlank())
                        .map(t -> new Credentials(USERNAME, t.trim(), "the " + TOKEN_VARIABLE + " environment variable")))
                .or(() -> known.map(c -> c.username().isBlank()
                        ? new Credentials(USERNAME, c.password(), c.origin()) : c));
        if (given.isPresent()) {
            return given.get().renewedBy(advice);
        }
        CodeArtifactToken token = tokens.get(repository);
        return new Credentials(USERNAME, token.value(), token.origin())
                .renewedBy(new FetchedTokenRenewal(repository, tokens));
    }

    /** The token parameter of a goal as credentials for {@link #resolve}. */
    public static Optional<Credentials> explicitToken(Optional<String> token, String parameter) {
        return token.filter(t -> !t.isBlank()).map(t -> new Credentials(USERNAME, t.trim(), "the " + parameter + " parameter"));
    }
}
