package io.nugetbridge.core.assets;

import io.nugetbridge.core.frameworks.FrameworkIdentifiers;
import io.nugetbridge.core.frameworks.FrameworkVersion;
import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sorts a package's entry paths into {@link AssetGroup}s by NuGet's managed-code conventions
 * (NuGet.Packaging/ContentModel/ManagedCodeConventions.cs): a group pattern makes the group, a path pattern makes
 * its items.
 * <ul>
 * <li>{@code ref/<tfm>/…}, {@code lib/<tfm>/…}, {@code runtimes/<rid>/lib/<tfm>/…}, {@code embed/<tfm>/…}: any file
 * below makes the group; only an assembly ({@code .dll}, {@code .exe}, {@code .winmd}) or {@code _._} right in the
 * folder is an item. {@code lib/<assembly>} is a {@code lib/} group for .NETFramework of any version.</li>
 * <li>{@code lib/<tfm>/<locale>/<name>.resources.dll}: satellite assemblies.</li>
 * <li>{@code build/<tfm>/}, {@code buildTransitive/<tfm>/} and their roots (any framework), and
 * {@code buildMultiTargeting/} ({@code buildCrossTargeting/}): {@code .props}, {@code .targets} and {@code _._}
 * directly in the folder.</li>
 * <li>{@code contentFiles/<language>/<tfm>/…}: every file; {@code runtimes/<rid>/native/…}: every file.</li>
 * </ul>
 */
final class PackageLayout {

    static final String PLACEHOLDER = "_._";

    /** The framework of files right under {@code lib/}: any .NETFramework. */
    static final NuGetFramework NET_ANY_VERSION = NuGetFramework.of(FrameworkIdentifiers.NET_FRAMEWORK, FrameworkVersion.EMPTY);

    private PackageLayout() {}

    static List<AssetGroup> groups(Collection<String> paths) {
        Map<String, Builder> groups = new LinkedHashMap<>();
        for (String raw : paths) {
            String path = raw.replace('\\', '/');
            String[] parts = path.split("/");
            if (parts.length < 2 || parts[parts.length - 1].isEmpty()) {
                continue; // a file at the root, or a folder entry
            }
            String top = parts[0].toLowerCase(Locale.ROOT);
            String name = parts[parts.length - 1];
            switch (top) {
                case "ref" -> folderOfAssemblies(groups, AssetGroup.Kind.REF, parts, 1, "", path);
                case "embed" -> folderOfAssemblies(groups, AssetGroup.Kind.EMBED, parts, 1, "", path);
                case "lib" -> {
                    if (parts.length == 2) {
                        if (isAssembly(name)) {
                            group(groups, AssetGroup.Kind.LIB, null, "").items.add(path);
                        }
                    } else {
                        folderOfAssemblies(groups, AssetGroup.Kind.LIB, parts, 1, "", path);
                        if (parts.length == 4 && (name.toLowerCase(Locale.ROOT).endsWith(".resources.dll") || name.equals(PLACEHOLDER))) {
                            group(groups, AssetGroup.Kind.RESOURCE, parts[1], "").items.add(path);
                        }
                    }
                }
                case "runtimes" -> {
                    if (parts.length >= 5 && parts[2].equalsIgnoreCase("lib")) {
                        folderOfAssemblies(groups, AssetGroup.Kind.RUNTIME_LIB, parts, 3, parts[1], path);
                    } else if (parts.length >= 4 && parts[2].equalsIgnoreCase("native")) {
                        group(groups, AssetGroup.Kind.NATIVE, "", parts[1]).items.add(path);
                    }
                }
                case "build" -> msbuild(groups, AssetGroup.Kind.BUILD, parts, path);
                case "buildtransitive" -> msbuild(groups, AssetGroup.Kind.BUILD_TRANSITIVE, parts, path);
                case "buildmultitargeting", "buildcrosstargeting" -> {
                    if (parts.length == 2 && isMsBuild(name)) {
                        group(groups, AssetGroup.Kind.BUILD_MULTI_TARGETING, "", "").items.add(path);
                    }
                }
                case "contentfiles" -> {
                    if (parts.length >= 4) {
                        group(groups, AssetGroup.Kind.CONTENT_FILES, parts[2], parts[1].toLowerCase(Locale.ROOT)).items.add(path);
                    }
                }
                default -> { }
            }
        }
        return groups.values().stream().map(Builder::build).toList();
    }

    /** {@code <kind>/<tfm>/…} (the framework at {@code tfmIndex}): any file below makes the group, an assembly right in it an item. */
    private static void folderOfAssemblies(Map<String, Builder> groups, AssetGroup.Kind kind, String[] parts, int tfmIndex,
            String runtime, String path) {
        if (parts.length < tfmIndex + 2) {
            return;
        }
        Builder group = group(groups, kind, parts[tfmIndex], runtime);
        if (parts.length == tfmIndex + 2 && isAssembly(parts[tfmIndex + 1])) {
            group.items.add(path);
        }
    }

    private static void msbuild(Map<String, Builder> groups, AssetGroup.Kind kind, String[] parts, String path) {
        String name = parts[parts.length - 1];
        if (!isMsBuild(name)) {
            return;
        }
        if (parts.length == 2) {
            group(groups, kind, "", "").items.add(path);
        } else if (parts.length == 3) {
            group(groups, kind, parts[1], "").items.add(path);
        }
    }

    /**
     * The group of a kind, folder and runtime (or code language, for content files). A {@code null} folder is
     * {@code lib/} itself; an empty one stands for any framework.
     */
    private static Builder group(Map<String, Builder> groups, AssetGroup.Kind kind, String folder, String runtime) {
        String key = kind + "|" + runtime.toLowerCase(Locale.ROOT) + "|" + (folder == null ? "/" : folder.toLowerCase(Locale.ROOT));
        return groups.computeIfAbsent(key, k -> new Builder(kind, frameworkOf(folder), runtime));
    }

    private static NuGetFramework frameworkOf(String folder) {
        if (folder == null) {
            return NET_ANY_VERSION;
        }
        return folder.isEmpty() || folder.equalsIgnoreCase("any") ? NuGetFramework.ANY : NuGetFramework.parse(folder);
    }

    private static boolean isAssembly(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".dll") || lower.endsWith(".exe") || lower.endsWith(".winmd") || fileName.equals(PLACEHOLDER);
    }

    private static boolean isMsBuild(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".props") || lower.endsWith(".targets") || fileName.equals(PLACEHOLDER);
    }

    private static final class Builder {
        final AssetGroup.Kind kind;
        final NuGetFramework framework;
        final String runtime;
        final List<String> items = new ArrayList<>();

        Builder(AssetGroup.Kind kind, NuGetFramework framework, String runtime) {
            this.kind = kind;
            this.framework = framework;
            this.runtime = runtime;
        }

        AssetGroup build() {
            return new AssetGroup(kind, framework, runtime, items);
        }
    }
}
