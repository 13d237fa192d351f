package io.nugetbridge.core.config;

import io.nugetbridge.core.cloud.CodeArtifactCredentials;
import io.nugetbridge.core.cloud.CloudException;
import io.nugetbridge.core.cloud.CodeArtifactRepository;
import io.nugetbridge.core.cloud.CodingRepository;
import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.SafeUri;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places credentials for a source are looked for, in order; the first that has an answer wins.
 * The project's order (DESIGN.md, "Credentials, in order") is: an explicit parameter, the environment,
 * a settings.xml {@code <server>} whose id is the source's name, then nuget.config.
 *
 * <pre>{@code
 * CredentialChain chain = CredentialChain.standard(env, config, Optional.of(mavenServers));
 * Optional<Credentials> credentials = chain.credentialsFor(source); // throws if only an encrypted one exists
 * }</pre>
 */
public final class CredentialChain {

    private final List<CredentialProvider> providers;

    public CredentialChain(List<CredentialProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /**
     * Environment, then {@code between} (the Maven plugin's settings.xml servers), then nuget.config.
     */
    public static CredentialChain standard(Map<String, String> environment, NuGetConfig config,
            Optional<CredentialProvider> between) {
        List<CredentialProvider> providers = new ArrayList<>();
        providers.add(new EnvironmentCredentials(environment));
        between.ifPresent(providers::add);
        providers.add(configFile(config));
        return new CredentialChain(providers);
    }

    /** The {@code <packageSourceCredentials>} of the source, as a provider. */
    public static CredentialProvider configFile(NuGetConfig config) {
        return source -> config.credentials(source.name()).map(found -> found.isReadable()
                ? FoundCredentials.of(found.toCredentials())
                : FoundCredentials.unreadable(found.origin(),
                        UnreadableSecretException.encryptedPassword(source.name(), found.declaredIn(), found.line())));
    }

    /** This chain with {@code first} asked before all others (an explicit parameter). */
    public CredentialChain startingWith(CredentialProvider first) {
        List<CredentialProvider> all = new ArrayList<>();
        all.add(first);
        all.addAll(providers);
        return new CredentialChain(all);
    }

    /**
     * This chain for sources that may be cloud feeds, as every goal and the wagon treat them. A CodeArtifact
     * repository URL gets user {@code aws} and a token: {@code CODEARTIFACT_AUTH_TOKEN}, else the first readable
     * credentials this chain has for the source (a settings.xml server, nuget.config), else a token from
     * {@code GetAuthorizationToken} with the AWS credential chain, fetched only when the source is first asked. A
     * CODING-AR URL is given {@code CODING_USERNAME}/{@code CODING_TOKEN} before the rest of the chain.
     */
    public CredentialChain withCloudFeeds(Map<String, String> environment, CodeArtifactCredentials codeArtifact) {
        CredentialChain rest = this;
        return startingWith(source -> {
            Optional<CodeArtifactRepository> repository = CodeArtifactRepository.fromSource(source.location());
            if (repository.isPresent()) {
                Optional<Credentials> known = rest.find(source).filter(FoundCredentials::isReadable)
                        .map(FoundCredentials::credentials);
                return Optional.of(FoundCredentials.of(codeArtifact.resolve(repository.get(), Optional.empty(), known)));
            }
            if (CodeArtifactRepository.looksLikeButIsNot(source.location()) && rest.find(source).isEmpty()) {
                throw new CloudException("The source '" + source.name() + "' (" + shown(source.location())
                        + ") is on a CodeArtifact host but not in the form of a CodeArtifact NuGet URL, "
                        + CodeArtifactRepository.FORM + ", so no token can be fetched for it. Write it in that form (as"
                        + " `aws codeartifact login --tool dotnet` does), or give its credentials.");
            }
            return CodingRepository.fromSource(source.location()).isPresent()
                    ? CodingRepository.environmentCredentials(environment).map(FoundCredentials::of)
                    : Optional.empty();
        });
    }

    private static String shown(String location) {
        try {
            return SafeUri.of(java.net.URI.create(location.trim()));
        } catch (IllegalArgumentException e) {
            return "a URL that is not valid";
        }
    }

    /** The first answer for the source, readable or not. */
    public Optional<FoundCredentials> find(PackageSource source) {
        for (CredentialProvider provider : providers) {
            Optional<FoundCredentials> found = provider.find(source);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The credentials to send to the source, if any; an {@link UnreadableSecretException} when the
     * first place that has some only has an encrypted password.
     */
    public Optional<Credentials> credentialsFor(PackageSource source) {
        return find(source).map(FoundCredentials::credentials);
    }
}
