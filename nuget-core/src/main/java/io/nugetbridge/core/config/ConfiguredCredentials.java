package io.nugetbridge.core.config;

import io.nugetbridge.core.http.Credentials;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code <packageSourceCredentials>} entry of one source, values expanded. An encrypted
 * {@code Password} is only remembered as being there: its value is useless off Windows and is not kept.
 * {@link #toString()} never shows the password.
 *
 * @param sourceName the source the element names (after decoding {@code _x0020_} and the like)
 * @param username the {@code Username}
 * @param clearTextPassword the {@code ClearTextPassword}, when given
 * @param encryptedPassword true when a DPAPI-encrypted {@code Password} is given
 * @param validAuthenticationTypes the {@code ValidAuthenticationTypes} list ({@code basic}, {@code negotiate}...)
 * @param declaredIn the file the entry comes from
 * @param line the line of the source's element
 */
public record ConfiguredCredentials(String sourceName, String username, Optional<String> clearTextPassword,
        boolean encryptedPassword, List<String> validAuthenticationTypes, Path declaredIn, int line) {

    public ConfiguredCredentials {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(username, "username");
        validAuthenticationTypes = List.copyOf(validAuthenticationTypes);
    }

    /** Where they come from, for messages: {@code nuget.config /repo/nuget.config (packageSourceCredentials)}. */
    public String origin() {
        return "nuget.config " + declaredIn + " (packageSourceCredentials)";
    }

    /** True when the password can be used here (it is clear text, or there is none but the user name). */
    public boolean isReadable() {
        return clearTextPassword.isPresent() || !encryptedPassword;
    }

    /**
     * The HTTP credentials, or an {@link UnreadableSecretException} naming the source and the file when
     * only an encrypted password is given.
     */
    public Credentials toCredentials() {
        if (!isReadable()) {
            throw UnreadableSecretException.encryptedPassword(sourceName, declaredIn, line);
        }
        return new Credentials(username, clearTextPassword.orElse(""), origin());
    }

    @Override
    public String toString() {
        return "user '" + username + "' for source '" + sourceName + "' from " + origin()
                + (clearTextPassword.isPresent() ? " with a clear-text password"
                        : encryptedPassword ? " with an encrypted password (unreadable here)" : " without a password");
    }
}
