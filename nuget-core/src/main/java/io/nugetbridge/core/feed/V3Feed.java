package io.nugetbridge.core.feed;

import com.fasterxml.jackson.databind.JsonNode;

import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.http.Origin;
import io.nugetbridge.core.version.NuGetVersion;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A NuGet V3 feed: the flat container ({@code PackageBaseAddress}) when the index has one, else the
 * registrations, whose pages are only fetched when their bounds may hold what is asked.
 */
public final class V3Feed implements Feed {

    private static final long MAX_JSON_BYTES = 64L * 1024 * 1024;
    private static final long MAX_NUSPEC_BYTES = 16L * 1024 * 1024;

    private final URI indexUri;
    private final Endpoint endpoint;
    private final NuGetHttpClient http;
    private final ServiceIndexCache indexes;
    private final Map<String, List<FeedPackage>> versionLists = new ConcurrentHashMap<>();
    private final Map<String, List<PackageMetadata>> metadataLists = new ConcurrentHashMap<>();

    public V3Feed(URI indexUri, Endpoint endpoint, NuGetHttpClient http, ServiceIndexCache indexes) {
        this.indexUri = indexUri;
        this.endpoint = endpoint;
        this.http = http;
        this.indexes = indexes;
    }

    @Override
    public String source() {
        return indexUri.toString();
    }

    public ServiceIndex serviceIndex() {
        return indexes.get(indexUri, endpoint);
    }

    @Override
    public List<FeedPackage> versions(String id) {
        FeedUris.requireValidId(id, endpoint.sourceName());
        return versionLists.computeIfAbsent(id.toLowerCase(Locale.ROOT), lowerId -> {
            ServiceIndex index = serviceIndex();
            Optional<ServiceResource> flat = index.packageBaseAddress();
            List<FeedPackage> found = flat.isPresent()
                    ? flatContainerVersions(flat.get(), id, lowerId)
                    : registrationMetadata(requireRegistrations(index), id, lowerId, Optional.empty()).stream()
                            .map(PackageMetadata::toFeedPackage).toList();
            return found.stream().sorted(Comparator.comparing(FeedPackage::version)).toList();
        });
    }

    @Override
    public Optional<FeedPackage> find(String id, NuGetVersion version) {
        FeedUris.requireValidId(id, endpoint.sourceName());
        String lowerId = id.toLowerCase(Locale.ROOT);
        List<FeedPackage> known = versionLists.get(lowerId);
        if (known == null && serviceIndex().packageBaseAddress().isEmpty()) {
            // Only the registration pages that may hold this version need fetching.
            return registrationMetadata(requireRegistrations(serviceIndex()), id, lowerId, Optional.of(version)).stream()
                    .filter(p -> p.version().equals(version)).findFirst().map(PackageMetadata::toFeedPackage);
        }
        return versions(id).stream().filter(p -> p.version().equals(version)).findFirst();
    }

    @Override
    public Optional<byte[]> nuspec(String id, NuGetVersion version) {
        FeedUris.requireValidId(id, endpoint.sourceName());
        Optional<ServiceResource> flat = serviceIndex().packageBaseAddress();
        if (flat.isPresent()) {
            return fromFlatContainer(id, version, (lowerId, versionPath) -> http.getBytes(FeedUris.under(
                    flat.get().baseWithSlash(), lowerId, versionPath, lowerId + ".nuspec"),
                    endpoint, MAX_NUSPEC_BYTES));
        }
        return NuspecFromPackage.read(this, id, version);
    }

    /**
     * Everything the registrations say about each version of an id (dependency groups, deprecation,
     * vulnerabilities, listing), lowest version first; empty when the id is unknown. Always read from the
     * registrations, flat container or not. Advisory: the nuspec decides what restore does.
     */
    public List<PackageMetadata> metadata(String id) {
        FeedUris.requireValidId(id, endpoint.sourceName());
        return metadataLists.computeIfAbsent(id.toLowerCase(Locale.ROOT), lowerId ->
                registrationMetadata(requireRegistrations(serviceIndex()), id, lowerId, Optional.empty()).stream()
                        .sorted(Comparator.comparing(PackageMetadata::version)).toList());
    }

    /** The registration leaf document of one version, when the feed has one. */
    public Optional<RegistrationLeaf> registrationLeaf(String id, NuGetVersion version) {
        FeedUris.requireValidId(id, endpoint.sourceName());
        URI uri = FeedUris.under(requireRegistrations(serviceIndex()).baseWithSlash(), id.toLowerCase(Locale.ROOT),
                version.toPathString() + ".json");
        return http.getBytes(uri, endpoint, MAX_JSON_BYTES)
                .map(body -> RegistrationLeaf.parse(body, "The registration leaf " + uri));
    }

    /**
     * A search on the feed's {@code SearchQueryService}, SemVer 2 included.
     *
     * @throws FeedException when the feed offers no search
     */
    public SearchResults search(String query, int skip, int take, boolean prerelease) {
        ServiceResource search = serviceIndex().search().orElseThrow(() -> new FeedException("The source "
                + endpoint.sourceName() + " (" + indexUri + ") offers no SearchQueryService, so it cannot be searched."));
        URI uri = URI.create(search.id() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&skip=" + skip
                + "&take=" + take + "&prerelease=" + prerelease + "&semVerLevel=2.0.0");
        byte[] body = http.getBytes(uri, endpoint, MAX_JSON_BYTES).orElseThrow(() -> new FeedException(
                "The search service of " + endpoint.sourceName() + " answered 404 at " + uri));
        return SearchResults.parse(body, "The search response " + uri);
    }

