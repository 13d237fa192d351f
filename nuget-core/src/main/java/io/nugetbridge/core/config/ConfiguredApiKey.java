package io.nugetbridge.core.config;

import java.nio.file.Path;

/**
 * An {@code <apikeys>} entry. NuGet always stores these encrypted with Windows DPAPI, so only the fact
 * that one is configured, and where, is kept; {@link #unreadable()} is the error to give when a push
 * would need it.
 *
 * @param target the URL the key is for (a push endpoint or a source URL, as NuGet keys them)
 * @param declaredIn the file that declares it
 * @param line the line of its {@code <add>} element
 */
public record ConfiguredApiKey(String target, Path declaredIn, int line) {

    /** The error for a push that needs this key. */
    public UnreadableSecretException unreadable() {
        return new UnreadableSecretException(declaredIn, line, "the API key for " + target + " in <apikeys> is"
                + " encrypted with Windows DPAPI (nuget setapikey) and cannot be decrypted here; pass the key as the"
                + " nuget.apiKey parameter, or put it in a settings.xml <server> for the source");
    }
}
