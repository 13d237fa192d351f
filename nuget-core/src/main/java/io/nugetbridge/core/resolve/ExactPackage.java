package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;

/**
 * A package wanted at exactly one version (a packages.config entry, a Maven {@code nupkg} dependency).
 *
 * @param id        the id as written
 * @param version   the version
 * @param framework the framework it is for, {@link NuGetFramework#ANY} when not said (messages only)
 */
public record ExactPackage(String id, NuGetVersion version, NuGetFramework framework) {

    public ExactPackage {
        framework = framework == null ? NuGetFramework.ANY : framework;
    }
}
