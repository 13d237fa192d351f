package io.nugetbridge.core.restore;

import io.nugetbridge.core.feed.FeedFactory;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import java.io.IOException;

/**
 * The run's HTTP client and feed factory, made on first use: a restore that finds everything in the global
 * packages folder never needs them, and building the HTTP client (its connection pools and TLS set-up) is a good
 * part of what such a restore would otherwise cost. Thread-safe.
 */
final class LazyFeeds implements AutoCloseable {

    private final HttpSettings settings;
    private NuGetHttpClient http;
    private FeedFactory feeds;

    LazyFeeds(HttpSettings settings) {
        this.settings = settings;
    }

    synchronized FeedFactory get() {
        if (feeds == null) {
            http = new NuGetHttpClient(settings);
            feeds = new FeedFactory(http);
        }
        return feeds;
    }

    @Override
    public synchronized void close() throws IOException {
        if (http != null) {
            http.close();
        }
    }
}
