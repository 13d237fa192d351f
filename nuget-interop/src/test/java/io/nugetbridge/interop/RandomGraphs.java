package io.nugetbridge.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random restore graphs mixing the shapes of {@link DifferentialRestoreTest}: chains and diamonds
 * (nearest wins, cousins), exact and bounded ranges (conflicts, downgrades, NU1608), lower bounds missing from
 * the feed (NU1603, NU1102), unknown ids (NU1101), occasional cycles (NU1108), floats and prereleases in the
 * project, framework-specific dependency groups, and lib folders for one framework only (NU1701, NU1202).
 * Each graph has its own id prefix, so that all of them share one feed and one dgspec.
 */
final class RandomGraphs {

    private static final String[] VERSIONS = {"1.0.0", "1.1.0", "1.5.0-beta", "2.0.0", "2.1.0", "3.0.0-rc.1", "3.0.0"};
    private static final String[][] PROJECT_FRAMEWORKS = {
        {"netstandard2.0"}, {"netstandard2.0"}, {"net8.0"}, {"net472"}, {"net472", "netstandard2.0", "net8.0"}};
    private static final String[] LIBS = {"netstandard2.0", "net45", "net8.0", "net472"};

    /** One graph: its project and the packages of its ids. */
    record Graph(ProjectSpec project, List<FeedPackage> packages) {
        String describe() {
            return "project " + project + "\n" + Differential.describe(packages);
        }
    }

    private final Random random;

    RandomGraphs(long seed) {
        random = new Random(seed);
    }

    Graph next(int number) {
        String prefix = "G" + number + ".";
        int ids = 2 + random.nextInt(4);
        List<List<String>> versions = new ArrayList<>();
        for (int i = 0; i < ids; i++) {
            versions.add(someVersions());
        }
        List<FeedPackage> packages = new ArrayList<>();
        for (int i = 0; i < ids; i++) {
            for (String version : versions.get(i)) {
                FeedPackage p = FeedPackage.of(prefix + (char) ('A' + i), version);
                List<String> dependencies = new ArrayList<>();
                for (int j = i + 1; j < ids; j++) {
                    if (random.nextInt(3) == 0) {
                        dependencies.add(prefix + (char) ('A' + j) + " " + dependencyRange(versions.get(j)));
                    }
                }
                if (i > 0 && random.nextInt(40) == 0) {
                    dependencies.add(prefix + "A [1.0.0, )"); // a cycle back to the top, now and then
                }
                if (random.nextInt(25) == 0) {
                    dependencies.add(prefix + "Missing [1.0.0, )");
                }
                if (!dependencies.isEmpty()) {
                    if (random.nextInt(5) == 0) {
                        p.group("net45", dependencies.toArray(String[]::new)).group("netstandard2.0");
                    } else {
                        p.dependsOn(dependencies.toArray(String[]::new));
                    }
                }
                if (random.nextInt(6) == 0) {
                    p.lib(LIBS[random.nextInt(LIBS.length)]);
                }
                packages.add(p);
            }
        }
        List<String> references = new ArrayList<>();
        for (int i = 0; i < ids; i++) {
            if (i == 0 || random.nextInt(3) == 0) {
                references.add(prefix + (char) ('A' + i) + " " + projectRange(versions.get(i)));
            }
        }
        String[] frameworks = PROJECT_FRAMEWORKS[random.nextInt(PROJECT_FRAMEWORKS.length)];
        return new Graph(ProjectSpec.of("g" + number, List.of(frameworks), references.toArray(String[]::new)),
                packages);
    }

    private List<String> someVersions() {
        List<String> chosen = new ArrayList<>();
        for (String version : VERSIONS) {
            if (random.nextInt(2) == 0) {
                chosen.add(version);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(VERSIONS[random.nextInt(VERSIONS.length)]);
        }
        return chosen;
    }

    private String dependencyRange(List<String> available) {
        String low = pick(available);
        return switch (random.nextInt(6)) {
            case 0 -> "[" + low + "]";
            case 1 -> "[" + low + ", " + (Integer.parseInt(low.substring(0, 1)) + 1) + ".0.0)";
            case 2 -> "[" + pick(VERSIONS) + ", )"; // maybe not on the feed: NU1603 or NU1102
            default -> "[" + low + ", )";
        };
    }

    private String projectRange(List<String> available) {
        return switch (random.nextInt(8)) {
            case 0 -> "1.*";
            case 1 -> "*";
            case 2 -> "[" + pick(available) + "]";
            case 3 -> "[" + pick(VERSIONS) + ", )";
            default -> "[" + pick(available) + ", )";
        };
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
