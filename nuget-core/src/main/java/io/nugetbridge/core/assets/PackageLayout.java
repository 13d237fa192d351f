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
 * Sorts a package's entry paths into {@link AssetGroup}s by NuGet's managed-code conventions:
 * {@code ref/<tfm>/<assembly>}, {@code lib/<tfm>/<assembly>}, {@code lib/<assembly>},
 * {@code runtimes/<rid>/lib/<tfm>/<assembly>} and {@code runtimes/<rid>/native/<any>}. Assemblies are
 * {@code .dll}, {@code .exe} and {@code .winmd} files directly in the folder; {@code _._} marks an empty folder.
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
            String top = parts[0].toLowerCase(Locale.ROOT);
            if (top.equals("ref") && parts.length == 3) {
                add(groups, AssetGroup.Kind.REF, parts[1], "", path, parts[2], true);
            } else if (top.equals("lib") && parts.length == 3) {
                add(groups, AssetGroup.Kind.LIB, parts[1], "", path, parts[2], true);
            } else if (top.equals("lib") && parts.length == 2) {
                add(groups, AssetGroup.Kind.LIB, null, "", path, parts[1], true);
            } else if (top.equals("runtimes") && parts.length == 5 && parts[2].equalsIgnoreCase("lib")) {
                add(groups, AssetGroup.Kind.RUNTIME_LIB, parts[3], parts[1], path, parts[4], true);
            } else if (top.equals("runtimes") && parts.length >= 4 && parts[2].equalsIgnoreCase("native")) {
                add(groups, AssetGroup.Kind.NATIVE, "", parts[1], path, parts[parts.length - 1], false);
            }
        }
        return groups.values().stream().map(Builder::build).toList();
    }

    private static void add(Map<String, Builder> groups, AssetGroup.Kind kind, String folder, String runtime, String path,
            String fileName, boolean assembliesOnly) {
        if (fileName.isEmpty()) {
            return; // a folder entry
        }
        NuGetFramework framework = folder == null ? NET_ANY_VERSION : folder.isEmpty() ? NuGetFramework.ANY : NuGetFramework.parse(folder);
        String key = kind + "|" + runtime.toLowerCase(Locale.ROOT) + "|" + (folder == null ? "" : folder.toLowerCase(Locale.ROOT));
        Builder group = groups.computeIfAbsent(key, k -> new Builder(kind, framework, runtime));
        if (!fileName.equals(PLACEHOLDER) && (!assembliesOnly || isAssembly(fileName))) {
            group.files.add(path);
        }
    }

    private static boolean isAssembly(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".dll") || lower.endsWith(".exe") || lower.endsWith(".winmd");
    }

    private static final class Builder {
        final AssetGroup.Kind kind;
        final NuGetFramework framework;
        final String runtime;
        final List<String> files = new ArrayList<>();

        Builder(AssetGroup.Kind kind, NuGetFramework framework, String runtime) {
            this.kind = kind;
            this.framework = framework;
            this.runtime = runtime;
        }

        AssetGroup build() {
            return new AssetGroup(kind, framework, runtime, files);
        }
    }
}
