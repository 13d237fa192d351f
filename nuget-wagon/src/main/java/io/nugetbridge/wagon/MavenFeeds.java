package io.nugetbridge.wagon;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.settings.Server;
import org.apache.maven.wagon.authentication.AuthenticationInfo;
import org.apache.maven.wagon.proxy.ProxyInfo;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.AuthenticationContext;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * The NuGet repositories of a project ({@code nuget+https}, {@code nuget+http}, {@code nuget+file} URLs, after
 * Maven's mirrors), connected through {@link WagonServices} exactly as the wagon connects them when Maven asks:
 * the same credentials, proxy, {@code <server><configuration>} and request headers, so both get the same shared
 * view of each feed, and what the mediation reads is not fetched again for the POMs.
 */
final class MavenFeeds {

    private final WagonServices services;
    private final MavenSession session;

    MavenFeeds(WagonServices services, MavenSession session) {
        this.services = services;
        this.session = session;
    }

    /** A NuGet repository of the project, read but not connected: connecting builds an HTTP client. */
    record Repository(RemoteRepository remote, FeedLocation location, WagonSettings settings) {}

    /** The project's NuGet repositories in its order (the first that has a version provides it, as in NuGet). */
    List<Repository> of(List<RemoteRepository> repositories) {
        List<Repository> found = new ArrayList<>();
        for (RemoteRepository repository : repositories) {
            if (repository.getUrl().toLowerCase(Locale.ROOT).startsWith(FeedLocation.PREFIX)) {
                found.add(new Repository(repository, FeedLocation.of(repository.getId(), repository.getUrl()),
                        WagonSettings.fromKnobs(knobs(serverConfiguration(repository.getId())),
                                headers(session.getRepositorySession(), repository.getId()))));
            }
        }
        return found;
    }

    /** The repository connected as the wagon connects it, sharing its view. */
    FeedConnection connect(Repository repository) {
        RemoteRepository remote = repository.remote();
        RepositorySystemSession resolver = session.getRepositorySession();
        AuthenticationInfo authentication = authentication(resolver, remote);
        return services.connect(repository.location(), repository.settings(),
                MavenConnectionValues.credentials(authentication, repository.location().repositoryId()),
                MavenConnectionValues.apiKey(authentication),
                MavenConnectionValues.proxy(proxy(resolver, remote), remote.getProtocol()));
    }

    private Object serverConfiguration(String id) {
        if (session.getSettings() == null) {
            return null;
        }
        Server server = session.getSettings().getServer(id);
        return server == null ? null : server.getConfiguration();
    }

    /**
     * A knob of {@code <server><configuration>} by name. The configuration is Plexus' {@code Xpp3Dom} on Maven 3
     * and may be another DOM on Maven 4; both have {@code getChild(String)} and {@code getValue()}.
     */
    private static java.util.function.Function<String, String> knobs(Object configuration) {
        return name -> {
            if (configuration == null) {
                return null;
            }
            try {
                Object child = configuration.getClass().getMethod("getChild", String.class).invoke(configuration, name);
                if (child == null) {
                    return null;
                }
                Method value = child.getClass().getMethod("getValue");
                Object text = value.invoke(child);
                return text == null ? null : text.toString();
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        };
    }

    /**
     * The headers Resolver's {@code WagonTransporter} gives the wagon ({@code setHttpHeaders}): Maven's User-Agent
     * and the server's {@code <httpHeaders>}. Resolver 1 and 2 name the session keys differently.
     */
    private static Map<String, String> headers(RepositorySystemSession resolver, String repositoryId) {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, Object> config = resolver.getConfigProperties();
        Object agent = first(config, "aether.connector.userAgent", "aether.transport.http.userAgent");
        headers.put("User-Agent", agent != null ? agent.toString() : "Aether");
        Object extra = first(config, "aether.connector.http.headers." + repositoryId, "aether.connector.http.headers",
                "aether.transport.http.headers." + repositoryId, "aether.transport.http.headers");
        if (extra instanceof Map<?, ?> map) {
            map.forEach((name, value) -> {
                if (name != null && value != null) {
                    headers.put(name.toString(), value.toString());
                }
            });
        }
        return headers;
    }

    private static Object first(Map<String, Object> config, String... keys) {
        for (String key : keys) {
            Object value = config.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The repository's credentials as the wagon receives them (Resolver decrypts them first). */
    private static AuthenticationInfo authentication(RepositorySystemSession resolver, RemoteRepository repository) {
        try (AuthenticationContext context = AuthenticationContext.forRepository(resolver, repository)) {
            if (context == null) {
                return null;
            }
            AuthenticationInfo info = new AuthenticationInfo();
            info.setUserName(context.get(AuthenticationContext.USERNAME));
            info.setPassword(context.get(AuthenticationContext.PASSWORD));
            return info;
        }
    }

    /** The repository's proxy as the wagon receives it. */
    private static ProxyInfo proxy(RepositorySystemSession resolver, RemoteRepository repository) {
        Proxy proxy = repository.getProxy();
        if (proxy == null) {
            return null;
        }
        ProxyInfo info = new ProxyInfo();
        info.setType(proxy.getType());
        info.setHost(proxy.getHost());
        info.setPort(proxy.getPort());
        try (AuthenticationContext context = AuthenticationContext.forProxy(resolver, repository)) {
            if (context != null) {
                info.setUserName(context.get(AuthenticationContext.USERNAME));
                info.setPassword(context.get(AuthenticationContext.PASSWORD));
            }
        }
        return info;
    }

    static Optional<String> property(MavenSession session, String name) {
        return Optional.ofNullable(session.getUserProperties().getProperty(name))
                .or(() -> Optional.ofNullable(session.getSystemProperties().getProperty(name)));
    }
}
