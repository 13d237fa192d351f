package io.nugetbridge.wagon;

import io.nugetbridge.core.repository.PomGenerator;
import io.nugetbridge.core.resolve.PackageDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;

/**
 * A project's direct NuGet dependencies ({@code nuget:<Id>:<version>:nupkg}) as the PackageReferences NuGet would
 * resolve: the version written is read as a PackageReference reads it ({@link NupkgVersionText}).
 */
final class NupkgDependencies {

    private NupkgDependencies() {}

    static boolean isNupkg(Dependency dependency) {
        return PomGenerator.GROUP_ID.equals(dependency.getGroupId()) && PomGenerator.PACKAGING.equals(dependency.getType());
    }

    /** The project's {@code nupkg} dependencies, in POM order. */
    static List<Dependency> declared(MavenProject project) {
        List<Dependency> found = new ArrayList<>();
        for (Dependency dependency : project.getDependencies()) {
            if (isNupkg(dependency)) {
                found.add(dependency);
            }
        }
        return found;
    }

    /**
     * The references, one per id (NuGet ids ignore case; a second spelling of the same id is left to
     * {@link ManagedNuGetVersions}, which merges it into the first).
     *
     * @throws IllegalArgumentException naming the POM and dependency when a version is not a NuGet version or range
     */
    static List<PackageDependency> references(MavenProject project) {
        List<PackageDependency> references = new ArrayList<>();
        for (Dependency dependency : declared(project)) {
            boolean seen = references.stream().anyMatch(r -> r.id().equalsIgnoreCase(dependency.getArtifactId()));
            if (seen) {
                continue;
            }
            String version = Optional.ofNullable(dependency.getVersion()).orElse("");
            try {
                references.add(new PackageDependency(dependency.getArtifactId(), NupkgVersionText.toRange(version)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The dependency nuget:" + dependency.getArtifactId() + ":" + version
                        + ":nupkg of " + project.getFile() + " has a version NuGet cannot read (" + e.getMessage()
                        + "). Write it as a PackageReference version: 1.2.3 (that or higher, the lowest there is),"
                        + " [1.0,2.0) (the lowest inside), 1.* or *-* (floating).", e);
            }
        }
        return references;
    }
}
