package io.nugetbridge.core.config;

import io.nugetbridge.core.cloud.CodeArtifactCredentials;
import io.nugetbridge.core.cloud.CodeArtifactRepository;
import io.nugetbridge.core.feed.SourceKind;
import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How to talk to a source that is named by its location (a Maven repository URL, a push target), with the
 * credentials in the project's order (DESIGN.md, "Credentials, in order"): the environment, then what the
 * caller already has for it (the Maven {@code <server>}, decrypted), then nuget.config; for AWS CodeArtifact
 * {@code CODEARTIFACT_AUTH_TOKEN}, the caller's, then a token from the AWS credential chain.
 *
 * <p>When nuget.config declares a source at the same location, its name is the one credentials are looked up
 * by ({@code NuGetPackageSourceCredentials_<name>}, {@code <packageSourceCredentials>}) and its
 * {@code allowInsecureConnections} counts; otherwise the caller's name is.
 */
public final class SourceEndpoints {

    private final Map<String, String> environment;
    private final NuGetConfig config;
    private final CodeArtifactCredentials codeArtifact;

    public SourceEndpoints(Map<String, String> environment, NuGetConfig config, CodeArtifactCredentials codeArtifact) {
        this.environment = Map.copyOf(environment);
        this.config = config;
        this.codeArtifact = codeArtifact;
    }

    /**
     * @param name          the source's name in messages (the Maven repository id, which is also its server id)
     * @param location      an http(s) URL or a folder
     * @param given         credentials the caller has for the source, with their origin
     * @param apiKey        the API key for pushes, if the caller has one
     * @param allowInsecure whether the caller allows plain http to other hosts than this machine
     * @throws UnreadableSecretException when the first place with credentials only has an encrypted password
     */
    public Endpoint resolve(String name, String location, Optional<Credentials> given, Optional<String> apiKey,
            boolean allowInsecure) {
        PackageSource source = configured(location).orElseGet(() -> new PackageSource(name, location,
                SourceKind.of(location, Optional.empty()) == SourceKind.V3 ? 3 : 2, false, false, true, Path.of(""), 0));
        Optional<Credentials> credentials = CodeArtifactRepository.fromSource(location)
                .map(repository -> Optional.of(codeArtifact.resolve(repository, Optional.empty(), "", given)))
                .orElseGet(() -> CredentialChain.standard(environment, config,
                        Optional.of(ignored -> given.map(FoundCredentials::of))).credentialsFor(source));
        Endpoint endpoint = Endpoint.anonymous(name)
                .allowingInsecureConnections(allowInsecure || source.allowInsecureConnections())
                .withApiKey(apiKey.filter(key -> !key.isBlank()).orElse(null));
        return credentials.map(endpoint::withCredentials).orElse(endpoint);
    }

    /** The nuget.config source at this location, compared ignoring case and a trailing slash. */
    private Optional<PackageSource> configured(String location) {
        String wanted = comparable(location);
        return config.sources().stream().filter(s -> comparable(s.location()).equals(wanted)).findFirst();
    }

    private static String comparable(String location) {
        String trimmed = location.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
