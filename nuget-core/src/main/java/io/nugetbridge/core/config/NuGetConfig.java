package io.nugetbridge.core.config;

import io.nugetbridge.core.cache.GlobalPackagesLocation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective NuGet configuration for one folder: every nuget.config that applies, merged as NuGet
 * merges them, with each section the NuGet docs define exposed as immutable values. Load it with
 * {@link #load(ConfigLocations, Map)}; nothing here reads the process environment, the caller hands it in.
 *
 * <pre>{@code
 * NuGetConfig config = NuGetConfig.load(ConfigLocations.standard(basedir, userHome, env), env);
 * for (PackageSource source : config.enabledSources()) { ... }
 * }</pre>
 */
public final class NuGetConfig {

    private final ConfigStack stack;
    private final Map<String, String> environment;
    private final ValueExpander expander;
    private final List<PackageSource> sources;
    private final Map<String, ConfiguredCredentials> credentials;
    private final List<ConfiguredApiKey> apiKeys;
    private final PackageSourceMapping mapping;
    private final List<TrustedSigner> trustedSigners;

    private NuGetConfig(ConfigStack stack, Map<String, String> environment) {
        this.stack = stack;
        this.environment = Map.copyOf(environment);
        this.expander = new ValueExpander(environment);
        SourcesReader reader = new SourcesReader(stack, expander);
        this.sources = reader.sources();
        this.credentials = reader.credentials();
        this.apiKeys = reader.apiKeys();
        this.mapping = MappingReader.read(stack);
        this.trustedSigners = TrustedSignersReader.read(stack);
    }

    /**
     * Finds, reads and merges the files. Malformed files and settings NuGet would refuse fail here with
     * a {@link ConfigException} naming the file and line; encrypted secrets fail only when needed.
     *
     * @param environment the variables for {@code %VAR%} expansion and NuGet's own variables
     *     ({@code NUGET_PACKAGES}, {@code NUGET_FALLBACK_PACKAGES})
     */
    public static NuGetConfig load(ConfigLocations locations, Map<String, String> environment) {
        return new NuGetConfig(ConfigStack.load(ConfigDiscovery.files(locations)), environment);
    }

    /** The files read, closest (highest priority) first. */
    public List<Path> files() {
        return stack.files();
    }

    /** The {@code <config>} section. */
    public ConfigValues config() {
        return new ConfigValues(section("config"));
    }

    /** Every source, enabled or not, closest file's first. */
    public List<PackageSource> sources() {
        return sources;
    }

    public List<PackageSource> enabledSources() {
        return sources.stream().filter(PackageSource::enabled).toList();
    }

    /** The source with this name (ignoring case) or this exact URL or path. */
    public Optional<PackageSource> source(String nameOrLocation) {
        return sources.stream().filter(s -> s.isNamed(nameOrLocation) || s.location().equalsIgnoreCase(nameOrLocation))
                .findFirst();
    }

    /** The {@code <packageSourceCredentials>} of a source; the element name must match the source name exactly. */
    public Optional<ConfiguredCredentials> credentials(String sourceName) {
        return Optional.ofNullable(credentials.get(sourceName));
    }

    /** Every credentials entry, whether or not a source uses it. */
    public Map<String, ConfiguredCredentials> allCredentials() {
        return new LinkedHashMap<>(credentials);
    }

    /** {@code <apikeys>} entries (their values are encrypted; see {@link ConfiguredApiKey}). */
    public List<ConfiguredApiKey> apiKeys() {
        return apiKeys;
    }

    /** The API key entry for a push endpoint or source URL, compared ignoring case and a trailing slash. */
    public Optional<ConfiguredApiKey> apiKey(String url) {
        String wanted = withoutTrailingSlash(url);
        return apiKeys.stream().filter(k -> withoutTrailingSlash(k.target()).equalsIgnoreCase(wanted)).findFirst();
    }

    public PackageSourceMapping packageSourceMapping() {
        return mapping;
    }

    public List<TrustedSigner> trustedSigners() {
        return trustedSigners;
    }

    /**
     * The global packages folder, by {@link GlobalPackagesLocation}'s rule: {@code NUGET_PACKAGES}, else
     * {@code config/globalPackagesFolder} (resolved against its file), else {@code .nuget/packages} in {@code home}.
     */
    public Path globalPackagesFolder(Path home) {
        return GlobalPackagesLocation.resolve(environment, home, config().globalPackagesFolder());
    }

    /** {@code NUGET_FALLBACK_PACKAGES} ({@code ;}-separated), else {@code <fallbackPackageFolders>}, resolved. */
    public List<Path> fallbackPackageFolders() {
        return GlobalPackagesLocation.fallbacks(environment,
                section("fallbackPackageFolders").entries().stream().map(ConfigValue::asPath).toList());
    }

    /** {@code <activePackageSource>} (legacy: the source Visual Studio had selected). */
    public KeyValues activePackageSource() {
        return section("activePackageSource");
    }

    /** {@code <packageRestore>}: {@code enabled}, {@code automatic}. */
    public KeyValues packageRestore() {
        return section("packageRestore");
    }

    /** {@code <bindingRedirects>}: {@code skip}. */
    public KeyValues bindingRedirects() {
        return section("bindingRedirects");
    }

    /** {@code <solution>}: {@code disableSourceControlIntegration}. */
    public KeyValues solution() {
        return section("solution");
    }

    /** {@code <packageManagement>}: {@code format} (0 packages.config, 1 PackageReference), {@code disabled}. */
    public KeyValues packageManagement() {
        return section("packageManagement");
    }

    /** {@code <auditSources>} (NuGet 6.12+): name to URL of the vulnerability sources. */
    public KeyValues auditSources() {
        return section("auditSources");
    }

    /** Any key/value section by its element name, merged, values expanded. */
    public KeyValues section(String name) {
        List<ConfigValue> values = stack.adds(name).values().stream()
                .map(item -> new ConfigValue(item.attributes().get("key"),
                        expander.expand(item.attribute("value").orElse(""), item.file(), item.line(),
                                name + "/" + item.attributes().get("key")), item.file(), item.line()))
                .toList();
        return new KeyValues(name, values);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "NuGet config from " + files();
    }
}
