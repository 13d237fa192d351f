package io.nugetbridge.core.cache;

import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.http.SafeUri;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A feed's source as the cache writes it into messages and into {@code .nupkg.metadata}: as configured
 * (what NuGet writes), except that a URL loses its user info and secret query values, which the design
 * keeps out of every file and message we write.
 */
final class SourceName {

    private SourceName() {}

    static String of(Feed feed) {
        String source = feed.source();
        try {
            URI uri = new URI(source);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? SafeUri.of(uri) : source;
        } catch (URISyntaxException e) {
            return source;
        }
    }
}
