package io.nugetbridge.core.assets;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.FrameworkAssembly;
import io.nugetbridge.core.spec.FrameworkReferenceGroup;
import io.nugetbridge.core.spec.NuspecMetadata;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What asset selection reads from one package: its id (a {@code build/} file counts only when named after it), its
 * entry paths, and the frameworks of the nuspec's {@code <frameworkAssemblies>} and {@code <frameworkReferences>}
 * groups, which NuGet counts as assets of a framework they fit.
 *
 * @param id                         the package id
 * @param paths                      the entry paths ({@code lib/net48/Foo.dll} ...)
 * @param frameworkAssemblyGroups    one framework per {@code <frameworkAssembly targetFramework>} value ({@code any}
 *                                   for one without)
 * @param frameworkReferenceGroups   the {@code <frameworkReferences><group targetFramework>} frameworks
 */
public record PackageContents(String id, List<String> paths, List<NuGetFramework> frameworkAssemblyGroups,
        List<NuGetFramework> frameworkReferenceGroups) {

    public PackageContents {
        paths = List.copyOf(paths);
        frameworkAssemblyGroups = List.copyOf(frameworkAssemblyGroups);
        frameworkReferenceGroups = List.copyOf(frameworkReferenceGroups);
    }

    /** A package known only by its files. */
    public static PackageContents of(String id, Collection<String> paths) {
        return new PackageContents(id, List.copyOf(paths), List.of(), List.of());
    }

    /** A package's files with what its nuspec says about framework assemblies and references. */
    public static PackageContents of(NuspecMetadata nuspec, Collection<String> paths) {
        Set<NuGetFramework> assemblies = new LinkedHashSet<>();
        for (FrameworkAssembly assembly : nuspec.frameworkAssemblies()) {
            if (assembly.targetFrameworks().isEmpty()) {
                assemblies.add(NuGetFramework.ANY);
            }
            assembly.targetFrameworks().forEach(text -> assemblies.add(NuGetFramework.parse(text)));
        }
        Set<NuGetFramework> references = new LinkedHashSet<>();
        for (FrameworkReferenceGroup group : nuspec.frameworkReferences()) {
            if (!group.names().isEmpty()) {
                references.add(group.targetFramework() == null || group.targetFramework().isBlank() ? NuGetFramework.ANY
                        : NuGetFramework.parse(group.targetFramework()));
            }
        }
        return new PackageContents(nuspec.id(), List.copyOf(paths), List.copyOf(assemblies), List.copyOf(references));
    }
}
