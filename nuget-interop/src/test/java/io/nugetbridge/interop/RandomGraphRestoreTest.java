package io.nugetbridge.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few hundred seeded random graphs ({@link RandomGraphs}) restored by NuGet.exe (one dgspec) and by us; the
 * agreement rate is printed, and any disagreement fails the test with the seed and each graph that differs.
 * Another seed: {@code -Dinterop.seed=<n>}; more graphs: {@code -Dinterop.graphs=<n>}.
 */
@RequiresNuGetExe
class RandomGraphRestoreTest {

    private static final long SEED = Long.getLong("interop.seed", 20261206L);
    private static final int GRAPHS = Integer.getInteger("interop.graphs", 200);
    private static final int BATCH = 50;

    @TempDir
    Path work;

    @Test
    void ourRestoreAgreesWithNuGetExeOnRandomGraphs() {
        RandomGraphs generator = new RandomGraphs(SEED);
        Map<String, RandomGraphs.Graph> graphs = new TreeMap<>();
        List<Differential.Comparison> comparisons = new ArrayList<>();
        // In batches, each with its own feed and dgspec: both clients list a flat folder feed per id they look up,
        // so one feed of every graph's packages made the run grow with the square of the graphs.
        for (int first = 0; first < GRAPHS; first += BATCH) {
            List<FeedPackage> feed = new ArrayList<>();
            List<ProjectSpec> projects = new ArrayList<>();
            for (int i = first; i < Math.min(GRAPHS, first + BATCH); i++) {
                RandomGraphs.Graph graph = generator.next(i);
                feed.addAll(graph.packages());
                projects.add(graph.project());
                graphs.put(graph.project().name(), graph);
            }
            comparisons.addAll(Differential.run(work.resolve("batch" + first), feed, projects));
        }
        List<String> disagreements = new ArrayList<>();
        for (Differential.Comparison comparison : comparisons) {
            if (!comparison.agrees()) {
                disagreements.add(comparison.differences() + graphs.get(comparison.project().name()).describe());
            }
        }
        int agreed = comparisons.size() - disagreements.size();
        System.out.printf("interop: %d of %d random graphs agree with NuGet.exe 5.8 (%.1f%%), seed %d%n", agreed,
                comparisons.size(), 100.0 * agreed / comparisons.size(), SEED);
        assertThat(disagreements).as("seed %d (-Dinterop.seed=%d): %d of %d graphs differ from NuGet.exe:\n%s", SEED,
                SEED, disagreements.size(), comparisons.size(), String.join("\n", disagreements)).isEmpty();
    }
}
