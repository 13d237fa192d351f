package io.nugetbridge.maven;

import io.nugetbridge.core.cloud.CodeArtifactCredentials;
import io.nugetbridge.core.cloud.CodeArtifactRepository;
import io.nugetbridge.core.cloud.CodingRepository;
import io.nugetbridge.core.config.CredentialChain;
import io.nugetbridge.core.config.CredentialProvider;
import io.nugetbridge.core.config.FoundCredentials;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.config.PackageSource;
import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.publish.PushSource;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials and API key a push sends, in the order DESIGN.md gives: explicit parameters, the
 * environment, a settings.xml {@code <server>} (id = the source's name, or {@code nuget.serverId}), then
 * nuget.config. CodeArtifact sources take user {@code aws} and a token (see {@link CodeArtifactCredentials});
 * CODING-AR sources also read {@code CODING_USERNAME}/{@code CODING_TOKEN} and default the API key to
 * {@code api}. A settings.xml server with a password and no user name gives an API key instead.
 */
final class PushCredentials {

    /** What the user gave the mojo directly. */
    record Explicit(Optional<String> username, Optional<String> password, Optional<String> apiKey,
            Optional<String> serverId, Optional<String> codeArtifactToken, boolean allowInsecureConnections) {}

    private final Map<String, String> environment;
    private final NuGetConfig config;
    private final MavenServerCredentials servers;
    private final CodeArtifactCredentials codeArtifact;

    PushCredentials(Map<String, String> environment, NuGetConfig config, MavenServerCredentials servers,
            CodeArtifactCredentials codeArtifact) {
        this.environment = environment;
        this.config = config;
        this.servers = servers;
        this.codeArtifact = codeArtifact;
    }

    /**
     * @param codeArtifact the CodeArtifact repository the source is, when it was built from its coordinates
     *     (its URL then need not have CodeArtifact's form); else it is recognised by its URL
     */
    Endpoint endpointFor(PushSource source, Explicit explicit, Optional<CodeArtifactRepository> codeArtifact) {
        String serverId = explicit.serverId().orElse(source.name());
        Optional<Credentials> server = servers.forServer(serverId);
        boolean serverIsApiKey = server.filter(s -> s.username().isBlank() && !s.password().isBlank()).isPresent();
        Endpoint endpoint = Endpoint.anonymous(source.name())
                .allowingInsecureConnections(source.allowInsecureConnections() || explicit.allowInsecureConnections());
        Optional<CodeArtifactRepository> codeArtifactRepository = codeArtifact
                .or(() -> CodeArtifactRepository.fromSource(source.location()));
        Optional<Credentials> credentials = codeArtifactRepository.isPresent()
                ? Optional.of(codeArtifactCredentials(source, explicit, serverId, codeArtifactRepository.get()))
                : basicCredentials(source, explicit, serverId, serverIsApiKey);
        endpoint = credentials.map(endpoint::withCredentials).orElse(endpoint);
        Optional<String> apiKey = explicit.apiKey().filter(k -> !k.isBlank())
                .or(() -> Optional.ofNullable(environment.get("NUGET_API_KEY")).filter(k -> !k.isBlank()))
                .or(() -> serverIsApiKey ? server.map(Credentials::password) : Optional.empty())
                .or(() -> CodingRepository.fromSource(source.location()).map(c -> CodingRepository.API_KEY));
        return apiKey.map(endpoint::withApiKey).orElse(endpoint);
    }

    /**
     * The order restore and the wagon use too: the goal's own token or user name and password,
     * {@code CODEARTIFACT_AUTH_TOKEN}, what is configured for the source (the environment, settings.xml, nuget.config
     * as {@code aws codeartifact login} writes it; a server's lone password is the token), and only then a token
     * fetched with the AWS credential chain.
     */
    private Credentials codeArtifactCredentials(PushSource source, Explicit explicit, String serverId,
            CodeArtifactRepository repository) {
        Optional<Credentials> given = CodeArtifactCredentials.explicitToken(explicit.codeArtifactToken(),
                "nuget.codeArtifact.token").or(() -> explicitBasic(explicit));
        Optional<Credentials> configured = configuredChain(serverId, false).credentialsFor(asConfigured(source, explicit));
        return this.codeArtifact.resolve(repository, given, configured);
    }

    private Optional<Credentials> basicCredentials(PushSource source, Explicit explicit, String serverId,
            boolean serverIsApiKey) {
        if (explicitBasic(explicit).isPresent()) {
            return explicitBasic(explicit);
        }
        CredentialChain chain = configuredChain(serverId, serverIsApiKey);
        if (CodingRepository.fromSource(source.location()).isPresent()) {
            chain = chain.startingWith(s -> codingFromEnvironment());
        }
        return chain.credentialsFor(asConfigured(source, explicit));
    }

    private static Optional<Credentials> explicitBasic(Explicit explicit) {
        return explicit.username().isPresent() || explicit.password().isPresent()
                ? Optional.of(new Credentials(explicit.username().orElse(""), explicit.password().orElse(""),
                        "the nuget.username and nuget.password parameters"))
                : Optional.empty();
    }

    /** The environment, the settings.xml server (unless its password is an API key), then nuget.config. */
    private CredentialChain configuredChain(String serverId, boolean serverIsApiKey) {
        CredentialProvider settingsServer = s -> serverIsApiKey ? Optional.empty()
                : servers.forServer(serverId).map(FoundCredentials::of);
        return CredentialChain.standard(environment, config, Optional.of(settingsServer));
    }

    private static PackageSource asConfigured(PushSource source, Explicit explicit) {
        return source.configured()
                .orElseGet(() -> PackageSource.given(source.name(), source.location(), explicit.allowInsecureConnections()));
    }

    private Optional<FoundCredentials> codingFromEnvironment() {
        return CodingRepository.environmentCredentials(environment).map(FoundCredentials::of);
    }
}
