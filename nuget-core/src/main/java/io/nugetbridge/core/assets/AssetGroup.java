package io.nugetbridge.core.assets;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.List;
import java.util.Locale;

/**
 * A folder of a package's assets, as NuGet's content model groups them: its kind, its framework (from the folder
 * name; {@code lib/} itself stands for .NETFramework of any version, as in NuGet), its runtime when under
 * {@code runtimes/<rid>/}, and its items. The items are the files the kind's path pattern takes, the {@code _._}
 * placeholder included: NuGet counts a placeholder as an asset (the package fits, and needs nothing). A group can
 * have no items at all, as {@code lib/net45/} does when it only holds a sub-folder or an XML file: NuGet still
 * picks it as the nearest folder, and then takes nothing from it.
 */
record AssetGroup(Kind kind, NuGetFramework framework, String runtime, List<String> items) {

    enum Kind {
        /** {@code ref/<tfm>/}: compile assets. */
        REF,
        /** {@code lib/<tfm>/} and {@code lib/}: compile and runtime assets. */
        LIB,
        /** {@code runtimes/<rid>/lib/<tfm>/}. */
        RUNTIME_LIB,
        /** {@code lib/<tfm>/<locale>/*.resources.dll}: satellite assemblies. */
        RESOURCE,
        /** {@code runtimes/<rid>/native/}. */
        NATIVE,
        /** {@code embed/<tfm>/}. */
        EMBED,
        /** {@code build/<tfm>/} and {@code build/} (any framework). */
        BUILD,
        /** {@code buildTransitive/<tfm>/} and {@code buildTransitive/}. */
        BUILD_TRANSITIVE,
        /** {@code buildMultiTargeting/} and the older {@code buildCrossTargeting/}: for any framework. */
        BUILD_MULTI_TARGETING,
        /** {@code contentFiles/<language>/<tfm>/}. */
        CONTENT_FILES
    }

    AssetGroup {
        items = List.copyOf(items);
    }

    /** The items without the {@code _._} placeholder: what a build actually uses. */
    List<String> files() {
        return items.stream().filter(path -> !isPlaceholder(path)).toList();
    }

    static boolean isPlaceholder(String path) {
        return PackageLayout.PLACEHOLDER.equals(path.substring(path.lastIndexOf('/') + 1));
    }

    /** {@code build/} items of package {@code id}, as NuGet takes them: {@code <id>.props}, {@code <id>.targets}, else {@code _._}. */
    List<String> buildItemsOf(String id) {
        String props = (id + ".props").toLowerCase(Locale.ROOT);
        String targets = (id + ".targets").toLowerCase(Locale.ROOT);
        List<String> named = items.stream().filter(path -> {
            String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            return name.equals(props) || name.equals(targets);
        }).toList();
        return named.isEmpty() ? items.stream().filter(AssetGroup::isPlaceholder).limit(1).toList() : named;
    }
}
