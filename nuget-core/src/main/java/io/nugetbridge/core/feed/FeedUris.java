package io.nugetbridge.core.feed;

import io.nugetbridge.core.packaging.PackageIds;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The one place where a feed URL is built from an id or a version: each value is checked and goes into the
 * path as one percent-encoded segment, so that what a feed, a nuspec, a lock file or a project says can never
 * climb out of the resource it is put under (a dependency on {@code ../../x} once made the restore ask for
 * {@code /flatcontainer/../../x/index.json}, issue 19).
 */
final class FeedUris {

    private FeedUris() {}

    /**
     * Refuses an id that breaks NuGet's id rule ({@code PackageIdValidator} in NuGet.Packaging) before it is
     * used in a URL or a path.
     */
    static String requireValidId(String id, String sourceName) {
        PackageIds.problem(id).ifPresent(problem -> {
            throw new FeedException("'" + id + "' is not a valid package id (" + problem + "), so it is not asked of"
                    + " the source " + sourceName + "; check where the id comes from (a dependency in a package,"
                    + " the project, or the lock file)");
        });
        return id;
    }

    /** {@code base} (ending in a slash) with each segment appended, percent-encoded. */
    static URI under(String baseWithSlash, String... segments) {
        StringBuilder uri = new StringBuilder(baseWithSlash);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                uri.append('/');
            }
            uri.append(segment(segments[i]));
        }
        return URI.create(uri.toString());
    }

    /** One path segment: RFC 3986's unreserved characters as they are, everything else percent-encoded. */
    static String segment(String value) {
        if (value.isEmpty() || value.equals(".") || value.equals("..")) {
            throw new FeedException("'" + value + "' cannot be a segment of a feed URL");
        }
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~' || c == '+') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
