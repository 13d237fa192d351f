package io.nugetbridge.maven;

import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.HttpProxy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The settings.xml proxy for https (else http) traffic, decrypted as Maven does, as core's {@link HttpProxy}.
 * Maven's {@code nonProxyHosts} ({@code |}-separated, {@code *} wildcards) become the bypass list.
 */
final class MavenProxies {

    private MavenProxies() {}

    static Optional<HttpProxy> active(Settings settings, SettingsDecrypter decrypter) {
        if (settings == null) {
            return Optional.empty();
        }
        Optional<Proxy> proxy = settings.getProxies().stream().filter(Proxy::isActive)
                .filter(p -> "https".equalsIgnoreCase(p.getProtocol())).findFirst()
                .or(() -> settings.getProxies().stream().filter(Proxy::isActive).findFirst());
        return proxy.map(p -> toHttpProxy(decrypt(p, decrypter)));
    }

    private static Proxy decrypt(Proxy proxy, SettingsDecrypter decrypter) {
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(proxy));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() == SettingsProblem.Severity.ERROR || problem.getSeverity() == SettingsProblem.Severity.FATAL) {
                throw new io.nugetbridge.core.config.ConfigException("Cannot decrypt the password of the settings.xml <proxy> '" + proxy.getId()
                        + "': " + problem.getMessage() + " (check settings-security.xml)");
            }
        }
        return result.getProxy() != null ? result.getProxy() : proxy;
    }

    private static HttpProxy toHttpProxy(Proxy proxy) {
        Optional<Credentials> credentials = proxy.getUsername() == null || proxy.getUsername().isBlank()
                ? Optional.empty()
                : Optional.of(new Credentials(proxy.getUsername(), Optional.ofNullable(proxy.getPassword()).orElse(""),
                        "settings.xml proxy '" + proxy.getId() + "'"));
        List<String> bypass = proxy.getNonProxyHosts() == null ? List.of()
                : Arrays.stream(proxy.getNonProxyHosts().split("[|,]")).map(String::trim).filter(h -> !h.isEmpty()).toList();
        return new HttpProxy(proxy.getHost(), proxy.getPort(), credentials, bypass);
    }
}
