package io.nugetbridge.core.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A proxy and the hosts that bypass it. The bypass list follows curl's {@code no_proxy}, which NuGet
 * also reads: comma-separated host names, each matching itself and its subdomains ({@code .corp} and
 * {@code corp} alike), or {@code *} for every host.
 */
public record HttpProxy(String host, int port, Optional<Credentials> credentials, List<String> noProxy) {

    public HttpProxy {
        noProxy = List.copyOf(noProxy);
    }

    /** Whether requests to {@code target} go through this proxy. */
    public boolean appliesTo(URI target) {
        String host = Optional.ofNullable(target.getHost()).orElse("").toLowerCase(Locale.ROOT);
        for (String entry : noProxy) {
            String pattern = entry.trim().toLowerCase(Locale.ROOT);
            if (pattern.equals("*")) {
                return false;
            }
            if (pattern.startsWith(".")) {
                pattern = pattern.substring(1);
            }
            if (!pattern.isEmpty() && (host.equals(pattern) || host.endsWith("." + pattern))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The proxy the environment names for {@code scheme}: {@code https_proxy} or {@code http_proxy}
     * (lower case first, as curl does), with user and password taken from the URL and {@code no_proxy}.
     */
    public static Optional<HttpProxy> fromEnvironment(Map<String, String> environment, String scheme) {
        String key = scheme.equalsIgnoreCase("https") ? "https_proxy" : "http_proxy";
        String value = firstOf(environment, key, key.toUpperCase(Locale.ROOT));
        if (value == null && key.equals("https_proxy")) {
            value = firstOf(environment, "http_proxy", "HTTP_PROXY");
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String noProxy = firstOf(environment, "no_proxy", "NO_PROXY");
        return Optional.of(parse(value, "environment variable " + key, noProxy == null ? "" : noProxy));
    }

    /** A proxy from a URL such as {@code http://user:pass@proxy:3128}. */
    public static HttpProxy parse(String url, String origin, String noProxy) {
        URI uri = URI.create(url.contains("://") ? url.trim() : "http://" + url.trim());
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("The proxy '" + url + "' from " + origin + " has no host name");
        }
        Optional<Credentials> credentials = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            credentials = Optional.of(new Credentials(parts[0], parts.length > 1 ? parts[1] : "", origin));
        }
        List<String> bypass = new ArrayList<>();
        for (String entry : noProxy.split(",")) {
            if (!entry.isBlank()) {
                bypass.add(entry.trim());
            }
        }
        return new HttpProxy(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 8080, credentials, bypass);
    }

    private static String firstOf(Map<String, String> environment, String... keys) {
        for (String key : keys) {
            String value = environment.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return host + ":" + port + credentials.map(c -> " as " + c).orElse("");
    }
}
