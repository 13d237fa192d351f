package io.nugetbridge.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphTextTest {

    private final ResolveResult result = Restore.resolve(PackageSources.remote(MemorySource.feed("feed")
            .add("A", "1.0", "C 1.0", "D 1.0").add("B", "2.0", "C 1.0").add("C", "1.0", "D 1.0").add("D", "1.0")),
            "A 1.0", "B [2.0]", "Z 1.0");

    @Test
    void theShortFormNamesDirectDependenciesAndWhatTheyBring() {
        assertThat(GraphText.render(result.graphs().get(0), false)).isEqualTo("""
                net8.0: 4 packages
                  A 1.0.0 (requested [1.0.0, )) +2
                  B 2.0.0 (requested [2.0.0, 2.0.0]) +2
                  Z (>= 1.0.0) (unresolved)""");
    }

    @Test
    void theVerboseFormIsTheTreeWithRepeatsMarked() {
        assertThat(GraphText.render(result.graphs().get(0), true)).isEqualTo("""
                net8.0: 4 packages
                  A 1.0.0 (requested [1.0.0, )) +2
                    C 1.0.0
                      D 1.0.0
                    D 1.0.0
                  B 2.0.0 (requested [2.0.0, 2.0.0]) +2
                    C 1.0.0 (*)
                  Z (>= 1.0.0) (unresolved)""");
    }
}
