package io.nugetbridge.wagon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a path Maven asks a NuGet repository for means. Every NuGet package lives under the fixed
 * groupId {@code nuget} (see DESIGN.md, "Maven coordinates of a NuGet package"), so anything outside
 * {@code nuget/} is known to be absent without asking the feed.
 */
public sealed interface RepositoryPath {

    /** The checksum suffixes Maven may ask for next to any file, lower case, without the dot. */
    List<String> CHECKSUM_EXTENSIONS = List.of("sha1", "md5", "sha256", "sha512");

    /** The groupId that every NuGet package is mapped to. */
    String GROUP_ID = "nuget";

    /** {@code nuget/<Id>/<version>/<Id>-<version>.<extension>[.<checksum>]}. */
    record ArtifactFile(String id, String version, String extension, Optional<String> checksum)
            implements RepositoryPath {}

    /** {@code nuget/<Id>/maven-metadata.xml[.<checksum>]}: the versions of one id. */
    record VersionsMetadata(String id, Optional<String> checksum) implements RepositoryPath {}

    /** {@code .meta/prefixes.txt}: Resolver 2's remote repository filter. */
    record Prefixes(Optional<String> checksum) implements RepositoryPath {}

    /** Anything else: answered "not found" at once. */
    record Unmapped(String path) implements RepositoryPath {}

    /** Reads a repository-relative path as Maven sends it ({@code /} separated, maybe with a leading slash). */
    static RepositoryPath parse(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        Optional<String> checksum = checksumOf(path);
        String file = checksum.map(c -> path.substring(0, path.length() - c.length() - 1)).orElse(path);

        if (file.equals(".meta/prefixes.txt")) {
            return new Prefixes(checksum);
        }
        String[] parts = file.split("/", -1);
        if (parts.length < 3 || !parts[0].equals(GROUP_ID) || hasEmptyPart(parts)) {
            return new Unmapped(rawPath);
        }
        String id = parts[1];
        if (parts.length == 3) {
            return parts[2].equals("maven-metadata.xml") ? new VersionsMetadata(id, checksum) : new Unmapped(rawPath);
        }
        if (parts.length != 4) {
            return new Unmapped(rawPath);
        }
        String version = parts[2];
        String prefix = id + "-" + version + ".";
        String name = parts[3];
        if (!name.startsWith(prefix) || name.length() == prefix.length()) {
            return new Unmapped(rawPath);
        }
        String extension = name.substring(prefix.length());
        // A classifier (Id-1.0-sources.jar) has no NuGet meaning: the prefix check above already
        // rejects it unless the extension itself contains the dash, which no NuGet file has.
        if (extension.contains("-") || extension.contains("/")) {
            return new Unmapped(rawPath);
        }
        return new ArtifactFile(id, version, extension, checksum);
    }

    private static Optional<String> checksumOf(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String suffix = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CHECKSUM_EXTENSIONS.contains(suffix) ? Optional.of(path.substring(dot + 1)) : Optional.empty();
    }

    private static boolean hasEmptyPart(String[] parts) {
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
