package io.nugetbridge.wagon;

import io.nugetbridge.core.http.SafeUri;
import io.nugetbridge.core.http.TransportSecurity;
import java.net.URI;
import java.util.Locale;

/**
 * The NuGet feed a repository URL names: the URL without the wagon's {@code nuget+} prefix, so
 * {@code nuget+https://host/v3/index.json} is the V3 feed {@code https://host/v3/index.json}, a V2 feed URL
 * stays a V2 feed, and {@code nuget+file:///srv/feed} is a folder. Maven hands the wagon the whole URL with
 * its scheme (wagon {@code Repository.getUrl()}), so the prefix is stripped here.
 *
 * @param repositoryId the Maven repository id, which is also the {@code <server>} id of its settings
 * @param scheme       {@code https}, {@code http} or {@code file}
 * @param location     what core opens: an http(s) URL or a {@code file:} URL
 */
record FeedLocation(String repositoryId, String scheme, String location) {

    static final String PREFIX = "nuget+";

    static FeedLocation of(String repositoryId, String repositoryUrl) {
        String url = repositoryUrl.trim();
        if (!url.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            throw new IllegalArgumentException("The repository '" + repositoryId + "' has the URL " + url
                    + ", which is not a nuget+https, nuget+http or nuget+file URL");
        }
        String location = url.substring(PREFIX.length());
        int colon = location.indexOf(':');
        String scheme = colon < 0 ? "" : location.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("file")) {
            throw new IllegalArgumentException("The repository '" + repositoryId + "' has the URL " + url
                    + ": after nuget+ comes https, http or file, not '" + scheme + "'");
        }
        return new FeedLocation(repositoryId, scheme, scheme + location.substring(colon));
    }

    boolean isFolder() {
        return scheme.equals("file");
    }

    /**
     * Refuses plain HTTP to another host than this machine unless the repository's settings allow it: Maven's
     * own http blocker only knows the {@code http} scheme, so it never sees {@code nuget+http}.
     */
    void requireSecureOrAllowed(WagonSettings settings) {
        if (!scheme.equals("http") || settings.allowInsecureConnections()
                || TransportSecurity.isLoopback(URI.create(location).getHost())) {
            return;
        }
        throw new IllegalStateException("Refusing plain HTTP to " + URI.create(location).getHost() + " for the"
                + " repository '" + repositoryId + "' (" + display() + "): credentials and packages would cross the"
                + " network unencrypted. Use nuget+https, or allow it in settings.xml: <server><id>" + repositoryId
                + "</id><configuration><allowInsecureConnections>true</allowInsecureConnections></configuration></server>");
    }

    /** The URL as it may be shown: without user info or secret query values. */
    String display() {
        return isFolder() ? location : SafeUri.of(URI.create(location));
    }
}
