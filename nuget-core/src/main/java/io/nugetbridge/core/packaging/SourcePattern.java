package io.nugetbridge.core.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One {@code src} pattern of a {@code <file>} entry: which files it selects below the base folder and
 * where each goes in the package, with NuGet's rules ({@code PathResolver}, {@code PackageBuilder.AddFiles}):
 *
 * <ul>
 *   <li>Either slash; a {@code src} ending in a slash selects the folder's whole tree.</li>
 *   <li>The part before the first wildcard's segment is a folder, relative to the base folder (may go
 *       up with {@code ..}, may be absolute); files are searched below it, only in it unless the
 *       pattern recurses ({@code **}) or has a wildcard in a folder segment.</li>
 *   <li>Target: a recursive or folder search keeps the path below that folder; a single file whose
 *       extension equals the target's is renamed to the target; anything else keeps its file name
 *       under the target folder.</li>
 * </ul>
 * Matches come sorted by path, so the package does not depend on the file system's listing order.
 */
final class SourcePattern {

    private final String src;
    private final boolean directorySearch;
    private final boolean wildcard;
    private final boolean recursive;
    private final Path root;
    private final Pattern below;
    private final boolean topOnly;

    private SourcePattern(String src, Path base) {
        this.src = src;
        String pattern = src.replace('\\', '/');
        this.directorySearch = pattern.length() > 1 && pattern.endsWith("/");
        this.wildcard = Wildcards.hasWildcard(pattern);
        if (directorySearch) {
            pattern = pattern + "**/*";
        }
        this.recursive = pattern.contains("**");
        int star = pattern.indexOf('*');
        int slash = star < 0 ? pattern.lastIndexOf('/') : pattern.lastIndexOf('/', star);
        String folder = slash < 0 ? "" : pattern.substring(0, slash);
        String rest = pattern.substring(slash + 1);
        this.root = base.resolve(folder.isEmpty() ? "." : folder).toAbsolutePath().normalize();
        this.below = Wildcards.compile(rest);
        this.topOnly = !recursive && rest.indexOf('/') < 0;
    }

    static SourcePattern of(String src, Path base) {
        return new SourcePattern(src, base);
    }

    /** Whether NuGet reports NU5019 when this selects nothing: a plain file name, neither wildcard nor folder. */
    boolean mustMatch() {
        return !wildcard && !directorySearch;
    }

    String src() {
        return src;
    }

    /** The folder searched, for messages. */
    Path root() {
        return root;
    }

    /** The regular files selected, sorted by their path below the searched folder. */
    List<Path> matches() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root, topOnly ? 1 : Integer.MAX_VALUE)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> below.matcher(relative(file)).matches())
                    .sorted(Comparator.comparing(this::relative))
                    .toList();
        }
    }

    /** Where a selected file goes in the package, given the entry's {@code target} (null when absent). */
    String targetFor(Path match, String target) {
        String packagePath;
        if (recursive || directorySearch) {
            packagePath = relative(match);
        } else if (!wildcard && target != null && !target.isEmpty() && extension(src).equals(extension(target))) {
            // <file src="css/ie.css" target="content/css/ie-styles.css" />. (NuGet would also "rename" an
            // extension-less file to target="", giving an empty path; the root is what such a nuspec means.)
            return target;
        } else {
            packagePath = match.getFileName().toString();
        }
        return target == null || target.isEmpty() ? packagePath : target + "/" + packagePath;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String extension(String path) {
        return ContentTypes.extensionOf(path.replace('\\', '/')).toLowerCase(Locale.ROOT);
    }
}
