package io.nugetbridge.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/**
 * Which files a push takes: those given (paths or globs such as {@code target/*.nupkg}, relative to the
 * project or the folder Maven runs in), else the project's own {@code .nupkg} artifacts (what nuget:pack
 * attached). Symbols packages ({@code .snupkg}) go with their package, not on their own.
 */
final class PackageSelection {

    private PackageSelection() {}

    static List<Path> select(List<String> given, MavenProject project, Path baseFolder) {
        Set<Path> found = new LinkedHashSet<>();
        if (given != null && !given.isEmpty()) {
            for (String entry : given) {
                found.addAll(expand(entry.trim(), baseFolder));
            }
            return new ArrayList<>(found);
        }
        if (project != null) {
            addIfPackage(found, project.getArtifact());
            project.getAttachedArtifacts().forEach(a -> addIfPackage(found, a));
        }
        return new ArrayList<>(found);
    }

    private static void addIfPackage(Set<Path> found, Artifact artifact) {
        if (artifact != null && artifact.getFile() != null
                && artifact.getFile().getName().toLowerCase(Locale.ROOT).endsWith(".nupkg")) {
            found.add(artifact.getFile().toPath().toAbsolutePath().normalize());
        }
    }

    private static List<Path> expand(String entry, Path baseFolder) {
        if (entry.isEmpty()) {
            return List.of();
        }
        boolean glob = entry.contains("*") || entry.contains("?") || entry.contains("[");
        Path path = baseFolder.resolve(entry).normalize();
        if (!glob) {
            return List.of(path.toAbsolutePath());
        }
        // The fixed part before the first wildcard is where the search starts.
        String normalized = entry.replace('\\', '/');
        int wildcard = indexOfWildcard(normalized);
        int slash = normalized.lastIndexOf('/', wildcard);
        Path root = slash < 0 ? baseFolder : baseFolder.resolve(normalized.substring(0, slash));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + baseFolder.toAbsolutePath().normalize()
                .resolve(normalized).toString().replace('\\', '/'));
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize())
                    .filter(matcher::matches).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root + " for the pattern " + entry, e);
        }
    }

    private static int indexOfWildcard(String text) {
        int best = text.length();
        for (char c : new char[] {'*', '?', '['}) {
            int at = text.indexOf(c);
            if (at >= 0 && at < best) {
                best = at;
            }
        }
        return best;
    }
}
