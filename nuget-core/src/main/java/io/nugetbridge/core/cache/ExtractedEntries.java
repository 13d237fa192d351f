package io.nugetbridge.core.cache;

import io.nugetbridge.core.packaging.PackageEntry;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which entries of a package NuGet writes into its global packages folder ({@code PackageExtractor}'s
 * rule, which is not quite the OPC one): every file but those named {@code .rels} or
 * {@code [Content_Types].xml} and those ending in {@code .psmdcp}, at any depth and matched exactly as
 * NuGet does; and, at the root, no {@code .nuspec} (the nuspec is written under its lower-cased name
 * instead), no {@code .nupkg}, and nothing named like the hash or metadata file. The root exclusions
 * also mean a hostile package cannot stand in for the files that make the folder count as installed.
 */
final class ExtractedEntries implements Predicate<PackageEntry> {

    private final String sha512Name;

    ExtractedEntries(PackagePaths paths) {
        this.sha512Name = paths.sha512Name();
    }

    @Override
    public boolean test(PackageEntry entry) {
        String path = entry.path();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals(".rels") || name.equals("[Content_Types].xml") || path.endsWith(".psmdcp")) {
            return false;
        }
        if (!entry.isAtRoot()) {
            return true;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        return !lower.endsWith(".nuspec") && !lower.endsWith(".nupkg") && !lower.equals(sha512Name)
                && !lower.equals(NupkgMetadata.FILE_NAME);
    }
}
