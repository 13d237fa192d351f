package io.nugetbridge.core.feed;

import io.nugetbridge.core.version.NuGetVersion;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** One entry of a V3 service index: where a resource lives and which types it serves. */
public record ServiceResource(URI id, List<String> types, Optional<NuGetVersion> clientVersion) {

    public ServiceResource {
        types = List.copyOf(types);
    }

    /** The base URL with exactly one trailing slash, as NuGet uses it to build child URLs. */
    public String baseWithSlash() {
        String text = id.toString();
        return text.endsWith("/") ? text : text + "/";
    }
}
