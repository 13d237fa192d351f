package io.nugetbridge.core.publish;

import io.nugetbridge.core.feed.V3Feed;

import io.nugetbridge.core.feed.FeedException;
import io.nugetbridge.core.feed.ServiceIndex;
import io.nugetbridge.core.feed.ServiceIndexCache;
import io.nugetbridge.core.feed.ServiceResource;
import io.nugetbridge.core.feed.SourceKind;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.NuGetHttpClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds where a source takes pushes, by NuGet's rules: a V3 feed's {@code PackagePublish} (and
 * {@code SymbolPackagePublish}) resource; a V2 feed's own URL, with {@code api/v2/package/} added when the
 * URL has no path; a folder.
 */
public final class PublisherFactory {

    private final NuGetHttpClient http;
    private final ServiceIndexCache indexes;

    public PublisherFactory(NuGetHttpClient http, ServiceIndexCache indexes) {
        this.http = http;
        this.indexes = indexes;
    }

    /**
     * @throws PushException when the source cannot take pushes (a V3 index without PackagePublish)
     */
    public PackagePublisher open(String location, Optional<Integer> protocolVersion, Endpoint endpoint) {
        String trimmed = location.trim();
        return switch (SourceKind.of(trimmed, protocolVersion)) {
            case V3 -> v3(URI.create(trimmed), endpoint);
            case V2 -> new HttpPackagePublisher(trimmed, v2Endpoint(URI.create(trimmed)), Optional.empty(), endpoint, http);
            case FOLDER -> new FolderPackagePublisher(trimmed.toLowerCase(Locale.ROOT).startsWith("file:")
                    ? Path.of(URI.create(trimmed)) : Path.of(trimmed));
        };
    }

    private PackagePublisher v3(URI index, Endpoint endpoint) {
        ServiceIndex serviceIndex;
        try {
            serviceIndex = indexes.get(index, endpoint);
        } catch (FeedException e) {
            throw new PushException(e.getMessage(), e);
        }
        URI publish = serviceIndex.packagePublish().map(ServiceResource::id).orElseThrow(() -> new PushException(
                "The source " + endpoint.sourceName() + " (" + index + ") lists no PackagePublish resource in its"
                        + " service index, so packages cannot be pushed to it over HTTP (NuGet says"
                        + " PackageServerEndpoint_NotSupported). Static feeds such as Sleet are written with their own"
                        + " tools; otherwise check the URL."));
        return new HttpPackagePublisher(index.toString(), publish,
                serviceIndex.symbolPackagePublish().map(ServiceResource::id), endpoint, http,
                PublishedCopies.downloadedFrom(new V3Feed(index, endpoint, http, indexes)));
    }

    /** NuGet's rule for V2: the source URL itself, or {@code api/v2/package/} on a URL with no path. */
    static URI v2Endpoint(URI source) {
        String path = source.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            String text = source.toString();
            return URI.create((text.endsWith("/") ? text : text + "/") + "api/v2/package/");
        }
        return source;
    }
}
