package io.nugetbridge.wagon;

import io.nugetbridge.core.repository.PomGenerator;
import io.nugetbridge.core.resolve.FrameworkGraph;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.ResolvedPackage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Model;

/**
 * Writes NuGet's answer into a project's model before Maven resolves it, so that Maven's mediation has nothing left
 * to choose among NuGet packages: each direct {@code nupkg} dependency gets the version NuGet resolved and the
 * package's own spelling of its id, and every package of the graph becomes a managed dependency at its resolved
 * version (Maven applies dependency management to transitive dependencies before it reads their POMs), under
 * every spelling of its id the graph writes. Dependencies that are not NuGet packages are left alone.
 */
final class ManagedNuGetVersions {

    private ManagedNuGetVersions() {}

    /** @return lower-case id to the package's own spelling, for the POMs the wagon makes */
    static Map<String, String> apply(Model model, FrameworkGraph graph) {
        Map<String, ResolvedPackage> resolved = new LinkedHashMap<>();
        graph.packages().forEach(p -> resolved.put(lower(p.id()), p));
        rewriteDirect(model, resolved);
        manage(model, resolved, spellings(model, graph));
        Map<String, String> own = new LinkedHashMap<>();
        resolved.forEach((lower, p) -> own.put(lower, p.id()));
        return own;
    }

    /** Direct references at NuGet's version and spelling; a second spelling of one id is dropped (one package). */
    private static void rewriteDirect(Model model, Map<String, ResolvedPackage> resolved) {
        Set<String> kept = new LinkedHashSet<>();
        for (Iterator<Dependency> it = model.getDependencies().iterator(); it.hasNext();) {
            Dependency dependency = it.next();
            if (!NupkgDependencies.isNupkg(dependency)) {
                continue;
            }
            String lower = lower(dependency.getArtifactId());
            ResolvedPackage chosen = resolved.get(lower);
            if (chosen == null) {
                continue;
            }
            if (!kept.add(lower + ":" + String.valueOf(dependency.getClassifier()))) {
                it.remove();
                continue;
            }
            dependency.setArtifactId(chosen.id());
            dependency.setVersion(chosen.version().toNormalizedString());
        }
    }

    /** Every spelling of each id anywhere in the graph: the project's and each package's dependencies. */
    private static Map<String, Set<String>> spellings(Model model, FrameworkGraph graph) {
        Map<String, Set<String>> spellings = new LinkedHashMap<>();
        for (ResolvedPackage p : graph.packages()) {
            spellings.computeIfAbsent(lower(p.id()), k -> new LinkedHashSet<>()).add(p.id());
            for (PackageDependency dependency : p.dependencies()) {
                spellings.computeIfAbsent(lower(dependency.id()), k -> new LinkedHashSet<>()).add(dependency.id());
            }
        }
        for (PackageDependency dependency : graph.dependencies()) {
            spellings.computeIfAbsent(lower(dependency.id()), k -> new LinkedHashSet<>()).add(dependency.id());
        }
        return spellings;
    }

    private static void manage(Model model, Map<String, ResolvedPackage> resolved, Map<String, Set<String>> spellings) {
        DependencyManagement management = model.getDependencyManagement();
        if (management == null) {
            management = new DependencyManagement();
            model.setDependencyManagement(management);
        }
        List<Dependency> managed = management.getDependencies();
        // NuGet's answer replaces what the POM manages for the same packages: NuGet's rules are the specification.
        managed.removeIf(d -> NupkgDependencies.isNupkg(d) && resolved.containsKey(lower(d.getArtifactId())));
        resolved.forEach((lower, chosen) -> {
            for (String spelling : spellings.getOrDefault(lower, Set.of(chosen.id()))) {
                Dependency entry = new Dependency();
                entry.setGroupId(PomGenerator.GROUP_ID);
                entry.setArtifactId(spelling);
                entry.setVersion(chosen.version().toNormalizedString());
                entry.setType(PomGenerator.PACKAGING);
                managed.add(entry);
            }
        });
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
