package io.nugetbridge.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One differential restore: the feed's packages written with our PackageBuilder into a folder feed, the projects
 * restored by NuGet.exe (all in one dgspec) and by our restore, and per project and framework both outcomes.
 */
final class Differential {

    /** Both outcomes of one project, and NuGet's run for the failure message. */
    record Comparison(ProjectSpec project, Map<String, FrameworkOutcome> nuget, Map<String, FrameworkOutcome> ours,
            NuGetExe.Run run) {

        boolean agrees() {
            return nuget.equals(ours);
        }

        /** What differs, framework by framework, NuGet's first. */
        String differences() {
            StringBuilder text = new StringBuilder(project.toString()).append('\n');
            for (String framework : union(nuget, ours)) {
                FrameworkOutcome theirs = nuget.get(framework);
                FrameworkOutcome mine = ours.get(framework);
                if (theirs == null || !theirs.equals(mine)) {
                    text.append("  ").append(framework).append(":\n    NuGet.exe: ").append(theirs)
                            .append("\n    ours:      ").append(mine).append('\n');
                }
            }
            return text.toString();
        }

        private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
            List<String> keys = new ArrayList<>(a.keySet());
            b.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
            return keys;
        }
    }

    private Differential() {}

    static List<Comparison> run(Path work, List<FeedPackage> packages, List<ProjectSpec> projects) {
        Path feed = FolderFeed.write(work.resolve("feed"), packages);
        NuGetExe nuget = NuGetExe.in(work.resolve("nuget-sandbox"));
        DgSpec spec = new DgSpec(work.resolve("nuget")).source(feed.toString())
                .packagesPath(work.resolve("nuget-global-packages"));
        Path dg = spec.write(projects);
        long start = System.nanoTime();
        NuGetExe.Run run = nuget.run(dg.getParent(), "restore", dg.toString());
        long nugetDone = System.nanoTime();
        OurRestore ours = new OurRestore(work.resolve("ours"), List.of(feed.toString()),
                work.resolve("our-global-packages"), false);
        List<Comparison> comparisons = new ArrayList<>();
        for (ProjectSpec project : projects) {
            Path assets = spec.assetsFile(project.name());
            if (!Files.isRegularFile(assets)) {
                throw new AssertionError("NuGet.exe wrote no " + assets + " for " + project + "\n" + run.describe());
            }
            comparisons.add(new Comparison(project, AssetsFile.read(assets).outcomes(), ours.restore(project).frameworks(),
                    run));
        }
        System.out.printf("interop: %d projects restored by NuGet.exe in %.1f s, by us in %.1f s%n", projects.size(),
                (nugetDone - start) / 1e9, (System.nanoTime() - nugetDone) / 1e9);
        return comparisons;
    }

    /** The feed's packages as text, for a failure message. */
    static String describe(List<FeedPackage> packages) {
        StringBuilder text = new StringBuilder("feed:\n");
        packages.forEach(p -> text.append("  ").append(p).append('\n'));
        return text.toString();
    }

    static void clean(Path folder) {
        try {
            if (Files.exists(folder)) {
                try (var walk = Files.walk(folder)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Comparison> byName(List<Comparison> comparisons) {
        Map<String, Comparison> map = new LinkedHashMap<>();
        comparisons.forEach(c -> map.put(c.project().name(), c));
        return map;
    }
}
