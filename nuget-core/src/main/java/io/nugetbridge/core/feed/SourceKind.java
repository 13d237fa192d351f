package io.nugetbridge.core.feed;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of source a configured location is, by NuGet's rule (section 2 of nuget-reference.md): V3 when
 * {@code protocolVersion="3"} is set or an http(s) URL ends in {@code .json}; any other http(s) URL is V2;
 * everything else is a folder (a path, a UNC path, a {@code file:} URL).
 */
public enum SourceKind {
    V3, V2, FOLDER;

    public static SourceKind of(String location, Optional<Integer> protocolVersion) {
        String trimmed = location.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return FOLDER;
        }
        if (protocolVersion.filter(v -> v == 3).isPresent()) {
            return V3;
        }
        String path = lower;
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        return path.endsWith(".json") ? V3 : V2;
    }
}
