package io.nugetbridge.core.assets;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The frameworks a package says it supports, for NU1202's "supports:" list, as NuGet's CompatibilityChecker
 * ({@code GetPackageFrameworks}) finds them: the frameworks of its {@code lib/}, {@code ref/}, satellite,
 * {@code embed/} and {@code contentFiles/} folders that hold at least one item ({@code _._} counts; a folder with
 * only a sub-folder or an XML file does not), leaving out runtime-specific folders and folders for any framework.
 * Build folders do not count.
 */
public final class SupportedFrameworks {

    private static final Set<AssetGroup.Kind> KINDS = EnumSet.of(AssetGroup.Kind.RESOURCE, AssetGroup.Kind.REF,
            AssetGroup.Kind.LIB, AssetGroup.Kind.EMBED, AssetGroup.Kind.CONTENT_FILES);

    private SupportedFrameworks() {}

    /** Each framework once, in no particular order (the message sorts them). */
    public static List<NuGetFramework> of(Collection<String> paths) {
        Set<NuGetFramework> frameworks = new LinkedHashSet<>();
        for (AssetGroup group : PackageLayout.groups(paths)) {
            if (KINDS.contains(group.kind()) && !group.items().isEmpty() && group.framework().isSpecific()) {
                frameworks.add(group.framework());
            }
        }
        return List.copyOf(frameworks);
    }
}
