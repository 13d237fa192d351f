package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * NU5129, NuGet's {@code UpholdBuildConventionRule}: MSBuild imports a {@code build/} (or {@code buildTransitive/},
 * {@code buildCrossTargeting/}, {@code buildMultiTargeting/}) folder's {@code .props} and {@code .targets} only
 * when named after the package, so each folder (and framework subfolder) holding such files should hold
 * {@code <Id>.props} / {@code <Id>.targets}. Folder names and extensions compare with case, as in NuGet.
 */
final class BuildFileNamingRule implements PackageRule {

    private static final List<String> FOLDERS = List.of("build", "buildTransitive", "buildCrossTargeting", "buildMultiTargeting");

    private record Expected(String folder, String extension, String path) {}

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        Map<String, List<String>> byFolderFrameworkExtension = new LinkedHashMap<>();
        for (String file : pkg.files()) {
            String extension = file.endsWith(".targets") ? ".targets" : file.endsWith(".props") ? ".props" : null;
            String folder = FOLDERS.stream().filter(f -> file.startsWith(f + "/")).findFirst().orElse(null);
            if (extension == null || folder == null) {
                continue;
            }
            String framework = framework(file);
            String packageFolder = folder + "/" + (framework.isEmpty() ? "" : framework + "/");
            byFolderFrameworkExtension.computeIfAbsent(packageFolder + "|" + PackagePaths.extension(file), k -> new ArrayList<>())
                    .add(file);
        }
        List<Expected> missing = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : byFolderFrameworkExtension.entrySet()) {
            String packageFolder = group.getKey().substring(0, group.getKey().indexOf('|'));
            String extension = group.getKey().substring(group.getKey().indexOf('|') + 1);
            String expected = packageFolder + pkg.id() + extension;
            if (group.getValue().stream().noneMatch(expected::equalsIgnoreCase)) {
                missing.add(new Expected(packageFolder, extension, expected));
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        missing.sort(Comparator.comparing(Expected::folder).thenComparing(Expected::extension).thenComparing(Expected::path));
        return List.of(new PackWarning("NU5129", missing.stream()
                .map(e -> "- At least one " + e.extension() + " file was found in '" + e.folder() + "', but '" + e.path()
                        + "' was not.")
                .collect(Collectors.joining("\n"))));
    }

    /** The second folder when it names a framework, else {@code ""} (files deeper down still belong to it). */
    private static String framework(String file) {
        int first = file.indexOf('/');
        int second = file.indexOf('/', first + 1);
        if (second < 0) {
            return "";
        }
        String folder = file.substring(first + 1, second);
        return NuGetFramework.parse(folder).isUnsupported() ? "" : folder;
    }
}
