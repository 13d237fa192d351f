package io.nugetbridge.core.http;

import java.net.URI;
import java.util.Locale;

/** Refuses plain {@code http://} to other hosts than this machine unless the source opts in. */
public final class TransportSecurity {

    private TransportSecurity() {}

    static void check(URI uri, Endpoint endpoint) {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return;
        }
        if (!scheme.equals("http")) {
            throw new NuGetHttpException(uri, 0, "The " + endpoint + " has the URL " + SafeUri.of(uri)
                    + ", whose scheme is neither https nor http", null);
        }
        if (isLoopback(uri.getHost()) || endpoint.allowInsecureConnections()) {
            return;
        }
        throw new NuGetHttpException(uri, 0, "Refusing plain HTTP to " + uri.getHost() + " for " + endpoint
                + ": credentials and packages would cross the network unencrypted. Use https://, or allow it for this"
                + " source (nuget.config: allowInsecureConnections=\"true\" on the source; the wagon: <allowInsecureConnections>"
                + "true</allowInsecureConnections> in the repository's <server><configuration>)", null);
    }

    /** 127.0.0.0/8, ::1 and localhost: this machine, where plain HTTP cannot be overheard. */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || h.matches("127(\\.\\d{1,3}){3}");
    }
}
