package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.frameworks.FrameworkCompatibility;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.DependencyGroup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * NU5128 and NU5130, NuGet's {@code DependenciesGroupsForEachTFMRule}: the frameworks of the nuspec's dependency
 * groups and of the {@code lib/} and {@code ref/} folders should be the same. A folder framework without a group
 * is NU5128, unless a group's framework is compatible with it (NU5130); a group without a folder is NU5128. Only
 * files two folders deep count, and {@code lib/net00} is ignored, as in NuGet.
 */
final class DependencyGroupsMatchFrameworksRule implements PackageRule {

    private static final String HEADER = "Some target frameworks declared in the dependencies group of the nuspec and the"
            + " lib/ref folder do not have exact matches in the other location. Consult the list of actions below:";
    private static final String COMPAT_HEADER = "Some target frameworks declared in the dependencies group of the nuspec"
            + " and the lib/ref folder have compatible matches, but not exact matches in the other location. Unless"
            + " intentional, consult the list of actions below:";

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        List<String> deep = pkg.files().stream().filter(f -> PackagePaths.slashes(f) > 1).toList();
        Set<NuGetFramework> fromFiles = new LinkedHashSet<>(ContentFrameworks.lib(deep));
        fromFiles.addAll(ContentFrameworks.ref(deep));
        fromFiles.remove(ContentFrameworks.NET00);
        List<NuGetFramework> fromNuspec = new ArrayList<>();
        for (DependencyGroup group : pkg.metadata().dependencies().asGroups()) {
            if (group.targetFramework() != null && !group.targetFramework().isBlank()) {
                fromNuspec.add(NuGetFramework.parse(group.targetFramework()));
            }
        }
        Set<NuGetFramework> onlyInFiles = new LinkedHashSet<>(fromFiles);
        onlyInFiles.removeAll(fromNuspec);
        Set<NuGetFramework> onlyInNuspec = new LinkedHashSet<>(fromNuspec);
        onlyInNuspec.removeAll(fromFiles);
        Set<NuGetFramework> compatible = new LinkedHashSet<>();
        for (NuGetFramework file : onlyInFiles) {
            if (onlyInNuspec.stream().anyMatch(nuspec -> compatible(file, nuspec))) {
                compatible.add(file);
            }
        }
        onlyInFiles.removeAll(compatible);

        List<PackWarning> warnings = new ArrayList<>();
        if (!onlyInFiles.isEmpty() || !onlyInNuspec.isEmpty()) {
            StringBuilder text = new StringBuilder(HEADER);
            lines(text, onlyInFiles, "- Add a dependency group for ", " to the nuspec", ContentFrameworks::frameworkString);
            lines(text, onlyInNuspec, "- Add lib or ref assemblies for the ", " target framework", ContentFrameworks::shortName);
            warnings.add(new PackWarning("NU5128", text.toString()));
        }
        if (!compatible.isEmpty()) {
            StringBuilder text = new StringBuilder(COMPAT_HEADER);
            lines(text, compatible, "- Add a dependency group for ", " to the nuspec", ContentFrameworks::frameworkString);
            warnings.add(new PackWarning("NU5130", text.toString()));
        }
        return warnings;
    }

    /** The content model's framework compatibility test: criteria is the folder's framework, available the group's. */
    private static boolean compatible(NuGetFramework file, NuGetFramework nuspec) {
        if (file.isAny() && nuspec.isAny()) {
            return true;
        }
        if (file.isAny() || nuspec.isAny()) {
            return false;
        }
        return FrameworkCompatibility.isCompatible(file, nuspec);
    }

    private static void lines(StringBuilder text, Set<NuGetFramework> frameworks, String before, String after,
            Function<NuGetFramework, String> name) {
        for (NuGetFramework framework : frameworks) {
            text.append('\n').append(before).append(name.apply(framework)).append(after);
        }
    }
}
