package io.nugetbridge.core.packaging;

import io.nugetbridge.core.spec.License;
import io.nugetbridge.core.spec.NuspecMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules on what goes into the package, from NuGet's {@code PackageBuilder}: safe and unique entry
 * paths (NU5050), something to install at all (NU5017), and every file the nuspec points at present
 * with the right kind: the license file (NU5030, NU5031), the icon (NU5045-NU5047), the readme
 * (NU5038-NU5040) and referenced assemblies (NU5018). Symbols packages skip the license, icon and
 * readme checks, as in NuGet.
 */
final class ContentRules {

    static final long MAX_ICON_BYTES = 1024 * 1024;

    private ContentRules() {}

    static void check(NuspecMetadata m, List<PackageFile> files, boolean symbols, List<PackageProblem> problems) {
        Map<String, PackageFile> byPath = paths(files, problems);
        boolean installsSomething = !files.isEmpty() || m.dependencies().all().findAny().isPresent()
                || !m.frameworkAssemblies().isEmpty() || !m.frameworkReferences().isEmpty();
        if (!installsSomething) {
            problems.add(new PackageProblem("NU5017", "<files>", "the package would have no files and no dependencies;"
                    + " add <file> entries (or files under the base folder) or dependencies"));
        }
        references(m, files, problems);
        if (symbols) {
            return;
        }
        License license = m.license();
        if (license != null && license.type() == License.Type.FILE && !MetadataRules.isBlank(license.text())) {
            String extension = extension(license.text());
            if (!extension.isEmpty() && !extension.equals(".txt") && !extension.equals(".md")) {
                problems.add(new PackageProblem("NU5031", "<license type=\"file\">", "'" + license.text()
                        + "' must be a .txt or .md file (or have no extension)"));
            }
            present(license.text(), byPath, "NU5030", "<license type=\"file\">", "license file", problems);
        }
        if (!MetadataRules.isBlank(m.icon())) {
            String extension = extension(m.icon());
            if (!extension.equals(".png") && !extension.equals(".jpg") && !extension.equals(".jpeg")) {
                problems.add(new PackageProblem("NU5045", "<icon>", "'" + m.icon() + "' must be a .png, .jpg or .jpeg file"));
            }
            present(m.icon(), byPath, "NU5046", "<icon>", "icon", problems).ifPresent(icon -> {
                long size = size(icon);
                if (size == 0 || size > MAX_ICON_BYTES) {
                    problems.add(new PackageProblem("NU5047", "<icon>", "'" + m.icon() + "' has " + size
                            + " bytes; an icon must not be empty and at most 1 MiB"));
                }
            });
        }
        if (!MetadataRules.isBlank(m.readme())) {
            String extension = extension(m.readme());
            if (!extension.isEmpty() && !extension.equals(".md")) {
                problems.add(new PackageProblem("NU5038", "<readme>", "'" + m.readme() + "' must be a Markdown (.md) file"));
            }
            present(m.readme(), byPath, "NU5039", "<readme>", "readme", problems).ifPresent(readme -> {
                if (size(readme) == 0) {
                    problems.add(new PackageProblem("NU5040", "<readme>", "'" + m.readme() + "' is empty"));
                }
            });
        }
    }

    private static Map<String, PackageFile> paths(List<PackageFile> files, List<PackageProblem> problems) {
        Map<String, PackageFile> byPath = new HashMap<>();
        Map<String, PackageFile> byLowerPath = new HashMap<>();
        for (PackageFile file : files) {
            Optional<String> unsafe = PartNames.problem(file.path());
            if (unsafe.isPresent()) {
                problems.add(new PackageProblem("", file.element(), unsafe.get() + " (from " + file.origin() + ")"));
                continue;
            }
            PackageFile earlier = byPath.putIfAbsent(file.path(), file);
            if (earlier != null) {
                problems.add(new PackageProblem("NU5050", file.element(), "'" + file.path() + "' is in the package twice,"
                        + " from " + earlier.origin() + " and from " + file.origin() + "; give one of them another target"));
                continue;
            }
            PackageFile sameButCase = byLowerPath.putIfAbsent(file.path().toLowerCase(Locale.ROOT), file);
            if (sameButCase != null) {
                problems.add(new PackageProblem("NU5050", file.element(), "'" + file.path() + "' and '" + sameButCase.path()
                        + "' differ only in case; they would overwrite each other on Windows and macOS"));
            }
        }
        return byPath;
    }

    /** NuGet's NU5018: each {@code <reference file>} must be an assembly somewhere under {@code lib/}. */
    private static void references(NuspecMetadata m, List<PackageFile> files, List<PackageProblem> problems) {
        Set<String> libFiles = new HashSet<>();
        for (PackageFile file : files) {
            if (file.path().toLowerCase(Locale.ROOT).startsWith("lib/")) {
                libFiles.add(file.path().substring(file.path().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
            }
        }
        m.references().asGroups().stream().flatMap(g -> g.files().stream()).distinct().forEach(reference -> {
            String name = reference.toLowerCase(Locale.ROOT);
            if (!libFiles.contains(name) && !libFiles.contains(name + ".dll") && !libFiles.contains(name + ".exe")
                    && !libFiles.contains(name + ".winmd")) {
                problems.add(new PackageProblem("NU5018", "<references>/<reference file=\"" + reference + "\">",
                        "there is no '" + reference + "' under lib/ in the package; add it or drop the reference"));
            }
        });
    }

    /** Finds the file a metadata element points at (case-sensitive, as zip names are), else reports it. */
    private static Optional<PackageFile> present(String declared, Map<String, PackageFile> byPath, String code,
            String element, String what, List<PackageProblem> problems) {
        String path = PackageFile.tidy(declared);
        PackageFile file = byPath.get(path);
        if (file != null) {
            return Optional.of(file);
        }
        String hint = byPath.keySet().stream().filter(p -> p.equalsIgnoreCase(path)).findFirst()
                .map(p -> "; the package has '" + p + "', which differs in case (package paths are case-sensitive)")
                .orElse("; add a <file> that puts it there");
        problems.add(new PackageProblem(code, element, "the " + what + " '" + declared + "' is not in the package" + hint));
        return Optional.empty();
    }

    private static String extension(String path) {
        String extension = ContentTypes.extensionOf(PackageFile.tidy(path));
        return extension.isEmpty() ? "" : "." + extension.toLowerCase(Locale.ROOT);
    }

    private static long size(PackageFile file) {
        try {
            return file.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.origin() + ": " + e.getMessage(), e);
        }
    }
}
