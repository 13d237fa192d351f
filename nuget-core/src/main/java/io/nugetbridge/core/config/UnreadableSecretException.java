package io.nugetbridge.core.config;

import java.nio.file.Path;

/**
 * A secret in nuget.config that only NuGet on Windows can read: {@code Password} under
 * {@code packageSourceCredentials}, {@code apikeys} values and {@code http_proxy.password} are
 * encrypted with the Windows data protection API (DPAPI) for one user on one machine, and there is no
 * way to decrypt them here. Thrown only when the secret is actually needed, so a config shared with
 * Windows developers still loads; the message says what to use instead.
 */
public final class UnreadableSecretException extends ConfigException {

    private static final long serialVersionUID = 1L;

    public UnreadableSecretException(Path file, int line, String problem) {
        super(file, line, problem);
    }

    /** For the encrypted {@code Password} of a source's credentials. */
    static UnreadableSecretException encryptedPassword(String sourceName, Path file, int line) {
        return new UnreadableSecretException(file, line, "the credentials of source '" + sourceName
                + "' have an encrypted Password, which NuGet encrypts with Windows DPAPI and which cannot be"
                + " decrypted here. Use <add key=\"ClearTextPassword\" value=\"%MY_FEED_TOKEN%\"/> with an"
                + " environment variable instead, or set NuGetPackageSourceCredentials_" + sourceName
                + "=Username=...;Password=... in the environment, or add a settings.xml <server> with id '"
                + sourceName + "'");
    }
}
