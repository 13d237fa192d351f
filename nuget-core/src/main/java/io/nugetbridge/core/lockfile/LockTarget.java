package io.nugetbridge.core.lockfile;

import io.nugetbridge.core.frameworks.FrameworkIdentifiers;
import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.List;
import java.util.Optional;

/**
 * The packages locked for one framework (and runtime).
 *
 * @param framework         the target framework
 * @param runtimeIdentifier the runtime, for a RID-specific target
 * @param packages          the packages, in NuGet's order (Direct, Transitive, Project, CentralTransitive; then by id)
 */
public record LockTarget(NuGetFramework framework, Optional<String> runtimeIdentifier, List<LockedPackage> packages) {

    public LockTarget {
        packages = List.copyOf(packages);
    }

    /**
     * The key NuGet writes: the short name ({@code net8.0}) for .NET 6 and later and for .NET 5 with a platform,
     * the full name ({@code .NETFramework,Version=v4.8}) otherwise, which NuGet keeps for compatibility; a runtime
     * follows after {@code /}.
     */
    public String name() {
        boolean shortName = FrameworkIdentifiers.NET_CORE_APP.equalsIgnoreCase(framework.identifier())
                && (framework.version().major() >= 6 || (framework.version().major() == 5 && framework.hasPlatform()));
        String name = shortName ? framework.shortFolderName() : framework.dotNetFrameworkName();
        return runtimeIdentifier.map(rid -> name + "/" + rid).orElse(name);
    }

    public Optional<LockedPackage> find(String id) {
        return packages.stream().filter(p -> p.id().equalsIgnoreCase(id)).findFirst();
    }
}
