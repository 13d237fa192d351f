package io.nugetbridge.core.config;

import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.feed.FeedFactory;
import io.nugetbridge.core.feed.SourceKind;
import io.nugetbridge.core.http.Credentials;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.SafeUri;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code <packageSources>} as NuGet would use it: the value expanded and, for a folder,
 * resolved against the file that declares it.
 *
 * @param name the {@code key}, as written (source names compare case-insensitively)
 * @param location an absolute {@code http(s)://} URL, or the absolute path of a local folder
 * @param protocolVersion the declared {@code protocolVersion} (NuGet's default is 2)
 * @param allowInsecureConnections {@code allowInsecureConnections="true"}: plain {@code http://} is allowed
 * @param disableTlsCertificateValidation {@code disableTLSCertificateValidation="true"}, read and shown; not honoured
 * @param enabled false when {@code <disabledPackageSources>} disables it
 * @param declaredIn the nuget.config file that declares it
 * @param line the line of its {@code <add>} element
 */
public record PackageSource(String name, String location, int protocolVersion, boolean allowInsecureConnections,
        boolean disableTlsCertificateValidation, boolean enabled, Path declaredIn, int line) {

    public PackageSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(declaredIn, "declaredIn");
    }

    /**
     * A source given directly (a URL or folder on the command line), not declared in any nuget.config; it is
     * named by its location, so credentials are looked up under that name. Its {@link #declaredIn()} is empty.
     */
    public static PackageSource given(String name, String location, boolean allowInsecureConnections) {
        return new PackageSource(name, location, SourceKind.of(location, Optional.empty()) == SourceKind.V3 ? 3 : 2,
                allowInsecureConnections, false, true, Path.of(""), 0);
    }

    /** True for an {@code http://} or {@code https://} source. */
    public boolean isHttp() {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The URL of an HTTP source. */
    public Optional<URI> uri() {
        return isHttp() ? Optional.of(URI.create(location)) : Optional.empty();
    }

    /** The folder of a local source. */
    public Optional<Path> folder() {
        return isHttp() ? Optional.empty() : Optional.of(Path.of(location));
    }

    /** V3, V2 or folder, by NuGet's rule ({@code protocolVersion="3"} or a URL ending in {@code .json} is V3). */
    public SourceKind kind() {
        return SourceKind.of(location, Optional.of(protocolVersion));
    }

    /** True when NuGet would talk V3 to it; other HTTP sources are V2 (OData) feeds. */
    public boolean isV3() {
        return kind() == SourceKind.V3;
    }

    /** True when this source is called {@code otherName}, compared as NuGet does (ignoring case). */
    public boolean isNamed(String otherName) {
        return name.equalsIgnoreCase(otherName);
    }

    /** How the HTTP layer should talk to this source, with the credentials found for it. */
    public Endpoint endpoint(Optional<Credentials> credentials) {
        Endpoint endpoint = Endpoint.anonymous(name).allowingInsecureConnections(allowInsecureConnections);
        return credentials.map(endpoint::withCredentials).orElse(endpoint);
    }

    /**
     * The location as it may be shown: a URL without user info and with token-like query values masked
     * (a {@code %TOKEN%} expanded into the URL must not reach a log), a folder as it is.
     */
    public String displayLocation() {
        if (!isHttp()) {
            return location;
        }
        try {
            return SafeUri.of(new URI(location));
        } catch (URISyntaxException e) {
            return location.replaceFirst("^([A-Za-z]+://)[^/@]*@", "$1***@").replaceFirst("\\?.*$", "?***");
        }
    }

    @Override
    public String toString() {
        return "source '" + name + "' (" + displayLocation() + ")" + (enabled ? "" : ", disabled");
    }

    /**
     * The feed for this source, opened by {@code feeds} (one factory per run, so feeds share the HTTP
     * client and the service-index cache), with the credentials found for it (see {@link CredentialChain}).
     */
    public Feed openFeed(FeedFactory feeds, Optional<Credentials> credentials) {
        return feeds.open(location, Optional.of(protocolVersion), endpoint(credentials));
    }

    /** Where it is declared, for messages. */
    public String declaredAt() {
        return declaredIn + " line " + line;
    }
}
