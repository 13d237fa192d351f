package io.nugetbridge.core.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.nugetbridge.core.version.NuGetVersion;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads registration indexes and pages. Treats the data as advisory, as NuGet does: servers leave
 * out {@code @id}s, {@code listed}, catalog details (Artipie, Azure Artifacts), so only id, version,
 * listing and the package URL are taken; dependencies come from the nuspec.
 */
final class Registrations {

    /** A page of the index: its versions inline, or a URL to fetch them from. */
    record Page(Optional<URI> uri, Optional<NuGetVersion> lower, Optional<NuGetVersion> upper,
            Optional<List<FeedPackage>> items) {

        /** Whether this page may hold the version, from its inclusive bounds (unknown bounds: maybe). */
        boolean mayHold(NuGetVersion version) {
            return lower.map(l -> l.compareTo(version) <= 0).orElse(true)
                    && upper.map(u -> u.compareTo(version) >= 0).orElse(true);
        }
    }

    private Registrations() {}

    static List<Page> parseIndex(byte[] json, String what) {
        JsonNode root = Json.parse(json, what);
        List<Page> pages = new ArrayList<>();
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) {
            return pages;
        }
        for (JsonNode page : items) {
            JsonNode leaves = page.get("items");
            pages.add(new Page(
                    Json.text(page, "@id").map(URI::create),
                    Json.text(page, "lower").flatMap(NuGetVersion::tryParse),
                    Json.text(page, "upper").flatMap(NuGetVersion::tryParse),
                    leaves != null && leaves.isArray() ? Optional.of(parseLeaves(leaves)) : Optional.empty()));
        }
        return pages;
    }

    /** The leaves of a page document fetched on its own. */
    static List<FeedPackage> parsePage(byte[] json, String what) {
        JsonNode items = Json.parse(json, what).get("items");
        return items != null && items.isArray() ? parseLeaves(items) : List.of();
    }

    private static List<FeedPackage> parseLeaves(JsonNode leaves) {
        List<FeedPackage> packages = new ArrayList<>();
        for (JsonNode leaf : leaves) {
            JsonNode entry = leaf.get("catalogEntry");
            if (entry == null || !entry.isObject()) {
                continue; // a catalogEntry that is only a URL tells us nothing here
            }
            Optional<String> id = Json.text(entry, "id");
            Optional<String> versionText = Json.text(entry, "version");
            Optional<NuGetVersion> version = versionText.flatMap(NuGetVersion::tryParse);
            if (id.isEmpty() || version.isEmpty()) {
                continue;
            }
            Optional<URI> content = Json.text(leaf, "packageContent").or(() -> Json.text(entry, "packageContent"))
                    .map(URI::create);
            packages.add(new FeedPackage(id.get(), version.get(), versionText.get(), isListed(entry), content,
                    Optional.empty()));
        }
        return packages;
    }

    /** {@code listed} absent means listed; nuget.org also marks unlisted versions as published in 1900. */
    private static boolean isListed(JsonNode entry) {
        JsonNode listed = entry.get("listed");
        if (listed != null && !listed.isNull()) {
            return listed.isBoolean() ? listed.booleanValue() : !"false".equalsIgnoreCase(listed.asText().trim());
        }
        return !Json.text(entry, "published").map(p -> p.startsWith("1900-")).orElse(false);
    }
}
