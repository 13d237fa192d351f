package io.nugetbridge.core.feed;

import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.NuGetHttpClient;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens the right {@link Feed} for a configured source. One factory per run: its feeds share one HTTP client
 * and one service-index cache, so each index is fetched once however many feeds and threads ask.
 */
public final class FeedFactory {

    private final NuGetHttpClient http;
    private final ServiceIndexCache indexes;

    public FeedFactory(NuGetHttpClient http) {
        this.http = http;
        this.indexes = new ServiceIndexCache(http);
    }

    public NuGetHttpClient http() {
        return http;
    }

    public ServiceIndexCache serviceIndexes() {
        return indexes;
    }

    /**
     * A feed for {@code location} (a URL or a folder), by NuGet's rule for telling V3, V2 and folders apart.
     * Relative folder paths are taken as given; resolve them against the declaring file first.
     *
     * @throws FeedException when the location is neither an http(s) URL nor a usable path
     */
    public Feed open(String location, Optional<Integer> protocolVersion, Endpoint endpoint) {
        String trimmed = location.trim();
        return switch (SourceKind.of(trimmed, protocolVersion)) {
            case V3 -> new V3Feed(uri(trimmed, endpoint), endpoint, http, indexes);
            case V2 -> new V2Feed(uri(trimmed, endpoint), endpoint, http);
            case FOLDER -> folderFeed(trimmed, endpoint);
        };
    }

    /**
     * A folder source ({@code /path}, {@code file:} URL), which needs no HTTP client, so a caller can open one
     * without building a factory.
     *
     * @throws FeedException when the location is not a usable path
     */
    public static Feed folderFeed(String location, Endpoint endpoint) {
        return new LocalFolderFeed(folder(location.trim(), endpoint));
    }

    private static URI uri(String location, Endpoint endpoint) {
        try {
            URI uri = URI.create(location);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new FeedException("The source " + endpoint.sourceName() + " has the URL '" + location
                    + "', which is not a valid URL (" + e.getMessage() + "); fix it where the source is configured.");
        }
    }

    private static Path folder(String location, Endpoint endpoint) {
        try {
            if (location.toLowerCase(Locale.ROOT).startsWith("file:")) {
                return Path.of(URI.create(location));
            }
            if (location.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
                throw new IllegalArgumentException("only http, https and folders are NuGet sources");
            }
            return Path.of(location);
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new FeedException("The source " + endpoint.sourceName() + " is '" + location + "', which is"
                    + " neither an http(s) URL nor a folder path (" + e.getMessage() + ").");
        }
    }
}
