package io.nugetbridge.core.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.nugetbridge.core.feed.PackageMetadata.Deprecation;
import io.nugetbridge.core.feed.PackageMetadata.DeprecationReason;
import io.nugetbridge.core.feed.PackageMetadata.Vulnerability;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.version.NuGetVersion;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads registration indexes and pages. Treats the data as advisory, as NuGet does: servers leave out
 * {@code @id}s, {@code listed}, the catalog entry's id (Azure Artifacts) or all its details (Artipie), so
 * only the version is required and everything else is taken where present.
 */
final class Registrations {

    /** A page of the index: its versions inline, or a URL to fetch them from. */
    record Page(Optional<URI> uri, Optional<NuGetVersion> lower, Optional<NuGetVersion> upper,
            Optional<List<PackageMetadata>> items) {

        /** Whether this page may hold the version, from its inclusive bounds (unknown bounds: maybe). */
        boolean mayHold(NuGetVersion version) {
            return lower.map(l -> l.compareTo(version) <= 0).orElse(true)
                    && upper.map(u -> u.compareTo(version) >= 0).orElse(true);
        }
    }

    private Registrations() {}

    /** The pages of a registration index; {@code askedId} stands in where entries leave out their id. */
    static List<Page> parseIndex(byte[] json, String what, String askedId) {
        JsonNode root = Json.parse(json, what);
        List<Page> pages = new ArrayList<>();
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) {
            return pages;
        }
        for (JsonNode page : items) {
            JsonNode leaves = page.get("items");
            pages.add(new Page(
                    Json.text(page, "@id").flatMap(Registrations::uri),
                    Json.text(page, "lower").flatMap(NuGetVersion::tryParse),
                    Json.text(page, "upper").flatMap(NuGetVersion::tryParse),
                    leaves != null && leaves.isArray() ? Optional.of(parseLeaves(leaves, askedId)) : Optional.empty()));
        }
        return pages;
    }

    /** The leaves of a page document fetched on its own. */
    static List<PackageMetadata> parsePage(byte[] json, String what, String askedId) {
        JsonNode items = Json.parse(json, what).get("items");
        return items != null && items.isArray() ? parseLeaves(items, askedId) : List.of();
    }

    private static List<PackageMetadata> parseLeaves(JsonNode leaves, String askedId) {
        List<PackageMetadata> packages = new ArrayList<>();
        for (JsonNode leaf : leaves) {
            JsonNode entry = leaf.get("catalogEntry");
            if (entry == null || !entry.isObject()) {
                continue; // a catalogEntry that is only a URL tells us nothing here
            }
            Optional<String> versionText = Json.text(entry, "version");
            Optional<NuGetVersion> version = versionText.flatMap(NuGetVersion::tryParse);
            if (version.isEmpty()) {
                continue;
            }
            packages.add(new PackageMetadata(
                    Json.text(entry, "id").orElse(askedId),
                    version.get(),
                    versionText.get(),
                    isListed(entry),
                    Json.text(leaf, "packageContent").or(() -> Json.text(entry, "packageContent"))
                            .flatMap(Registrations::uri),
                    dependencyGroups(entry),
                    deprecation(entry),
                    vulnerabilities(entry),
                    Json.text(entry, "description"),
                    Json.listOrCommaSeparated(entry, "authors"),
                    Json.text(entry, "licenseExpression"),
                    Json.text(entry, "projectUrl"),
                    Json.text(entry, "published"),
                    Optional.empty()));
        }
        return packages;
    }

    /** {@code listed} absent means listed; nuget.org also marks unlisted versions as published in 1900. */
    static boolean isListed(JsonNode entry) {
        JsonNode listed = entry.get("listed");
        if (listed != null && !listed.isNull()) {
            return listed.isBoolean() ? listed.booleanValue() : !"false".equalsIgnoreCase(listed.asText().trim());
        }
        return !Json.text(entry, "published").map(p -> p.startsWith("1900-")).orElse(false);
    }

    private static List<DependencyGroup> dependencyGroups(JsonNode entry) {
        List<DependencyGroup> groups = new ArrayList<>();
        JsonNode items = entry.get("dependencyGroups");
        if (items == null || !items.isArray()) {
            return groups;
        }
        for (JsonNode group : items) {
            List<Dependency> dependencies = new ArrayList<>();
            JsonNode deps = group.get("dependencies");
            if (deps != null && deps.isArray()) {
                for (JsonNode dep : deps) {
                    // An absent or empty range means every version, as in a nuspec without one.
                    Json.text(dep, "id").ifPresent(id -> dependencies.add(Dependency.of(id, Json.text(dep, "range")
                            .orElse(null))));
                }
            }
            groups.add(new DependencyGroup(Json.text(group, "targetFramework").orElse(null), dependencies));
        }
        return groups;
    }

    private static Optional<Deprecation> deprecation(JsonNode entry) {
        JsonNode node = entry.get("deprecation");
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        List<DeprecationReason> reasons = Json.textOrArray(node, "reasons").stream().map(Registrations::reason)
                .distinct().toList();
        JsonNode alternate = node.get("alternatePackage");
        boolean hasAlternate = alternate != null && alternate.isObject();
        return Optional.of(new Deprecation(reasons, Json.text(node, "message"),
                hasAlternate ? Json.text(alternate, "id") : Optional.empty(),
                hasAlternate ? Json.text(alternate, "range") : Optional.empty()));
    }

    private static DeprecationReason reason(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "legacy" -> DeprecationReason.LEGACY;
            case "criticalbugs" -> DeprecationReason.CRITICAL_BUGS;
            default -> DeprecationReason.OTHER;
        };
    }

    private static List<Vulnerability> vulnerabilities(JsonNode entry) {
        List<Vulnerability> found = new ArrayList<>();
        JsonNode items = entry.get("vulnerabilities");
        if (items == null || !items.isArray()) {
            return found;
        }
        for (JsonNode item : items) {
            Optional<URI> advisory = Json.text(item, "advisoryUrl").flatMap(Registrations::uri);
            // nuget.org writes the severity as a string ("2"); others as a number.
            Optional<Long> severity = Json.number(item, "severity");
            if (advisory.isPresent() && severity.isPresent()) {
                found.add(new Vulnerability(advisory.get(), severity.get().intValue()));
            }
        }
        return found;
    }

    static Optional<URI> uri(String text) {
        try {
            URI uri = URI.create(text.trim());
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