    @Override
    public boolean download(String id, NuGetVersion version, Path target) {
        FeedUris.requireValidId(id, endpoint.sourceName());
        Optional<ServiceResource> flat = serviceIndex().packageBaseAddress();
        if (flat.isPresent()) {
            return fromFlatContainer(id, version, (lowerId, versionPath) -> http.download(FeedUris.under(
                    flat.get().baseWithSlash(), lowerId, versionPath, lowerId + "." + versionPath + ".nupkg"),
                    endpoint, target) ? Optional.of(true) : Optional.<Boolean>empty())
                    .isPresent();
        }
        Optional<URI> content = find(id, version).flatMap(FeedPackage::contentUri);
        return content.isPresent() && http.download(content.get(), endpointFor(content.get()), target);
    }

    /**
     * Fetches from the flat container under the normalized lower-cased version NuGet uses, then, when that is
     * not there, under the string the server listed, lower-cased and as is: Artipie keeps {@code 3.0.0-Beta.1}
     * and {@code 1.0.0.0} as pushed. The version list is only fetched (once) when the first try misses.
     */
    private <T> Optional<T> fromFlatContainer(String id, NuGetVersion version, BiFunction<String, String, Optional<T>> fetch) {
        String lowerId = id.toLowerCase(Locale.ROOT);
        String normalized = version.toPathString();
        Optional<T> found = fetch.apply(lowerId, normalized);
        if (found.isPresent()) {
            return found;
        }
        Optional<FeedPackage> listed = versions(id).stream().filter(p -> p.version().equals(version)).findFirst();
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        Set<String> alternatives = new LinkedHashSet<>(List.of(listed.get().versionAsListed().toLowerCase(Locale.ROOT),
                listed.get().versionAsListed()));
        alternatives.remove(normalized);
        for (String alternative : alternatives) {
            found = fetch.apply(lowerId, alternative);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The source's credentials go to the hosts its service index names (a private feed's resources may live
     * on several); a download URL elsewhere, as a registration may give, is fetched without them.
     */
    private Endpoint endpointFor(URI target) {
        Origin origin = Origin.of(target);
        boolean named = origin.equals(Origin.of(indexUri))
                || serviceIndex().resources().stream().anyMatch(r -> Origin.of(r.id()).equals(origin));
        return named ? endpoint : endpoint.withoutSecrets();
    }

    private List<FeedPackage> flatContainerVersions(ServiceResource flat, String id, String lowerId) {
        URI uri = FeedUris.under(flat.baseWithSlash(), lowerId, "index.json");
        Optional<byte[]> body = http.getBytes(uri, endpoint, MAX_JSON_BYTES);
        if (body.isEmpty()) {
            return List.of();
        }
        List<FeedPackage> packages = new ArrayList<>();
        JsonNode list = Json.parse(body.get(), "The version list " + uri);
        JsonNode versions = list.get("versions");
        if (!list.isObject() || versions == null || !versions.isArray()) {
            // Not "no such package" (NU1101): the feed answered, with something that is no version list.
            throw new FeedException("The version list " + uri + " is not a flat container version list: it needs"
                    + " {\"versions\": [...]} but " + (!list.isObject() ? "is a JSON " + list.getNodeType().name()
                    .toLowerCase(java.util.Locale.ROOT) : versions == null ? "has no \"versions\"" : "its \"versions\" is a JSON "
                    + versions.getNodeType().name().toLowerCase(java.util.Locale.ROOT)) + "; is the source a NuGet V3 feed?");
        }
        for (String text : Json.textOrArray(list, "versions")) {
            NuGetVersion.tryParse(text).ifPresent(v -> packages.add(FeedPackage.listed(id, v, text)));
        }
        return packages;
    }

    private ServiceResource requireRegistrations(ServiceIndex index) {
        return index.registrations().orElseThrow(() -> new FeedException("The source " + endpoint.sourceName()
                + " (" + indexUri + ") lists neither PackageBaseAddress nor RegistrationsBaseUrl, so packages"
                + " cannot be listed or downloaded from it."));
    }

    private List<PackageMetadata> registrationMetadata(ServiceResource registrations, String id, String lowerId,
            Optional<NuGetVersion> only) {
        URI uri = FeedUris.under(registrations.baseWithSlash(), lowerId, "index.json");
        Optional<byte[]> body = http.getBytes(uri, endpoint, MAX_JSON_BYTES);
        if (body.isEmpty()) {
            return List.of();
        }
        List<PackageMetadata> packages = new ArrayList<>();
        for (Registrations.Page page : Registrations.parseIndex(body.get(), "The registration index " + uri, id)) {
            if (only.isPresent() && !page.mayHold(only.get())) {
                continue;
            }
            if (page.items().isPresent()) {
                packages.addAll(page.items().get());
            } else if (page.uri().isPresent()) {
                URI pageUri = page.uri().get();
                http.getBytes(pageUri, endpoint, MAX_JSON_BYTES).ifPresent(bytes ->
                        packages.addAll(Registrations.parsePage(bytes, "The registration page " + pageUri, id)));
            }
        }
        return packages;
    }
}
