package io.nugetbridge.core.config;

import io.nugetbridge.core.cloud.CodeArtifactCredentials;
import io.nugetbridge.core.cloud.CodingRepository;
import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How to talk to a source that is named by its location (a Maven repository URL, a push target), with the
 * credentials in the project's order (DESIGN.md, "Credentials, in order"): the environment, then what the
 * caller already has for it (the Maven {@code <server>}, decrypted), then nuget.config; for AWS CodeArtifact
 * {@code CODEARTIFACT_AUTH_TOKEN}, then those, then a token from the AWS credential chain; for CODING-AR
 * {@code CODING_USERNAME}/{@code CODING_TOKEN} first and the API key {@code api} by default, as {@code nuget:push}
 * (see {@link CredentialChain#withCloudFeeds}).
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
        PackageSource source = configured(location).orElseGet(() -> PackageSource.given(name, location, false));
        Optional<Credentials> credentials = CredentialChain.standard(environment, config,
                Optional.of(ignored -> given.map(FoundCredentials::of))).withCloudFeeds(environment, codeArtifact)
                .credentialsFor(source);
        // As nuget:push: the caller's key, NuGet's NUGET_API_KEY, then CODING-AR's placeholder.
        Optional<String> key = apiKey.filter(k -> !k.isBlank())
                .or(() -> Optional.ofNullable(environment.get("NUGET_API_KEY")).filter(k -> !k.isBlank()))
                .or(() -> CodingRepository.fromSource(location).map(c -> CodingRepository.API_KEY));
        Endpoint endpoint = Endpoint.anonymous(name)
                .allowingInsecureConnections(allowInsecure || source.allowInsecureConnections())
                .withApiKey(key.orElse(null));
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
