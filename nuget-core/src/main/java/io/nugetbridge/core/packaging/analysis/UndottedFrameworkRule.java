package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.frameworks.FrameworkIdentifiers;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.spec.FrameworkAssembly;
import io.nugetbridge.core.spec.ReferenceGroup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * NU5501, NuGet's {@code InvalidUndottedFrameworkRule}: since .NET 5 a framework needs the dot in its version
 * ({@code net5.0}, not {@code net50}, which means something else to older tools). NuGet looks at the framework
 * strings of the dependency groups, reference groups and framework assemblies, and at the framework folders of
 * the assets; each kind that has one is a warning, and a last one says what to do.
 */
final class UndottedFrameworkRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        List<PackWarning> warnings = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        for (DependencyGroup group : pkg.metadata().dependencies().asGroups()) {
            addIfUndotted(groups, group.targetFramework());
        }
        warn(warnings, groups, "The following dependency group(s) require(s) dots in the framework version: ");
        Set<String> references = new LinkedHashSet<>();
        if (pkg.metadata().references().grouped()) {
            for (ReferenceGroup group : pkg.metadata().references().groups()) {
                addIfUndotted(references, group.targetFramework());
            }
        }
        warn(warnings, references, "The following reference group(s) require(s) dots in the framework version: ");
        Set<String> assemblies = new LinkedHashSet<>();
        for (FrameworkAssembly assembly : pkg.metadata().frameworkAssemblies()) {
            if (assembly.targetFramework() != null) {
                for (String framework : assembly.targetFramework().split(",")) {
                    addIfUndotted(assemblies, framework);
                }
            }
        }
        warn(warnings, assemblies, "The following framework assembly group(s) require(s) dots in the framework version: ");
        Set<String> files = new LinkedHashSet<>();
        for (String file : pkg.files()) {
            String folder = frameworkFolder(file);
            if (folder != null && !hasDesiredDots(folder)) {
                files.add(file);
            }
        }
        warn(warnings, files, "The following packaged file folder(s) require(s) dots in the framework version: ");
        if (!warnings.isEmpty()) {
            warnings.add(new PackWarning("NU5501", "One or more target framework specifiers in your package are missing"
                    + " required dots in their framework version numbers. This is required as of .NET5.0. Please rename"
                    + " them to include dots as needed (e.g. 'net50' to 'net5.0')."));
        }
        return warnings;
    }

    private static void addIfUndotted(Set<String> found, String framework) {
        if (framework != null && !framework.isBlank() && !hasDesiredDots(framework.strip())) {
            found.add(framework.strip());
        }
    }

    private static void warn(List<PackWarning> warnings, Set<String> found, String text) {
        if (!found.isEmpty()) {
            warnings.add(new PackWarning("NU5501", text + String.join(", ", found)));
        }
    }

    /** NuGet's {@code FrameworkVersionHasDesiredDots}: only .NETCoreApp 5 and later needs a dot, before any platform. */
    static boolean hasDesiredDots(String text) {
        NuGetFramework framework = NuGetFramework.parse(text);
        if (framework.version().major() >= 5 && FrameworkIdentifiers.NET_CORE_APP.equalsIgnoreCase(framework.identifier())) {
            int dot = text.indexOf('.');
            int dash = text.indexOf('-');
            return dash > -1 && dot > -1 && dot < dash || dash == -1 && dot > -1;
        }
        return true;
    }

    /**
     * The framework folder of an asset, as the content model's framework patterns name it (runtime, ref, lib,
     * native, resource, MSBuild, content, tools and embed assets), or null.
     */
    static String frameworkFolder(String file) {
        String[] p = file.split("/", -1);
        int n = p.length;
        String top = p[0].toLowerCase(java.util.Locale.ROOT);
        return switch (top) {
            case "lib", "ref", "embed" -> n == 3 && assemblyOrEmpty(p[2])
                    || top.equals("lib") && n == 4 && locale(p[2]) && satellite(p[3]) ? p[1] : null;
            case "runtimes" -> n >= 5 && p[2].equalsIgnoreCase("nativeassets") && !p[4].isEmpty()
                    || n == 5 && p[2].equalsIgnoreCase("lib") && assemblyOrEmpty(p[4])
                    || n == 6 && p[2].equalsIgnoreCase("lib") && locale(p[4]) && satellite(p[5]) ? p[3] : null;
            case "build", "buildtransitive" -> n == 3 && ContentFrameworks.isMSBuild(p[2]) ? p[1] : null;
            case "contentfiles" -> n >= 4 && p[1].chars().allMatch(Character::isLetterOrDigit) && !p[3].isEmpty() ? p[2] : null;
            case "tools" -> n >= 4 && !p[3].isEmpty() ? p[1] : null;
            default -> null;
        };
    }

    private static boolean assemblyOrEmpty(String name) {
        return Assemblies.isAssembly(name) || name.equals("_._");
    }

    private static boolean satellite(String name) {
        return PackagePaths.endsWithIgnoreCase(name, ".resources.dll") || name.equals("_._");
    }

    private static boolean locale(String name) {
        return name.length() == 2 || name.length() >= 4 && name.charAt(2) == '-';
    }
}
