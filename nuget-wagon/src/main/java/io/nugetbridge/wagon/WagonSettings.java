package io.nugetbridge.wagon;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.publish.PushOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The knobs of one NuGet repository, from its {@code <server><configuration>} in settings.xml (Maven sets
 * them on the wagon's fields by name) and {@code <httpHeaders>}.
 *
 * @param targetFramework          whose dependency group a generated POM lists
 * @param skipDuplicate            a deployed version the feed already has is reported and skipped, not a failure
 * @param allowInsecureConnections plain {@code nuget+http} to a host other than this machine is allowed
 * @param connectTimeout           time to open a connection, when set
 * @param readTimeout              silence allowed while waiting for or reading a response, when set
 * @param pushTimeout              limit on one push, upload included
 * @param globalPackagesFolder     where packages are kept instead of NuGet's own rule (NUGET_PACKAGES, nuget.config, ~/.nuget/packages)
 * @param httpHeaders              extra request headers (Maven adds its User-Agent)
 * @param codeArtifactEndpoint     the CodeArtifact API endpoint tokens are asked from (a VPC endpoint), when not the region's
 */
record WagonSettings(NuGetFramework targetFramework, boolean skipDuplicate, boolean allowInsecureConnections,
        Optional<Duration> connectTimeout, Optional<Duration> readTimeout, Duration pushTimeout,
        Optional<Path> globalPackagesFolder, Map<String, String> httpHeaders, Optional<URI> codeArtifactEndpoint) {

    /**
     * The framework generated POMs take dependencies for unless configured: the current long-term .NET. Through
     * the SDK's fallback to .NET Framework it also gets the dependencies of packages made only for that.
     */
    static final String DEFAULT_TARGET_FRAMEWORK = "net8.0";

    WagonSettings {
        httpHeaders = Map.copyOf(httpHeaders);
    }

    /**
     * The settings from the knobs of {@code <server><configuration>} by name (the wagon's field names), whoever
     * reads them: the wagon from its fields, the mediation from settings.xml. Blank or absent knobs take defaults.
     */
    static WagonSettings fromKnobs(Function<String, String> knob, Map<String, String> httpHeaders) {
        Function<String, Optional<String>> value = name -> Optional.ofNullable(knob.apply(name)).map(String::trim)
                .filter(v -> !v.isEmpty());
        return new WagonSettings(
                NuGetFramework.parse(value.apply("targetFramework").orElse(DEFAULT_TARGET_FRAMEWORK)),
                value.apply("skipDuplicate").map(Boolean::parseBoolean).orElse(false),
                value.apply("allowInsecureConnections").map(Boolean::parseBoolean).orElse(false),
                seconds(value.apply("connectTimeoutSeconds")), seconds(value.apply("readTimeoutSeconds")),
                seconds(value.apply("pushTimeoutSeconds")).orElse(PushOptions.DEFAULT_TIMEOUT),
                value.apply("globalPackagesFolder").map(Path::of), httpHeaders,
                value.apply("codeArtifactEndpoint").map(URI::create));
    }

    private static Optional<Duration> seconds(Optional<String> value) {
        return value.map(Integer::parseInt).filter(v -> v > 0).map(Duration::ofSeconds);
    }

    static WagonSettings defaults() {
        return new WagonSettings(NuGetFramework.parse(DEFAULT_TARGET_FRAMEWORK), false, false, Optional.empty(),
                Optional.empty(), PushOptions.DEFAULT_TIMEOUT, Optional.empty(), Map.of(), Optional.empty());
    }

    /** {@code base} with these timeouts. */
    HttpSettings applyTo(HttpSettings base) {
        Duration connect = connectTimeout.orElse(base.connectTimeout());
        Duration response = readTimeout.orElse(base.responseTimeout());
        Duration stall = readTimeout.orElse(base.stallTimeout());
        return base.withTimeouts(connect, response, stall, base.requestTimeout());
    }

    PushOptions pushOptions() {
        // A deployed .snupkg comes as its own PUT, so nothing is looked for beside the .nupkg.
        return PushOptions.defaults().withSkipDuplicate(skipDuplicate).withSymbols(false).withTimeout(pushTimeout);
    }
}
