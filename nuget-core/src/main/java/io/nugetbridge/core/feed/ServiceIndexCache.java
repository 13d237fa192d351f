package io.nugetbridge.core.feed;

import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.NuGetHttpClient;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Service indexes fetched once per source URL and run, however many feeds and threads ask. */
public final class ServiceIndexCache {

    private static final long MAX_INDEX_BYTES = 8L * 1024 * 1024;

    private final NuGetHttpClient http;
    private final Map<String, ServiceIndex> indexes = new ConcurrentHashMap<>();

    public ServiceIndexCache(NuGetHttpClient http) {
        this.http = http;
    }

    public ServiceIndex get(URI uri, Endpoint endpoint) {
        return indexes.computeIfAbsent(uri.toString().toLowerCase(Locale.ROOT), key -> fetch(uri, endpoint));
    }

    private ServiceIndex fetch(URI uri, Endpoint endpoint) {
        byte[] body = http.getBytes(uri, endpoint, MAX_INDEX_BYTES).orElseThrow(() -> new FeedException(
                "The source " + endpoint.sourceName() + " has no service index at " + uri
                        + " (404). Check the URL: a V3 feed URL usually ends in /index.json."));
        return ServiceIndex.parse(uri, body);
    }
}
