package io.nugetbridge.core.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A proxy and the hosts that bypass it. The bypass list follows curl's {@code no_proxy}, which NuGet
 * also reads: host names separated by commas (or semicolons, as nuget.config lists are written), each
 * matching itself and its subdomains ({@code .corp} and {@code corp} alike); {@code *.corp} and other
 * {@code *} wildcards; an optional {@code :port} that limits the entry to that port; {@code *} alone for
 * every host. IP addresses match literally.
 */
public record HttpProxy(String host, int port, Optional<Credentials> credentials, List<String> noProxy) {

    public HttpProxy {
        noProxy = List.copyOf(noProxy);
    }

    /** Whether requests to {@code target} go through this proxy. */
    public boolean appliesTo(URI target) {
        String targetHost = stripBrackets(Optional.ofNullable(target.getHost()).orElse("")).toLowerCase(Locale.ROOT);
        int targetPort = target.getPort() > 0 ? target.getPort()
                : "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
        return noProxy.stream().noneMatch(entry -> bypasses(entry, targetHost, targetPort));
    }

    private static boolean bypasses(String entry, String targetHost, int targetPort) {
        String pattern = entry.trim().toLowerCase(Locale.ROOT);
        if (pattern.equals("*")) {
            return true;
        }
        int colon = pattern.lastIndexOf(':');
        boolean bracketed = pattern.startsWith("[");
        // A port follows the last colon, unless the colons belong to a bare IPv6 address.
        if (colon > 0 && (bracketed ? pattern.charAt(colon - 1) == ']' : pattern.indexOf(':') == colon)) {
            String port = pattern.substring(colon + 1);
            if (!port.matches("\\d{1,5}") || Integer.parseInt(port) != targetPort) {
                return false;
            }
            pattern = pattern.substring(0, colon);
        }
        pattern = stripBrackets(pattern);
        if (pattern.startsWith("*.")) {
            pattern = pattern.substring(1);
        }
        if (pattern.contains("*")) {
            return targetHost.matches(globToRegex(pattern));
        }
        if (pattern.startsWith(".")) {
            pattern = pattern.substring(1);
        }
        return !pattern.isEmpty() && (targetHost.equals(pattern) || targetHost.endsWith("." + pattern));
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(java.util.regex.Pattern.quote(part));
        }
        return regex.toString();
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * The proxy the environment names for {@code scheme}: {@code https_proxy} for https, else (and as
     * the fallback for https) {@code http_proxy}, each lower case first as curl reads them, with user
     * and password taken from the URL, and {@code no_proxy}.
     */
    public static Optional<HttpProxy> fromEnvironment(Map<String, String> environment, String scheme) {
        List<String> keys = scheme.equalsIgnoreCase("https")
                ? List.of("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY")
                : List.of("http_proxy", "HTTP_PROXY");
        for (String key : keys) {
            String value = environment.get(key);
            if (value != null && !value.isBlank()) {
                String noProxy = Optional.ofNullable(environment.get("no_proxy"))
                        .orElseGet(() -> environment.getOrDefault("NO_PROXY", ""));
                return Optional.of(parse(value, "environment variable " + key, noProxy));
            }
        }
        return Optional.empty();
    }

    /**
     * A proxy from a URL such as {@code http://user:pass@proxy:3128}; without a port, the scheme's
     * (80), as .NET reads such a URL. User and password may be percent-encoded.
     */
    public static HttpProxy parse(String url, String origin, String noProxy) {
        String text = url.trim();
        URI uri;
        try {
            uri = new URI(text.contains("://") ? text : "http://" + text);
        } catch (URISyntaxException e) {
            throw invalid(origin, "is not a valid URL (percent-encode special characters in the password)");
        }
        if (uri.getHost() == null) {
            throw invalid(origin, "has no host name");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw invalid(origin, "is not an http:// proxy; only plain HTTP proxies (which tunnel https) are supported");
        }
        Optional<Credentials> credentials = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            credentials = Optional.of(new Credentials(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "",
                    origin));
        }
        List<String> bypass = new ArrayList<>();
        for (String entry : noProxy.split("[,;]")) {
            if (!entry.isBlank()) {
                bypass.add(entry.trim());
            }
        }
        return new HttpProxy(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 80, credentials, bypass);
    }

    /** The URL is left out: it may carry the proxy's password. */
    private static IllegalArgumentException invalid(String origin, String problem) {
        return new IllegalArgumentException("The proxy set in " + origin + " " + problem
                + "; expected http://[user:password@]host[:port]");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return host + ":" + port + credentials.map(c -> " as " + c).orElse("")
                + (noProxy.isEmpty() ? "" : ", bypassed for " + String.join(",", noProxy));
    }
}
