package io.nugetbridge.core.http;

import java.time.Duration;

/** Settings for tests: quick retries, and timeouts generous enough never to fire unless a test wants them to. */
final class TestSettings {

    static final Endpoint FEED = Endpoint.anonymous("test-feed");

    private TestSettings() {}

    static HttpSettings quick(int attempts) {
        return HttpSettings.defaults()
                .withRetries(attempts, Duration.ofMillis(2), Duration.ofMillis(20))
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30),
                        Duration.ofSeconds(60));
    }
}
