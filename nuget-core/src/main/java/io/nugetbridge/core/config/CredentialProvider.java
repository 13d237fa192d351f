package io.nugetbridge.core.config;

import java.util.Optional;

/**
 * One place credentials for a source can come from: the environment, nuget.config, or (in the Maven
 * plugin) a settings.xml {@code <server>}. {@link CredentialChain} asks them in order.
 */
@FunctionalInterface
public interface CredentialProvider {

    Optional<FoundCredentials> find(PackageSource source);
}
