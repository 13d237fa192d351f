package io.nugetbridge.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.version.NuGetVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Test;

/**
 * The graph walker against the tree walker, which follows NuGet's walker step by step: on thousands of random
 * graphs ({@link RandomGraph}) both must give the same chosen versions, rejected versions, unresolved requests
 * and diagnostics (codes, levels, full messages with their paths, frameworks), and ask the sources for the same
 * packages.
 */
class GraphWalkerDifferentialTest {

    private static final int GRAPHS = 3000;

    @Test
    void theGraphWalkGivesWhatTheTreeWalkGivesOnRandomGraphs() {
        int withDiagnostics = 0;
        Set<String> codes = new TreeSet<>();
        for (long seed = 1; seed <= GRAPHS; seed++) {
            RandomGraph graph = new RandomGraph(seed);
            Outcome tree = resolve(graph, true);
            Outcome walked = resolve(graph, false);
            assertThat(walked.text()).as("seed %d:\n%s", seed, graph.describe()).isEqualTo(tree.text());
            assertThat(walked.asked()).as("packages asked, seed %d:\n%s", seed, graph.describe()).isEqualTo(tree.asked());
            withDiagnostics += tree.codes().isEmpty() ? 0 : 1;
            codes.addAll(tree.codes());
        }
        // The generator must keep reaching every rule, or the comparison says little. (NU1701 is not the resolver's:
        // it comes with asset selection; dependency groups taken through the fallback show as "via fallback".)
        assertThat(codes).contains("NU1101", "NU1102", "NU1103", "NU1106", "NU1107", "NU1108", "NU1602", "NU1603", "NU1604",
                "NU1605", "NU1608");
        assertThat(withDiagnostics).isGreaterThan(GRAPHS / 4);
    }

    private record Outcome(String text, Set<String> asked, Set<String> codes) {}

    private static Outcome resolve(RandomGraph graph, boolean tree) {
        Set<String> asked = new ConcurrentSkipListSet<>();
        PackageSources original = graph.sources();
        PackageSources recorded = new PackageSources(original.localFolders().stream().map(s -> recording(s, asked)).toList(),
                original.remote().stream().map(s -> recording(s, asked)).toList(), original.mapping());
        try (PackageResolver resolver = tree ? PackageResolver.treeWalking(recorded) : new PackageResolver(recorded)) {
            ResolveResult result = resolver.resolve(graph.request);
            Set<String> codes = new TreeSet<>();
            result.diagnostics().forEach(d -> codes.add(d.code()));
            return new Outcome(text(result), asked, codes);
        }
    }

    /** Everything a restore takes from the result, as text. */
    static String text(ResolveResult result) {
        StringBuilder text = new StringBuilder();
        for (FrameworkGraph graph : result.graphs()) {
            text.append("== ").append(graph.framework().shortFolderName()).append('\n');
            graph.packages().forEach(p -> text.append(packageText(p)).append('\n'));
            graph.rejected().forEach(p -> text.append("rejected ").append(packageText(p)).append('\n'));
            graph.unresolved().forEach(u -> text.append("unresolved ").append(u).append('\n'));
            graph.diagnostics().forEach(d -> text.append(diagnosticText(d)).append('\n'));
        }
        text.append("== merged\n");
        result.diagnostics().forEach(d -> text.append(diagnosticText(d)).append('\n'));
        return text.toString();
    }

    private static String packageText(ResolvedPackage p) {
        return p + " from " + p.source() + " requested " + p.requested() + " depends on " + p.dependencies()
                + (p.viaFallback() ? " via fallback" : "");
    }

    private static String diagnosticText(Diagnostic d) {
        return d.code() + " " + d.level() + " " + d.packageId() + " " + d.frameworks() + ": " + d.message();
    }

    /** The source, recording every package whose nuspec is asked for. */
    private static PackageSource recording(PackageSource source, Set<String> asked) {
        return new PackageSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public boolean isHttp() {
                return source.isHttp();
            }

            @Override
            public List<NuGetVersion> versions(String id) {
                return source.versions(id);
            }

            @Override
            public Optional<PackageInfo> packageInfo(String id, NuGetVersion version) {
                asked.add(source.name() + " " + id + " " + version);
                return source.packageInfo(id, version);
            }
        };
    }
}
