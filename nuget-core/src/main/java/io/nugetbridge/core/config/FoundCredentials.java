package io.nugetbridge.core.config;

import io.nugetbridge.core.http.Credentials;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CredentialProvider} found for a source: usable credentials, or a place that has them in
 * a form we cannot read (an encrypted nuget.config password). Either way {@link #origin()} says where,
 * without the secret, so {@code nuget:sources} can show it and a push can fail saying what to change.
 */
public final class FoundCredentials {

    private final String origin;
    private final Credentials credentials;
    private final UnreadableSecretException unreadable;

    private FoundCredentials(String origin, Credentials credentials, UnreadableSecretException unreadable) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.credentials = credentials;
        this.unreadable = unreadable;
    }

    public static FoundCredentials of(Credentials credentials) {
        return new FoundCredentials(credentials.origin(), credentials, null);
    }

    public static FoundCredentials unreadable(String origin, UnreadableSecretException why) {
        return new FoundCredentials(origin, null, Objects.requireNonNull(why, "why"));
    }

    /** Where they are: {@code environment variable NuGetPackageSourceCredentials_github}, a file... */
    public String origin() {
        return origin;
    }

    public boolean isReadable() {
        return credentials != null;
    }

    /** Why they cannot be used, when they cannot. */
    public Optional<UnreadableSecretException> problem() {
        return Optional.ofNullable(unreadable);
    }

    /** The credentials, or the {@link UnreadableSecretException} that says what to use instead. */
    public Credentials credentials() {
        if (credentials == null) {
            throw unreadable;
        }
        return credentials;
    }

    @Override
    public String toString() {
        return credentials != null ? credentials.toString() : "unreadable credentials in " + origin;
    }
}
