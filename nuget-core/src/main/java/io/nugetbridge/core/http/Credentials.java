package io.nugetbridge.core.http;

import java.util.Objects;

/**
 * A user name and password for HTTP Basic, with a description of where they came from
 * ("settings.xml server 'coding'", "nuget.config /home/ci/NuGet.Config", ...). The password is never
 * shown by {@link #toString()}, so credentials can be logged and put in messages safely.
 */
public record Credentials(String username, String password, String origin) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public String toString() {
        return "user '" + username + "' from " + origin;
    }
}
