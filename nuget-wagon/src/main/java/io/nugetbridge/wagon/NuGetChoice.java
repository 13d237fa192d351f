package io.nugetbridge.wagon;

import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.resolve.FrameworkGraph;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.ResolvedPackage;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What NuGet chose for one project: each package of the graph at its version, with its own spelling of its id and
 * every other spelling the graph writes it in, and the warnings NuGet gave. What the model gets, and what the
 * {@link MediationCache} keeps for the next build.
 *
 * @param packages the graph's packages, one per id
 * @param warnings NuGet's warnings as a build log shows them
 */
record NuGetChoice(List<Chosen> packages, List<String> warnings) {

    /** One package: its own spelling, its normalized version, and every spelling of its id in the graph. */
    record Chosen(String id, String version, Set<String> spellings) {
        Chosen {
            spellings = Set.copyOf(spellings);
        }
    }

    NuGetChoice {
        packages = List.copyOf(packages);
        warnings = List.copyOf(warnings);
    }

    static NuGetChoice of(FrameworkGraph graph, List<Diagnostic> warnings) {
        Map<String, Set<String>> spellings = new LinkedHashMap<>();
        for (ResolvedPackage p : graph.packages()) {
            spell(spellings, p.id());
            p.dependencies().forEach(d -> spell(spellings, d.id()));
        }
        graph.dependencies().stream().map(PackageDependency::id).forEach(id -> spell(spellings, id));
        List<Chosen> packages = graph.packages().stream().map(p -> new Chosen(p.id(), p.version().toNormalizedString(),
                spellings.get(lower(p.id())))).toList();
        return new NuGetChoice(packages, warnings.stream().map(Diagnostic::toString).toList());
    }

    /** Lower-case id to the package's own spelling: how the wagon's POMs name each package. */
    Map<String, String> ownSpellings() {
        Map<String, String> own = new LinkedHashMap<>();
        packages.forEach(p -> own.put(lower(p.id()), p.id()));
        return own;
    }

    private static void spell(Map<String, Set<String>> spellings, String id) {
        spellings.computeIfAbsent(lower(id), k -> new LinkedHashSet<>()).add(id);
    }

    static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
