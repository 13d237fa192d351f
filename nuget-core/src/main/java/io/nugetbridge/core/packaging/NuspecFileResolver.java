package io.nugetbridge.core.packaging;

import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.spec.NuspecFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the {@code <files>} section of an authoring nuspec into {@link PackageFile}s, as {@code nuget pack}
 * does (section 7 of nuget-reference.md):
 *
 * <ul>
 *   <li>each {@code <file src target exclude>}, each of its {@code ;}-separated sources, by the rules of
 *       {@link SourcePattern}, relative to the base folder (the nuspec's folder unless configured);</li>
 *   <li>{@code exclude}: {@code ;}-separated wildcards relative to the base folder, or matching anywhere
 *       when they start with {@code **};</li>
 *   <li>a source without wildcards that matches nothing (and has no exclude) is NU5019;</li>
 *   <li>no {@code <files>} element at all means every file under the base folder;</li>
 *   <li>nuspec files are never packed; unless default excludes are off, neither are {@code .nupkg}
 *       files and dot-files without another dot such as {@code .gitignore} (each reported, NU5119).</li>
 * </ul>
 */
public final class NuspecFileResolver {

    /**
     * @param files    the files selected, in {@code <files>} order and sorted within each entry
     * @param problems one NU5019 for each plain source that matched nothing
     */
    public record Result(List<PackageFile> files, List<PackageProblem> problems) {

        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private static final Pattern NUSPEC = Wildcards.compile("**.nuspec");

    private final Path base;
    private final boolean defaultExcludes;
    private final NuGetLog log;

    /**
     * @param base            the folder sources are relative to
     * @param defaultExcludes whether to leave out {@code .nupkg} files and dot-files (NuGet's default)
     */
    public NuspecFileResolver(Path base, boolean defaultExcludes, NuGetLog log) {
        this.base = base.toAbsolutePath().normalize();
        this.defaultExcludes = defaultExcludes;
        this.log = log == null ? NuGetLog.SILENT : log;
    }

    /** Resolves the entries; null (no {@code <files>} element) selects everything under the base folder. */
    public Result resolve(List<NuspecFile> entries) {
        List<NuspecFile> effective = entries != null ? entries : List.of(new NuspecFile("**/*", null, null));
        List<PackageFile> files = new ArrayList<>();
        List<PackageProblem> problems = new ArrayList<>();
        for (NuspecFile entry : effective) {
            String element = element(entry);
            List<Pattern> excludes = entry.excludes().stream().map(this::exclude).toList();
            for (String src : entry.sources()) {
                SourcePattern pattern = SourcePattern.of(src, base);
                List<Path> matches = matches(pattern).stream()
                        .filter(file -> excludes.stream().noneMatch(x -> x.matcher(slashes(file)).matches()))
                        .toList();
                if (matches.isEmpty() && pattern.mustMatch() && excludes.isEmpty()) {
                    problems.add(new PackageProblem("NU5019", element, "file not found: '" + src + "' (looked in "
                            + pattern.root() + ")"));
                } else if (matches.isEmpty()) {
                    log.warn(element + " selects no files (looked in " + pattern.root() + ")");
                }
                for (Path match : matches) {
                    if (keep(match)) {
                        files.add(PackageFile.of(pattern.targetFor(match, entry.target()), match).declaredBy(element));
                    }
                }
            }
        }
        return new Result(files, problems);
    }

    private static List<Path> matches(SourcePattern pattern) {
        try {
            return pattern.matches();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pattern.root() + " for <file src=\"" + pattern.src()
                    + "\">: " + e.getMessage(), e);
        }
    }

    private Pattern exclude(String glob) {
        String pattern = glob.replace('\\', '/');
        if (pattern.startsWith("**")) {
            return Wildcards.compile(pattern); // matches anywhere, as NuGet lets a leading ** do (NuGet/Home#2891)
        }
        int star = pattern.indexOf('*');
        int slash = star < 0 ? pattern.lastIndexOf('/') : pattern.lastIndexOf('/', star);
        String folder = slash < 0 ? "." : pattern.substring(0, slash);
        String prefix = slashes(base.resolve(folder).normalize());
        return Wildcards.compile(prefix.endsWith("/") ? prefix : prefix + "/", pattern.substring(slash + 1));
    }

    /** NuGet's exclusions after the search: nuspecs always, and the default excludes unless switched off. */
    private boolean keep(Path file) {
        String relative = file.startsWith(base) ? slashes(base.relativize(file)) : slashes(file);
        if (NUSPEC.matcher(relative).matches()) {
            return false;
        }
        String name = file.getFileName().toString();
        boolean byDefault = name.toLowerCase(Locale.ROOT).endsWith(".nupkg")
                || name.startsWith(".") && name.indexOf('.', 1) < 0;
        if (defaultExcludes && byDefault) {
            log.warn("NU5119: " + file + " was not added to the package: files starting with '.' or ending with"
                    + " '.nupkg' are left out by default (switch off default excludes to pack it)");
            return false;
        }
        return true;
    }

    private static String element(NuspecFile entry) {
        return "<file src=\"" + entry.src() + "\"" + (entry.target() == null ? "" : " target=\"" + entry.target() + "\"")
                + (entry.exclude() == null ? "" : " exclude=\"" + entry.exclude() + "\"") + ">";
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
