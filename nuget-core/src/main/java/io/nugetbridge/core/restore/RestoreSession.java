package io.nugetbridge.core.restore;

import io.nugetbridge.core.cache.GlobalPackagesFolder;
import io.nugetbridge.core.cache.PackageCheck;
import io.nugetbridge.core.config.CredentialChain;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.config.PackageSource;
import io.nugetbridge.core.config.SignatureValidationMode;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.signing.PackageSignatureVerifier;
import io.nugetbridge.core.signing.SignaturePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a restore reads from nuget.config, put together once: the sources (nuget.config's and those the
 * build adds, disabled ones left out), their credentials, one HTTP client with the config's limits and proxy (made only when a source is first asked), the
 * global packages folder and fallback folders where NuGet finds them, and signature validation on install when
 * {@code signatureValidationMode} is {@code require}. Opening it sends no request. Close it to release the HTTP
 * client.
 *
 * <pre>{@code
 * try (RestoreSession session = RestoreSession.open(config, added, credentials, http, offline, home, log)) {
 *     RestoreReport report = session.run(units, Path.of("target/nuget"), Optional.empty());
 * }
 * }</pre>
 */
public final class RestoreSession implements AutoCloseable {

    private final LazyFeeds feeds;
    private final GlobalPackagesFolder cache;
    private final RestoreSources sources;
    private final String settings;

    private RestoreSession(LazyFeeds feeds, GlobalPackagesFolder cache, RestoreSources sources, String settings) {
        this.feeds = feeds;
        this.settings = settings;
        this.cache = cache;
        this.sources = sources;
    }

    /**
     * @param added       sources the build adds to nuget.config's (its repositories, sources given to it)
     * @param credentials where HTTP sources' credentials come from
     * @param settings    the HTTP settings before nuget.config's {@code <config>} is applied (a proxy from the build)
     * @param offline     read only the local folders and folder sources
     * @param home        the user's home, for the default global packages folder
     */
    public static RestoreSession open(NuGetConfig config, List<PackageSource> added, CredentialChain credentials,
            HttpSettings settings, boolean offline, Path home, NuGetLog log) {
        GlobalPackagesFolder cache = new GlobalPackagesFolder(config.globalPackagesFolder(home),
                config.fallbackPackageFolders(), log).withPackageCheck(signatureCheck(config));
        LazyFeeds feeds = new LazyFeeds(config.config().applyTo(settings));
        List<PackageSource> enabled = SourceList.enabled(config, added);
        RestoreSources sources = RestoreSources.of(enabled, credentials, feeds::get, config.packageSourceMapping(), cache,
                offline);
        return new RestoreSession(feeds, cache, sources, fingerprint(config, enabled, cache, offline));
    }

    /** What of the configuration a restore's outcome depends on, for NuGet's no-op check. */
    private static String fingerprint(NuGetConfig config, List<PackageSource> sources, GlobalPackagesFolder cache,
            boolean offline) {
        StringBuilder text = new StringBuilder("global ").append(cache.root()).append(" fallback ").append(cache.fallbackFolders())
                .append(" offline ").append(offline).append(" signatures ").append(config.config().signatureValidationMode())
                .append("\nmapping ").append(config.packageSourceMapping().patternsBySource());
        sources.forEach(s -> text.append("\nsource ").append(s.name()).append(' ').append(s.location()).append(' ')
                .append(s.protocolVersion()));
        return text.toString();
    }

    public RestoreReport run(List<RestoreUnit> units, Path output, Optional<String> runtime) {
        return new RestoreRun(sources, cache, settings, output, runtime).run(units);
    }

    public GlobalPackagesFolder globalPackagesFolder() {
        return cache;
    }

    private static PackageCheck signatureCheck(NuGetConfig config) {
        SignaturePolicy policy = SignaturePolicy.of(config);
        if (policy.mode() != SignatureValidationMode.REQUIRE) {
            return PackageCheck.NONE;
        }
        PackageSignatureVerifier verifier = new PackageSignatureVerifier(policy);
        return (nupkg, id, version) -> verifier.verify(nupkg);
    }

    @Override
    public void close() {
        try {
            feeds.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the HTTP client: " + e.getMessage(), e);
        }
    }
}
