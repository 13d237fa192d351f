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
                ? Optional.of(this.codeArtifact.resolve(codeArtifactRepository.get(), explicit.codeArtifactToken(),
                        "the nuget.codeArtifactToken parameter", server))
                : basicCredentials(source, explicit, serverId, serverIsApiKey);
        endpoint = credentials.map(endpoint::withCredentials).orElse(endpoint);
        Optional<String> apiKey = explicit.apiKey().filter(k -> !k.isBlank())
                .or(() -> Optional.ofNullable(environment.get("NUGET_API_KEY")).filter(k -> !k.isBlank()))
                .or(() -> serverIsApiKey ? server.map(Credentials::password) : Optional.empty())
                .or(() -> CodingRepository.fromSource(source.location()).map(c -> CodingRepository.API_KEY));
        return apiKey.map(endpoint::withApiKey).orElse(endpoint);
    }

    private Optional<Credentials> basicCredentials(PushSource source, Explicit explicit, String serverId,
            boolean serverIsApiKey) {
        if (explicit.username().isPresent() || explicit.password().isPresent()) {
            return Optional.of(new Credentials(explicit.username().orElse(""), explicit.password().orElse(""),
                    "the nuget.username and nuget.password parameters"));
        }
        PackageSource asConfigured = source.configured()
                .orElseGet(() -> PackageSource.given(source.name(), source.location(), explicit.allowInsecureConnections()));
        CredentialProvider settingsServer = s -> serverIsApiKey ? Optional.empty()
                : servers.forServer(serverId).map(FoundCredentials::of);
        CredentialChain chain = CredentialChain.standard(environment, config, Optional.of(settingsServer));
        if (CodingRepository.fromSource(source.location()).isPresent()) {
            chain = chain.startingWith(s -> codingFromEnvironment());
        }
        return chain.credentialsFor(asConfigured);
    }

    private Optional<FoundCredentials> codingFromEnvironment() {
        return CodingRepository.environmentCredentials(environment).map(FoundCredentials::of);
    }
}
