package io.nugetbridge.wagon;

import io.nugetbridge.core.repository.PomGenerator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
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

    static void apply(Model model, NuGetChoice choice) {
        Map<String, NuGetChoice.Chosen> chosen = new LinkedHashMap<>();
        choice.packages().forEach(p -> chosen.put(NuGetChoice.lower(p.id()), p));
        rewriteDirect(model, chosen);
        manage(model, chosen);
    }

    /** Direct references at NuGet's version and spelling; a second spelling of one id is dropped (one package). */
    private static void rewriteDirect(Model model, Map<String, NuGetChoice.Chosen> chosen) {
        Set<String> kept = new HashSet<>();
        for (Iterator<Dependency> it = model.getDependencies().iterator(); it.hasNext();) {
            Dependency dependency = it.next();
            if (!NupkgDependencies.isNupkg(dependency)) {
                continue;
            }
            String lower = NuGetChoice.lower(dependency.getArtifactId());
            NuGetChoice.Chosen package_ = chosen.get(lower);
            if (package_ == null) {
                continue;
            }
            if (!kept.add(lower + ":" + dependency.getClassifier())) {
                it.remove();
                continue;
            }
            dependency.setArtifactId(package_.id());
            dependency.setVersion(package_.version());
        }
    }

    private static void manage(Model model, Map<String, NuGetChoice.Chosen> chosen) {
        DependencyManagement management = model.getDependencyManagement();
        if (management == null) {
            management = new DependencyManagement();
            model.setDependencyManagement(management);
        }
        List<Dependency> managed = management.getDependencies();
        // NuGet's answer replaces what the POM manages for the same packages: NuGet's rules are the specification.
        managed.removeIf(d -> NupkgDependencies.isNupkg(d) && chosen.containsKey(NuGetChoice.lower(d.getArtifactId())));
        for (NuGetChoice.Chosen package_ : chosen.values()) {
            for (String spelling : package_.spellings()) {
                Dependency entry = new Dependency();
                entry.setGroupId(PomGenerator.GROUP_ID);
                entry.setArtifactId(spelling);
                entry.setVersion(package_.version());
                entry.setType(PomGenerator.PACKAGING);
                managed.add(entry);
            }
        }
    }
}
