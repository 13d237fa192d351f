package io.nugetbridge.core.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code SearchQueryService} answer. Tolerates what real servers send: a byte-order mark, lists written
 * as comma-separated strings, download counts beyond 32 bits, missing {@code owners}, and the same id twice
 * (nuget.org has answered so), which is merged into one hit at its highest version.
 *
 * @param totalHits how many packages match in all, beyond this page
 * @param hits      one per id, in the server's order
 */
public record SearchResults(long totalHits, List<Hit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** One package in the results, described at {@code version}. */
    public record Hit(String id, NuGetVersion version, List<NuGetVersion> versions, Optional<String> description,
            List<String> authors, List<String> owners, List<String> tags, long totalDownloads, boolean verified) {

        public Hit {
            versions = List.copyOf(versions);
            authors = List.copyOf(authors);
            owners = List.copyOf(owners);
            tags = List.copyOf(tags);
        }

        private Hit mergedWith(Hit other) {
            List<NuGetVersion> all = new ArrayList<>(versions);
            other.versions.stream().filter(v -> !all.contains(v)).forEach(all::add);
            all.sort(null);
            Hit newer = other.version.compareTo(version) > 0 ? other : this;
            return new Hit(id, newer.version, all, newer.description, newer.authors, newer.owners, newer.tags,
                    Math.max(totalDownloads, other.totalDownloads), verified || other.verified);
        }
    }

    static SearchResults parse(byte[] json, String what) {
        JsonNode root = Json.parse(json, what);
        Map<String, Hit> byId = new LinkedHashMap<>();
        JsonNode data = root.get("data");
        if (data != null && data.isArray()) {
            for (JsonNode item : data) {
                hit(item).ifPresent(hit -> byId.merge(hit.id().toLowerCase(Locale.ROOT), hit, Hit::mergedWith));
            }
        }
        return new SearchResults(Json.number(root, "totalHits").orElse((long) byId.size()), List.copyOf(byId.values()));
    }

    private static Optional<Hit> hit(JsonNode item) {
        Optional<String> id = Json.text(item, "id");
        Optional<NuGetVersion> version = Json.text(item, "version").flatMap(NuGetVersion::tryParse);
        if (id.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        List<NuGetVersion> versions = new ArrayList<>();
        JsonNode listed = item.get("versions");
        if (listed != null && listed.isArray()) {
            listed.forEach(v -> Json.text(v, "version").flatMap(NuGetVersion::tryParse).ifPresent(versions::add));
        }
        versions.sort(null);
        JsonNode verified = item.get("verified");
        return Optional.of(new Hit(id.get(), version.get(), versions, Json.text(item, "description"),
                Json.listOrCommaSeparated(item, "authors"), Json.listOrCommaSeparated(item, "owners"),
                Json.listOrCommaSeparated(item, "tags"), Json.number(item, "totalDownloads").orElse(0L),
                verified != null && (verified.asBoolean() || "true".equalsIgnoreCase(verified.asText()))));
    }
}
