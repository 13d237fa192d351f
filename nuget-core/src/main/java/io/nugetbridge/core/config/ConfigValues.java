package io.nugetbridge.core.config;

import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.HttpProxy;
import io.nugetbridge.core.http.HttpSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code <config>} section, merged (closest file wins per key, keys ignore case), with a typed
 * accessor for every key the NuGet docs define. A value that is present but wrong fails when it is
 * asked for, naming the file, the line and the values allowed.
 */
public final class ConfigValues {

    private final KeyValues values;

    ConfigValues(KeyValues values) {
        this.values = values;
    }

    /** Any key, as written in the file (expanded). */
    public Optional<String> get(String key) {
        return values.get(key);
    }

    public Optional<ConfigValue> entry(String key) {
        return values.entry(key);
    }

    public List<ConfigValue> entries() {
        return values.entries();
    }

    /** {@code globalPackagesFolder}, resolved against its file (the environment's NUGET_PACKAGES is applied by {@link NuGetConfig}). */
    public Optional<Path> globalPackagesFolder() {
        return entry("globalPackagesFolder").map(ConfigValue::asPath);
    }

    /** {@code repositoryPath} (packages.config installs), resolved against its file. */
    public Optional<Path> repositoryPath() {
        return entry("repositoryPath").map(ConfigValue::asPath);
    }

    /** {@code defaultPushSource}: a URL or source name as written, or a path resolved against its file. */
    public Optional<String> defaultPushSource() {
        return entry("defaultPushSource").map(v -> ConfigPaths.isUrl(v.value()) || !looksLikePath(v.value())
                ? v.value() : v.asPath().toString());
    }

    public Optional<DependencyVersion> dependencyVersion() {
        return entry("dependencyVersion").map(v -> DependencyVersion.parse(v.value()).orElseThrow(() -> invalid(v,
                "Lowest, HighestPatch, HighestMinor, Highest or Ignore")));
    }

    /** {@code maxHttpRequestsPerSource}, a positive whole number. */
    public OptionalInt maxHttpRequestsPerSource() {
        Optional<ConfigValue> entry = entry("maxHttpRequestsPerSource");
        if (entry.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(entry.get().value().trim());
            if (value > 0) {
                return OptionalInt.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(entry.get(), "a whole number of at least 1");
    }

    /** {@code signatureValidationMode}; {@code accept} (NuGet's default) when absent. */
    public SignatureValidationMode signatureValidationMode() {
        return entry("signatureValidationMode").map(v -> switch (v.value().trim().toLowerCase(Locale.ROOT)) {
            case "accept" -> SignatureValidationMode.ACCEPT;
            case "require" -> SignatureValidationMode.REQUIRE;
            default -> throw invalid(v, "accept or require");
        }).orElse(SignatureValidationMode.ACCEPT);
    }

    public Optional<Boolean> updatePackageLastAccessTime() {
        return values.bool("updatePackageLastAccessTime");
    }

    /** {@code no_proxy}: the hosts that bypass the proxy. */
    public List<String> noProxy() {
        return get("no_proxy").map(v -> Arrays.stream(v.split("[,;]")).map(String::trim).filter(s -> !s.isEmpty())
                .toList()).orElse(List.of());
    }

    /**
     * {@code http_proxy} with {@code http_proxy.user} and {@code no_proxy}. A {@code http_proxy.password}
     * is DPAPI-encrypted in NuGet's files, so it makes this fail with what to use instead.
     */
    public Optional<HttpProxy> httpProxy() {
        Optional<ConfigValue> proxy = entry("http_proxy");
        if (proxy.isEmpty()) {
            return Optional.empty();
        }
        String origin = "nuget.config " + proxy.get().declaredIn() + " (http_proxy)";
        Optional<ConfigValue> password = entry("http_proxy.password");
        if (password.isPresent()) {
            throw new UnreadableSecretException(password.get().declaredIn(), password.get().line(),
                    "http_proxy.password is encrypted with Windows DPAPI and cannot be decrypted here; put the proxy"
                            + " in settings.xml <proxies>, or in the http_proxy environment variable as"
                            + " http://user:password@host:port");
        }
        HttpProxy parsed = HttpProxy.parse(proxy.get().value(), origin, String.join(",", noProxy()));
        Optional<Credentials> user = get("http_proxy.user").map(u -> new Credentials(u, "", origin));
        return Optional.of(user.isPresent() && parsed.credentials().isEmpty()
                ? new HttpProxy(parsed.host(), parsed.port(), user, parsed.noProxy()) : parsed);
    }

    /** {@code base} with this section's {@code maxHttpRequestsPerSource} and proxy applied. */
    public HttpSettings applyTo(HttpSettings base) {
        HttpSettings settings = base;
        OptionalInt limit = maxHttpRequestsPerSource();
        if (limit.isPresent()) {
            settings = settings.withMaxRequestsPerSource(limit.getAsInt());
        }
        Optional<HttpProxy> proxy = httpProxy();
        return proxy.isPresent() ? settings.withProxy(proxy) : settings;
    }

    private static boolean looksLikePath(String value) {
        return value.startsWith(".") || value.startsWith("/") || value.contains("\\") || value.contains("/")
                || value.matches("^[A-Za-z]:.*");
    }

    private static ConfigException invalid(ConfigValue value, String allowed) {
        return new ConfigException(value.declaredIn(), value.line(), "config key '" + value.key() + "' is '"
                + value.value() + "'; it must be " + allowed);
    }
}
