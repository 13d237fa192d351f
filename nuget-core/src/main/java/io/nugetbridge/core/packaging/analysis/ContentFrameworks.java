package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.frameworks.FrameworkIdentifiers;
import io.nugetbridge.core.frameworks.FrameworkVersion;
import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The frameworks of a package's asset folders, as NuGet's content model finds them with its managed-code
 * conventions (NuGet.Packaging/ContentModel/ManagedCodeConventions.cs), for the group patterns the analysis
 * rules use: {@code lib/{tfm}/{any?}} and {@code lib/{assembly?}} (compile lib), {@code ref/{tfm}/{any?}}
 * and {@code build/{tfm}/{msbuild?}}, {@code build/{msbuild?}} (MSBuild files). Folder names compare without
 * case; frameworks come in the order their folders first appear.
 */
final class ContentFrameworks {

    /** {@code lib/} itself: .NETFramework with no version ({@code NetTFMTable}), which NuGet prints as {@code net00}. */
    static final NuGetFramework NET00 = NuGetFramework.of(FrameworkIdentifiers.NET_FRAMEWORK, FrameworkVersion.EMPTY);
    /** What an {@code any} folder means ({@code DotnetAnyTable}): {@code dotnet}. */
    static final NuGetFramework DOTNET = NuGetFramework.of(FrameworkIdentifiers.NET_PLATFORM, FrameworkVersion.of(5, 0));

    private ContentFrameworks() {}

    /**
     * The content model's framework parser: {@code any} is {@code dotnet}; a name NuGet cannot read is not
     * "unsupported" there but a framework of that name with no version ({@code bogus} prints as {@code bogus0.0}).
     */
    static NuGetFramework ofFolder(String folder) {
        if (folder.equals("any")) {
            return DOTNET;
        }
        NuGetFramework framework = NuGetFramework.parse(folder);
        return framework.isUnsupported() ? NuGetFramework.of(folder, FrameworkVersion.EMPTY) : framework;
    }

    /** Whether a framework came from a folder name NuGet does not know. */
    static boolean isUnknown(NuGetFramework framework) {
        return framework.isSpecific() && FrameworkIdentifiers.resolve(framework.identifier()).isEmpty();
    }

    /** The short folder name; for a name NuGet does not know, the name itself. */
    static String shortName(NuGetFramework framework) {
        return isUnknown(framework) ? framework.identifier() : framework.shortFolderName();
    }

    /** NuGet's {@code GetFrameworkString}: {@code .NETFramework4.5}, {@code net8.0}, {@code bogus0.0}. */
    static String frameworkString(NuGetFramework framework) {
        return isUnknown(framework) ? framework.identifier() + "0.0" : framework.toNuspecString();
    }

    /** Frameworks of {@code lib/} groups ({@code CompileLibAssemblies}). */
    static Set<NuGetFramework> lib(Collection<String> files) {
        Set<NuGetFramework> frameworks = new LinkedHashSet<>();
        for (String file : files) {
            String[] parts = file.split("/", -1);
            if (!parts[0].equalsIgnoreCase("lib")) {
                continue;
            }
            if (parts.length >= 3 && !parts[1].isEmpty() && !rest(parts, 2).isEmpty()) {
                frameworks.add(ofFolder(parts[1]));
            } else if (parts.length == 2 && (Assemblies.isAssembly(parts[1]) || parts[1].equals("_._"))) {
                frameworks.add(NET00);
            }
        }
        return frameworks;
    }

    /** Frameworks of {@code ref/} groups ({@code CompileRefAssemblies}). */
    static Set<NuGetFramework> ref(Collection<String> files) {
        Set<NuGetFramework> frameworks = new LinkedHashSet<>();
        for (String file : files) {
            String[] parts = file.split("/", -1);
            if (parts[0].equalsIgnoreCase("ref") && parts.length >= 3 && !parts[1].isEmpty() && !rest(parts, 2).isEmpty()) {
                frameworks.add(ofFolder(parts[1]));
            }
        }
        return frameworks;
    }

    /** Frameworks of {@code build/} groups ({@code MSBuildFiles}); {@code build/} itself is {@link NuGetFramework#ANY}. */
    static Set<NuGetFramework> build(Collection<String> files) {
        Set<NuGetFramework> frameworks = new LinkedHashSet<>();
        for (String file : files) {
            String[] parts = file.split("/", -1);
            if (!parts[0].equalsIgnoreCase("build")) {
                continue;
            }
            if (parts.length == 3 && !parts[1].isEmpty() && isMSBuild(parts[2])) {
                frameworks.add(ofFolder(parts[1]));
            } else if (parts.length == 2 && isMSBuild(parts[1])) {
                frameworks.add(NuGetFramework.ANY);
            }
        }
        return frameworks;
    }

    /** A {@code .props} or {@code .targets} file (any case), or the empty-folder marker. */
    static boolean isMSBuild(String name) {
        return PackagePaths.endsWithIgnoreCase(name, ".props") || PackagePaths.endsWithIgnoreCase(name, ".targets")
                || name.equals("_._");
    }

    private static String rest(String[] parts, int from) {
        return String.join("/", java.util.Arrays.asList(parts).subList(from, parts.length));
    }
}
