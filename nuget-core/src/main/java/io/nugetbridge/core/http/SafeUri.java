package io.nugetbridge.core.http;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL as it may appear in a message or a log: without user info, and with the values of query
 * parameters that carry secrets masked (the SAS signature of a blob a feed redirected to, a token).
 * Public for the cache, which records a package's source in {@code .nupkg.metadata}, and for nuget.config
 * sources shown by {@code nuget:sources}.
 */
public final class SafeUri {

    private static final Pattern QUERY_PARAMETER = Pattern.compile("([^&=]+)=([^&]*)");

    private SafeUri() {}

    /** The URL without user info and with secret query values masked. */
    public static String of(URI uri) {
        if (uri == null) {
            return "(no URL)";
        }
        StringBuilder text = new StringBuilder();
        if (uri.getScheme() != null) {
            text.append(uri.getScheme()).append(':');
        }
        if (uri.getRawAuthority() != null) {
            text.append("//");
            if (uri.getRawUserInfo() != null) {
                text.append("***@");
            }
            text.append(uri.getHost() != null ? hostAndPort(uri) : withoutUserInfo(uri.getRawAuthority()));
        }
        text.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            text.append('?').append(maskSecrets(uri.getRawQuery()));
        }
        return text.toString();
    }

    private static String hostAndPort(URI uri) {
        String host = uri.getHost();
        return uri.getPort() >= 0 ? host + ":" + uri.getPort() : host;
    }

    private static String withoutUserInfo(String authority) {
        int at = authority.lastIndexOf('@');
        return at < 0 ? authority : authority.substring(at + 1);
    }

    private static String maskSecrets(String query) {
        Matcher matcher = QUERY_PARAMETER.matcher(query);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            String value = isSecret(matcher.group(1)) ? "***" : matcher.group(2);
            matcher.appendReplacement(masked, Matcher.quoteReplacement(matcher.group(1) + "=" + value));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }

    private static boolean isSecret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("sig") || n.contains("signature") || n.contains("token") || n.contains("password")
                || n.contains("secret") || n.contains("credential") || n.contains("apikey") || n.contains("api_key")
                || n.equals("key") || n.equals("code");
    }
}
