package io.nugetbridge.wagon;

import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.HttpProxy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.wagon.authentication.AuthenticationInfo;
import org.apache.maven.wagon.proxy.ProxyInfo;

/**
 * What Maven hands the wagon at connect time, as core values. Maven has already decrypted the
 * {@code <server>} and {@code <proxy>} passwords (Resolver's {@code WagonTransporter} builds the
 * {@code AuthenticationInfo} from the repository's {@code AuthenticationContext}).
 */
final class MavenConnectionValues {

    private MavenConnectionValues() {}

    /** A server with a user name and a password: HTTP Basic, as private NuGet feeds take it. */
    static Optional<Credentials> credentials(AuthenticationInfo info, String repositoryId) {
        if (info == null || isBlank(info.getUserName()) || info.getPassword() == null) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(info.getUserName(), info.getPassword(),
                "settings.xml server '" + repositoryId + "'"));
    }

    /** A server with a password and no user name: an API key for pushes, as nuget.org and BaGet take it. */
    static Optional<String> apiKey(AuthenticationInfo info) {
        if (info == null || !isBlank(info.getUserName()) || isBlank(info.getPassword())) {
            return Optional.empty();
        }
        return Optional.of(info.getPassword());
    }

    /**
     * The proxy Maven selected for the repository. Maven picks a settings.xml {@code <proxy>} by the repository's
     * protocol, so only one declared with {@code <protocol>nuget+https</protocol>} (or {@code nuget+http}) reaches
     * the wagon (Resolver's {@code DefaultProxySelector}), and none when the repository's host is a non-proxy host; SOCKS proxies are not supported by the HTTP layer.
     */
    static Optional<HttpProxy> proxy(ProxyInfo info, String protocol) {
        if (info == null || isBlank(info.getHost()) || !ProxyInfo.PROXY_HTTP.equalsIgnoreCase(info.getType())) {
            return Optional.empty();
        }
        Optional<Credentials> credentials = isBlank(info.getUserName()) ? Optional.empty()
                : Optional.of(new Credentials(info.getUserName(), info.getPassword() == null ? "" : info.getPassword(),
                        "settings.xml proxy for " + protocol));
        List<String> bypass = info.getNonProxyHosts() == null ? List.of()
                : Arrays.stream(info.getNonProxyHosts().split("[|,]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new HttpProxy(info.getHost(), info.getPort() > 0 ? info.getPort() : 80, credentials, bypass));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
