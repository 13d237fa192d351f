package io.nugetbridge.core.packaging;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.spec.FrameworkAssembly;
import io.nugetbridge.core.spec.FrameworkReferenceGroup;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.ReferenceGroup;
import io.nugetbridge.core.version.VersionRange;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules on what a nuspec says about other packages and frameworks: every dependency has a valid id
 * and a valid, non-floating range and appears once per group; every target framework (of dependency
 * groups, reference groups, framework assemblies and framework references) is one NuGet knows, and a
 * platform framework names its platform version ({@code net8.0-windows10.0.19041}, NU1012).
 * Flat and grouped dependencies cannot be mixed: the reader refuses such a nuspec, and the model
 * cannot hold one.
 */
final class DependencyRules {

    private DependencyRules() {}

    static void check(NuspecMetadata m, List<PackageProblem> problems) {
        for (DependencyGroup group : m.dependencies().asGroups()) {
            String element = m.dependencies().grouped() ? "<dependencies>/" + groupElement(group.targetFramework())
                    : "<dependencies>";
            framework(group.targetFramework(), element, problems);
            Set<String> seen = new HashSet<>();
            for (Dependency dependency : group.dependencies()) {
                String dependencyElement = element + "/<dependency id=\"" + dependency.id() + "\">";
                PackageIds.problem(dependency.id()).ifPresent(p -> problems.add(new PackageProblem("", dependencyElement, p)));
                if (!seen.add(dependency.id().toLowerCase(Locale.ROOT))) {
                    problems.add(new PackageProblem("", dependencyElement, "'" + dependency.id()
                            + "' is listed more than once in this group; keep one"));
                }
                range(dependency, dependencyElement, problems);
            }
        }
        for (ReferenceGroup group : m.references().groups()) {
            framework(group.targetFramework(), "<references>/" + groupElement(group.targetFramework()), problems);
        }
        for (FrameworkAssembly assembly : m.frameworkAssemblies()) {
            String element = "<frameworkAssemblies>/<frameworkAssembly assemblyName=\"" + assembly.assemblyName() + "\">";
            assembly.targetFrameworks().forEach(f -> framework(f, element, problems));
        }
        for (FrameworkReferenceGroup group : m.frameworkReferences()) {
            String element = "<frameworkReferences>/" + groupElement(group.targetFramework());
            if (MetadataRules.isBlank(group.targetFramework())) {
                problems.add(new PackageProblem("", element, "needs a targetFramework"));
            } else {
                framework(group.targetFramework(), element, problems);
            }
        }
    }

    private static void range(Dependency dependency, String element, List<PackageProblem> problems) {
        String text = dependency.versionText();
        if (text == null || text.isBlank()) {
            return; // every version, as NuGet reads it
        }
        try {
            VersionRange.parseExact(text);
        } catch (IllegalArgumentException e) {
            boolean floats = VersionRange.tryParse(text).map(VersionRange::isFloating).orElse(false);
            problems.add(new PackageProblem("", element, floats
                    ? "version '" + text + "' floats; a nuspec dependency needs a fixed range such as 1.2.0 or [1.2.0,2.0.0)"
                    : "version '" + text + "' is not a version range such as 1.2.0, [1.2.0] or [1.2.0,2.0.0)"
                            + (text.contains("$") ? " (a $token$ without a value?)" : "")));
        }
    }

    private static void framework(String text, String element, List<PackageProblem> problems) {
        if (text == null || text.isBlank()) {
            return; // the group for every framework
        }
        NuGetFramework framework = NuGetFramework.parse(text);
        if (framework.isUnsupported()) {
            problems.add(new PackageProblem("NU5003", element, "'" + text + "' is not a target framework NuGet knows;"
                    + " use a short name such as net8.0, netstandard2.0 or net472"));
        } else if (framework.hasPlatform() && framework.platformVersion().isEmpty()) {
            problems.add(new PackageProblem("NU1012", element, "'" + text + "' names the platform '"
                    + framework.platform() + "' without its version; write it as e.g. " + framework.shortFolderName()
                    + "10.0.19041"));
        }
    }

    private static String groupElement(String targetFramework) {
        return targetFramework == null ? "<group>" : "<group targetFramework=\"" + targetFramework + "\">";
    }
}
