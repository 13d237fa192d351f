package io.nugetbridge.core.http;

import java.net.URI;
import java.util.Locale;

/** Scheme, host and port: what must stay the same for a credential or an API key to follow a redirect. */
public record Origin(String scheme, String host, int port) {

    public static Origin of(URI uri) {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new Origin(scheme, String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT), port);
    }
}
