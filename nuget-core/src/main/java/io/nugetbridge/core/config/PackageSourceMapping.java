package io.nugetbridge.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <packageSourceMapping>}: which sources may provide which package ids. On as soon as one
 * pattern exists. A pattern is an exact id or a prefix ending in {@code *} ({@code *} alone matches
 * every id); case is ignored; the most specific pattern that matches wins (exact id, then the longest
 * prefix, then {@code *}), and every source that declares that same pattern may provide the package.
 * It applies to every package, transitive ones included.
 */
public final class PackageSourceMapping {

    private final Map<String, List<String>> patternsBySource;

    /** @param patternsBySource source name to its patterns, in the order the files give them */
    public PackageSourceMapping(Map<String, List<String>> patternsBySource) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        patternsBySource.forEach((source, patterns) -> copy.put(source, List.copyOf(patterns)));
        this.patternsBySource = copy;
    }

    public static PackageSourceMapping none() {
        return new PackageSourceMapping(Map.of());
    }

    /** True when at least one pattern is configured, as in NuGet. */
    public boolean isEnabled() {
        return patternsBySource.values().stream().anyMatch(p -> !p.isEmpty());
    }

    /** Source name to patterns, as configured. */
    public Map<String, List<String>> patternsBySource() {
        return patternsBySource;
    }

    /** The most specific pattern matching {@code packageId}, if any. */
    public Optional<String> bestPattern(String packageId) {
        String id = packageId.toLowerCase(Locale.ROOT);
        String best = null;
        int bestRank = -1;
        for (List<String> patterns : patternsBySource.values()) {
            for (String pattern : patterns) {
                int rank = rank(pattern.toLowerCase(Locale.ROOT), id);
                if (rank > bestRank) {
                    best = pattern;
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The names of the sources that may provide {@code packageId}, in configured order; empty when no
     * pattern matches. Without any mapping this is empty too: check {@link #isEnabled()} first.
     */
    public List<String> sourcesFor(String packageId) {
        Optional<String> best = bestPattern(packageId);
        List<String> sources = new ArrayList<>();
        best.ifPresent(pattern -> patternsBySource.forEach((source, patterns) -> {
            if (patterns.stream().anyMatch(p -> p.equalsIgnoreCase(pattern))) {
                sources.add(source);
            }
        }));
        return sources;
    }

    /**
     * The enabled sources restore may ask for {@code packageId}: all of them when no mapping is
     * configured, else those the mapping names. When it names none (no pattern matches, or only
     * sources that are not enabled), fails with NuGet's NU1100, listing the sources not considered.
     */
    public List<PackageSource> sourcesFor(String packageId, List<PackageSource> enabledSources) {
        if (!isEnabled()) {
            return List.copyOf(enabledSources);
        }
        List<String> names = sourcesFor(packageId);
        List<PackageSource> chosen = enabledSources.stream()
                .filter(s -> names.stream().anyMatch(s::isNamed)).toList();
        if (chosen.isEmpty()) {
            throw new PackageSourceMappingException(packageId, bestPattern(packageId), names,
                    enabledSources.stream().map(PackageSource::name).toList());
        }
        return chosen;
    }

    /** Higher is more specific: an exact id beats any prefix, a longer prefix beats a shorter one; -1 is no match. */
    private static int rank(String pattern, String id) {
        if (pattern.endsWith("*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return id.startsWith(prefix) ? prefix.length() : -1;
        }
        return pattern.equals(id) ? Integer.MAX_VALUE : -1;
    }

    @Override
    public String toString() {
        return isEnabled() ? "package source mapping " + patternsBySource : "no package source mapping";
    }
}
