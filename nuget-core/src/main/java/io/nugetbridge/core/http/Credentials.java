package io.nugetbridge.core.http;

import java.util.Objects;

/**
 * A user name and password for HTTP Basic, with a description of where they came from
 * ("settings.xml server 'coding'", "nuget.config /home/ci/NuGet.Config", ...), and what to do when a source
 * turns them down (see {@link CredentialRenewal}). The password is never shown by {@link #toString()}, so
 * credentials can be logged and put in messages safely.
 */
public record Credentials(String username, String password, String origin, CredentialRenewal renewal) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(renewal, "renewal");
    }

    /** Credentials that are not renewed when refused. */
    public Credentials(String username, String password, String origin) {
        this(username, password, origin, CredentialRenewal.NONE);
    }

    /** The same credentials, renewed by {@code value} when a source refuses them. */
    public Credentials renewedBy(CredentialRenewal value) {
        return new Credentials(username, password, origin, value);
    }

    /** Whether both carry the same user name and secret, wherever they came from. */
    public boolean sameSecretAs(Credentials other) {
        return username.equals(other.username) && password.equals(other.password);
    }

    @Override
    public String toString() {
        return "user '" + username + "' from " + origin;
    }
}
