package io.nugetbridge.core.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.nugetbridge.core.version.NuGetVersion;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A V3 service index: {@code version} with major 3 and the {@code resources} a feed offers. Unknown
 * properties are ignored, {@code @type} may be a string or an array, entries without an absolute
 * http(s) {@code @id} are skipped, and entries asking for a newer client than ours are passed over.
 */
public record ServiceIndex(URI uri, NuGetVersion version, List<ServiceResource> resources) {

    /** The NuGet client version whose protocol we follow; {@code clientVersion} gates are checked against it. */
    public static final NuGetVersion CLIENT_VERSION = NuGetVersion.parse("6.14.0");

    public ServiceIndex {
        resources = List.copyOf(resources);
    }

    public static ServiceIndex parse(URI uri, byte[] json) {
        JsonNode root = Json.parse(json, "The service index " + uri);
        if (!root.isObject()) {
            throw new FeedException("The service index " + uri + " is not a JSON object; is this a NuGet V3 feed URL?");
        }
        String versionText = Json.text(root, "version").orElseThrow(() -> new FeedException("The service index "
                + uri + " has no 'version'; is this a NuGet V3 feed URL (it usually ends in /index.json)?"));
        NuGetVersion version = NuGetVersion.tryParse(versionText)
                .filter(v -> v.major() == 3)
                .orElseThrow(() -> new FeedException("The service index " + uri + " has version '" + versionText
                        + "'; only version 3 service indexes are supported."));
        List<ServiceResource> resources = new ArrayList<>();
        JsonNode items = root.get("resources");
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                resource(item).ifPresent(resources::add);
            }
        }
        return new ServiceIndex(uri, version, resources);
    }

    private static Optional<ServiceResource> resource(JsonNode item) {
        Optional<String> id = Json.text(item, "@id");
        List<String> types = Json.textOrArray(item, "@type");
        if (id.isEmpty() || types.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(id.get());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            return Optional.empty();
        }
        Optional<NuGetVersion> clientVersion = Json.text(item, "clientVersion").flatMap(NuGetVersion::tryParse);
        return Optional.of(new ServiceResource(uri, types, clientVersion));
    }

    /** The first resource serving the first of {@code types} that is present (NuGet's lookup order). */
    public Optional<ServiceResource> first(List<String> types) {
        for (String type : types) {
            for (ServiceResource resource : resources) {
                if (resource.types().contains(type)
                        && resource.clientVersion().map(v -> v.compareTo(CLIENT_VERSION) <= 0).orElse(true)) {
                    return Optional.of(resource);
                }
            }
        }
        return Optional.empty();
    }

    public Optional<ServiceResource> packageBaseAddress() {
        return first(ServiceTypes.PACKAGE_BASE_ADDRESS);
    }

    public Optional<ServiceResource> registrations() {
        return first(ServiceTypes.REGISTRATIONS);
    }

    public Optional<ServiceResource> packagePublish() {
        return first(ServiceTypes.PACKAGE_PUBLISH);
    }

    public Optional<ServiceResource> symbolPackagePublish() {
        return first(ServiceTypes.SYMBOL_PACKAGE_PUBLISH);
    }

    public Optional<ServiceResource> search() {
        return first(ServiceTypes.SEARCH);
    }
}
