package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.ReferenceGroup;
import io.nugetbridge.core.spec.References;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NU5131, NuGet's {@code ReferencesInNuspecMatchRefAssetsRule}: the nuspec's {@code <references>} and the
 * assemblies under {@code ref/} should name the same files, framework by framework. As in NuGet, the flat
 * references count as framework {@code any} and are always present (maybe empty): so {@code ref/} assemblies
 * without any {@code <references>} warn, and so do flat references without a {@code ref/} folder. File names
 * compare with case.
 */
final class ReferencesMatchRefFolderRule implements PackageRule {

    private static final String ANY = "any";
    private static final String UNSUPPORTED = "unsupported";

    private record Missing(boolean fromNuspec, String framework, List<String> items) {}

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        Map<String, List<String>> nuspec = references(pkg.metadata().references());
        List<String> refFiles = pkg.files().stream().filter(f -> PackagePaths.startsWithIgnoreCase(f, "ref")).toList();
        List<Missing> missing = refFiles.isEmpty() ? withoutRefFolder(nuspec) : compare(nuspec, refFiles);
        if (missing.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder("References were found in the nuspec, but some reference assemblies were"
                + " not found in both the nuspec and ref folder. Add the following reference assemblies:");
        for (Missing m : missing) {
            if (!m.fromNuspec()) {
                m.items().forEach(item -> text.append("\n- Add ").append(item).append(" to the ref/").append(m.framework())
                        .append("/ directory"));
            }
        }
        for (Missing m : missing) {
            if (m.fromNuspec()) {
                m.items().forEach(item -> text.append("\n- Add ").append(item).append(m.framework().equals(ANY)
                        ? " to the references element in the nuspec"
                        : " to the " + m.framework() + " reference group in the nuspec"));
            }
        }
        return List.of(new PackWarning("NU5131", text.toString()));
    }

    /** Files by the short name of their group's framework, and the flat list as {@code any}. */
    private static Map<String, List<String>> references(References references) {
        Map<String, List<String>> byFramework = new LinkedHashMap<>();
        if (references.grouped()) {
            for (ReferenceGroup group : references.groups()) {
                if (group.targetFramework() != null) {
                    byFramework.putIfAbsent(NuGetFramework.parse(group.targetFramework()).shortFolderName(), group.files());
                }
            }
        }
        byFramework.put(ANY, references.grouped() ? List.of() : references.flat());
        return byFramework;
    }

    private static List<Missing> withoutRefFolder(Map<String, List<String>> nuspec) {
        List<Missing> missing = new ArrayList<>();
        nuspec.forEach((framework, files) -> {
            if (!files.isEmpty()) {
                missing.add(new Missing(false, framework, files));
            }
        });
        return missing;
    }

    private static List<Missing> compare(Map<String, List<String>> nuspec, List<String> refFiles) {
        Map<String, List<String>> byFramework = new LinkedHashMap<>();
        for (String file : refFiles) {
            if (PackagePaths.slashes(file) > 1) {
                String framework = NuGetFramework.parse(file.split("/")[1]).shortFolderName();
                byFramework.computeIfAbsent(framework, k -> new ArrayList<>()).add(PackagePaths.fileName(file));
            }
        }
        List<Missing> missing = new ArrayList<>();
        nuspec.forEach((framework, files) -> {
            if (!byFramework.containsKey(framework) && !framework.equals(UNSUPPORTED) && !framework.equals(ANY)) {
                missing.add(new Missing(false, framework, files));
            }
        });
        byFramework.forEach((framework, files) -> {
            if (framework.equals(UNSUPPORTED)) {
                return;
            }
            List<String> references = nuspec.containsKey(framework) ? nuspec.get(framework) : nuspec.get(ANY);
            List<String> notInNuspec = files.stream().filter(f -> !references.contains(f)).toList();
            List<String> notInFolder = references.stream().filter(r -> !files.contains(r)).toList();
            if (!notInFolder.isEmpty()) {
                missing.add(new Missing(false, framework, notInFolder));
            }
            if (!notInNuspec.isEmpty()) {
                missing.add(new Missing(true, framework, notInNuspec));
            }
        });
        return missing;
    }
}
