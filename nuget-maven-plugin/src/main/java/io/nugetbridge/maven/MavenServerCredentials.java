package io.nugetbridge.maven;

import io.nugetbridge.core.config.ConfigException;
import io.nugetbridge.core.config.CredentialProvider;
import io.nugetbridge.core.config.FoundCredentials;
import io.nugetbridge.core.config.PackageSource;
import io.nugetbridge.core.http.Credentials;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Credentials from settings.xml {@code <server>} entries, decrypted as Maven decrypts them
 * ({@code mvn --encrypt-password}). For a NuGet source, the server whose id is the source's name; the
 * push and wagon code can ask by any server id. Sits in core's {@code CredentialChain} between the
 * environment and nuget.config.
 */
public final class MavenServerCredentials implements CredentialProvider {

    private final Settings settings;
    private final SettingsDecrypter decrypter;

    public MavenServerCredentials(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    @Override
    public Optional<FoundCredentials> find(PackageSource source) {
        return forServer(source.name()).map(FoundCredentials::of);
    }

    /**
     * The user name and password of the server with this id, decrypted; empty when there is no such
     * server or it has neither. A password Maven cannot decrypt fails, naming the server id.
     */
    public Optional<Credentials> forServer(String serverId) {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null || (server.getUsername() == null && server.getPassword() == null)) {
            return Optional.empty();
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        List<SettingsProblem> problems = result.getProblems().stream()
                .filter(p -> p.getSeverity() == SettingsProblem.Severity.ERROR
                        || p.getSeverity() == SettingsProblem.Severity.FATAL)
                .collect(Collectors.toList());
        if (!problems.isEmpty()) {
            throw new ConfigException("Cannot decrypt the password of the settings.xml <server> with id '" + serverId
                    + "': " + problems.stream().map(SettingsProblem::getMessage).collect(Collectors.joining("; "))
                    + " (check settings-security.xml)");
        }
        Server decrypted = result.getServer();
        return Optional.of(new Credentials(Optional.ofNullable(decrypted.getUsername()).orElse(""),
                Optional.ofNullable(decrypted.getPassword()).orElse(""), "settings.xml server '" + serverId + "'"));
    }
}
