package io.nugetbridge.core.project;

import io.nugetbridge.core.version.VersionRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives each PackageReference its version, with NuGet's rules for central package management when
 * {@code ManagePackageVersionsCentrally} is true: the version comes from the {@code PackageVersion} item of the
 * id, or the reference's {@code VersionOverride}; a {@code Version} on the reference is NU1008, a reference
 * without PackageVersion is NU1010, a floating PackageVersion is NU1011 unless
 * {@code CentralPackageFloatingVersionsEnabled}; {@code GlobalPackageReference} items join every framework.
 * Without central management the reference's own {@code Version} counts, and none means every version.
 */
final class CentralVersions {

    private CentralVersions() {}

    static List<ProjectPackageReference> references(List<MsBuildItem> items, MsBuildProperties properties, Path project) {
        boolean central = properties.isTrue("ManagePackageVersionsCentrally");
        Map<String, MsBuildItem> packageVersions = new LinkedHashMap<>();
        Map<String, ProjectPackageReference> references = new LinkedHashMap<>();
        Set<String> versionOnReference = new LinkedHashSet<>();
        Set<String> withoutPackageVersion = new LinkedHashSet<>();
        for (MsBuildItem item : items) {
            if (item.type().equalsIgnoreCase("PackageVersion")) {
                packageVersions.put(lower(item.include()), item);
            }
        }
        for (MsBuildItem item : items) {
            String key = lower(item.include());
            if (references.containsKey(key)) {
                continue; // NuGet warns (NU1504) and uses the first of duplicate references
            }
            if (item.type().equalsIgnoreCase("GlobalPackageReference") && central) {
                references.put(key, reference(item, item.metadata("Version").orElse(null),
                        ProjectPackageReference.Origin.GLOBAL_PACKAGE_REFERENCE));
            } else if (item.type().equalsIgnoreCase("PackageReference")) {
                if (!central) {
                    Optional<String> version = item.metadata("Version");
                    references.put(key, reference(item, version.orElse(null), version.isPresent()
                            ? ProjectPackageReference.Origin.VERSION : ProjectPackageReference.Origin.NONE));
                } else if (item.metadata("Version").isPresent()) {
                    versionOnReference.add(item.include());
                } else if (item.metadata("VersionOverride").isPresent()) {
                    if (properties.get("CentralPackageVersionOverrideEnabled").trim().equalsIgnoreCase("false")) {
                        throw new ProjectFileException(item.element().file(), item.element().line(), "NU1013", "The package"
                                + " reference " + item.include() + " has a VersionOverride, but CentralPackageVersionOverrideEnabled"
                                + " is false; remove the VersionOverride or allow overrides");
                    }
                    references.put(key, reference(item, item.metadata("VersionOverride").get(),
                            ProjectPackageReference.Origin.VERSION_OVERRIDE));
                } else if (packageVersions.containsKey(key)) {
                    MsBuildItem packageVersion = packageVersions.get(key);
                    ProjectPackageReference fromCentral = reference(packageVersion, packageVersion.metadata("Version").orElse(null),
                            ProjectPackageReference.Origin.PACKAGE_VERSION);
                    references.put(key, new ProjectPackageReference(item.include(), fromCentral.range(), fromCentral.origin(),
                            fromCentral.file(), fromCentral.line()));
                } else {
                    withoutPackageVersion.add(item.include());
                }
            }
        }
        if (!versionOnReference.isEmpty()) {
            throw new ProjectFileException(project, -1, "NU1008", "Projects that use central package version management"
                    + " should not define the version on the PackageReference items but on the PackageVersion items: "
                    + String.join(";", versionOnReference) + ". Move each version to a <PackageVersion> in Directory.Packages.props,"
                    + " or write it as VersionOverride.");
        }
        if (!withoutPackageVersion.isEmpty()) {
            throw new ProjectFileException(project, -1, "NU1010", "The PackageReference items " + String.join(";", withoutPackageVersion)
                    + " do not have corresponding PackageVersion. Add <PackageVersion Include=\"...\" Version=\"...\" /> for"
                    + " each to Directory.Packages.props.");
        }
        if (central && !properties.isTrue("CentralPackageFloatingVersionsEnabled")) {
            List<String> floating = new ArrayList<>();
            references.values().stream().filter(r -> r.origin() == ProjectPackageReference.Origin.PACKAGE_VERSION
                    && r.range().isFloating()).forEach(r -> floating.add(r.id()));
            if (!floating.isEmpty()) {
                throw new ProjectFileException(project, -1, "NU1011", "The following PackageVersion items cannot specify a"
                        + " floating version: " + String.join(";", floating) + ". Use fixed versions, or set"
                        + " CentralPackageFloatingVersionsEnabled to true.");
            }
        }
        return List.copyOf(references.values());
    }

    private static ProjectPackageReference reference(MsBuildItem item, String versionText,
            ProjectPackageReference.Origin origin) {
        VersionRange range = VersionRange.ALL;
        if (versionText != null && !versionText.isBlank()) {
            try {
                range = VersionRange.parse(versionText);
            } catch (IllegalArgumentException e) {
                throw new ProjectFileException(item.element().file(), item.element().line(), null, "the " + item.type()
                        + " " + item.include() + " has version '" + versionText + "': " + e.getMessage());
            }
        }
        return new ProjectPackageReference(item.include(), range, origin, item.element().file(), item.element().line());
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
