package io.nugetbridge.core.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpAnswer;
import io.nugetbridge.core.http.HttpCall;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.http.Origin;
import io.nugetbridge.core.version.NuGetVersion;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A NuGet V2 (OData) feed, queried as NuGet's client does: the base address is the source URL after its
 * redirects, versions come from {@code FindPackagesById()} with every {@code next} page, one version from
 * {@code Packages(Id=,Version=)}, the download from the entry's {@code content/@src}.
 *
 * <p>Credentials go only to the source's own origin: a {@code next} link or a download URL on another host
 * is fetched without them (a recorded nuget.org page sends clients to {@code attacker.example.com}).
 */
public final class V2Feed implements Feed {

    private static final long MAX_PAGE_BYTES = 64L * 1024 * 1024;
    private static final int MAX_PAGES = 10_000;

    private final URI source;
    private final Endpoint endpoint;
    private final NuGetHttpClient http;
    private final Map<String, List<PackageMetadata>> entryLists = new ConcurrentHashMap<>();
    private volatile String base;

    public V2Feed(URI source, Endpoint endpoint, NuGetHttpClient http) {
        this.source = source;
        this.endpoint = endpoint;
        this.http = http;
    }

    @Override
    public String source() {
        return source.toString();
    }

    @Override
    public List<FeedPackage> versions(String id) {
        return metadata(id).stream().map(PackageMetadata::toFeedPackage).toList();
    }

    /** Every entry the feed has for the id, with what its OData properties say, lowest version first. */
    public List<PackageMetadata> metadata(String id) {
        FeedUris.requireValidId(id, endpoint.sourceName());
        return entryLists.computeIfAbsent(id.toLowerCase(Locale.ROOT), key -> {
            URI first = URI.create(base() + "/FindPackagesById()?id=" + quoted(id) + "&semVerLevel=2.0.0");
            return readAllPages(first, id).stream().sorted(Comparator.comparing(PackageMetadata::version)).toList();
        });
    }

    @Override
    public Optional<FeedPackage> find(String id, NuGetVersion version) {
        FeedUris.requireValidId(id, endpoint.sourceName());
        List<PackageMetadata> known = entryLists.get(id.toLowerCase(Locale.ROOT));
        if (known == null) {
            // One small query first; servers that do not answer it get the full list, as in NuGet.
            URI uri = URI.create(base() + "/Packages(Id=" + quoted(id) + ",Version="
                    + quoted(version.toNormalizedString()) + ")?semVerLevel=2.0.0");
            Optional<PackageMetadata> direct = fetchPage(uri, id).flatMap(page -> page.entries().stream()
                    .filter(e -> e.version().equals(version)).findFirst());
            if (direct.isPresent()) {
                return direct.map(PackageMetadata::toFeedPackage);
            }
        }
        return versions(id).stream().filter(p -> p.version().equals(version)).findFirst();
    }

    @Override
    public Optional<byte[]> nuspec(String id, NuGetVersion version) {
        return NuspecFromPackage.read(this, id, version);
    }

    @Override
    public boolean download(String id, NuGetVersion version, Path target) {
        Optional<FeedPackage> found = find(id, version);
        if (found.isEmpty()) {
            return false;
        }
        // NuGet's fallback when an entry carries no content link: the gallery's package route.
        URI content = found.get().contentUri().orElseGet(() -> FeedUris.under(base() + "/package/",
                found.get().id(), found.get().versionAsListed()));
        return http.download(content, endpointFor(content), target);
    }

    /** Ids starting with {@code partialId}, from the gallery's {@code package-ids} autocomplete. */
    public List<String> autocompleteIds(String partialId) {
        URI uri = URI.create(base() + "/package-ids?partialId=" + encode(partialId) + "&includePrerelease=true");
        return http.getBytes(uri, endpoint, MAX_PAGE_BYTES)
                .map(body -> Json.textOrArray(wrap(body, uri), "items")).orElse(List.of());
    }

    /** The version strings of an id, from the gallery's {@code package-versions} autocomplete. */
    public List<String> autocompleteVersions(String id) {
        URI uri = URI.create(base() + "/package-versions/" + encode(id) + "?includePrerelease=true");
        return http.getBytes(uri, endpoint, MAX_PAGE_BYTES)
                .map(body -> Json.textOrArray(wrap(body, uri), "items")).orElse(List.of());
    }

    /**
     * The base address: the source URL after its redirects, without query and trailing slash, as NuGet
     * takes it from the service document. A redirect to another origin is not adopted, so credentials
     * never start going there.
     */
    String base() {
        String known = base;
        if (known == null) {
            URI resolved = source;
            HttpAnswer answer = http.send(HttpCall.get(source, endpoint));
            if (answer.isSuccess() && Origin.of(answer.uri()).equals(Origin.of(source))) {
                resolved = answer.uri();
            }
            String text = resolved.toString();
            int query = text.indexOf('?');
            text = query >= 0 ? text.substring(0, query) : text;
            while (text.endsWith("/")) {
                text = text.substring(0, text.length() - 1);
            }
            base = known = text;
        }
        return known;
    }

    private List<PackageMetadata> readAllPages(URI first, String id) {
        List<PackageMetadata> entries = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        Optional<URI> next = Optional.of(first);
        // Repeated next links are followed once (NuGet de-duplicates them too), so a looping server ends.
        while (next.isPresent() && seen.add(next.get()) && seen.size() <= MAX_PAGES) {
            Optional<V2FeedParser.Page> page = fetchPage(next.get(), id);
            if (page.isEmpty()) {
                break;
            }
            entries.addAll(page.get().entries());
            next = page.get().next();
        }
        return entries;
    }

    private Optional<V2FeedParser.Page> fetchPage(URI uri, String id) {
        return http.getBytes(uri, endpointFor(uri), MAX_PAGE_BYTES).map(body -> V2FeedParser.parse(body, uri, id));
    }

    /** The source's credentials for its own origin; none for anywhere else. */
    private Endpoint endpointFor(URI target) {
        return Origin.of(target).equals(Origin.of(source)) ? endpoint : endpoint.withoutSecrets();
    }

    /** An OData string literal: quotes doubled, then URL-encoded, between single quotes. */
    static String quoted(String value) {
        return "'" + encode(value.replace("'", "''")) + "'";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The autocomplete answers are bare JSON arrays; Json reads objects, so the array is given a name. */
    private static JsonNode wrap(byte[] body, URI uri) {
        JsonNode array = Json.parse(body, "The autocomplete answer " + uri);
        return JsonNodeFactory.instance.objectNode().set("items", array);
    }
}
