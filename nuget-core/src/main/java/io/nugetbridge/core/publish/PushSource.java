package io.nugetbridge.core.publish;

import io.nugetbridge.core.config.PackageSource;
import java.util.Optional;

/**
 * Where a push goes, once resolved: the location (URL or folder), the name credentials are looked up by,
 * and the nuget.config entry it matched, if any (which brings its protocol version and whether plain
 * {@code http://} is allowed).
 *
 * @param name      the configured source's name, or the location itself when it matched none
 * @param location  an absolute URL or folder path
 * @param configured the nuget.config source it is, when it is one
 * @param how       how it was chosen, for messages ("nuget.source", "defaultPushSource in /x/nuget.config")
 */
public record PushSource(String name, String location, Optional<PackageSource> configured, String how) {

    public Optional<Integer> protocolVersion() {
        return configured.map(PackageSource::protocolVersion);
    }

    public boolean allowInsecureConnections() {
        return configured.map(PackageSource::allowInsecureConnections).orElse(false);
    }
}
