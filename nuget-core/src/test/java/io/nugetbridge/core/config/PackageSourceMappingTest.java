package io.nugetbridge.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact id over longest prefix over *, ignoring case, several sources for one pattern, and NU1100. */
class PackageSourceMappingTest {

    private final PackageSourceMapping mapping = new PackageSourceMapping(ordered(
            "nuget.org", List.of("*"),
            "contoso", List.of("Contoso.*", "NuGet.Common"),
            "contoso-internal", List.of("Contoso.Internal.*"),
            "mirror", List.of("contoso.*")));

    private final List<PackageSource> sources = List.of(source("nuget.org"), source("contoso"),
            source("contoso-internal"), source("mirror"));

    @Test
    void anExactIdBeatsEveryPrefix() {
        assertThat(mapping.sourcesFor("NuGet.Common")).containsExactly("contoso");
        assertThat(mapping.sourcesFor("nuget.common")).containsExactly("contoso");
        assertThat(mapping.bestPattern("NUGET.COMMON")).contains("NuGet.Common");
    }

    @Test
    void theLongestPrefixWins() {
        assertThat(mapping.sourcesFor("Contoso.Internal.Billing")).containsExactly("contoso-internal");
        assertThat(mapping.sourcesFor("Contoso.Public")).containsExactly("contoso", "mirror");
    }

    @Test
    void theStarTakesEverythingElse() {
        assertThat(mapping.sourcesFor("Newtonsoft.Json")).containsExactly("nuget.org");
        assertThat(mapping.sourcesFor("NuGet.Common.Extra")).containsExactly("nuget.org");
        assertThat(mapping.sourcesFor("Newtonsoft.Json", sources)).extracting(PackageSource::name).containsExactly("nuget.org");
    }

    @Test
    void noMatchFailsListingTheSourcesNotConsidered() {
        PackageSourceMapping withoutStar = new PackageSourceMapping(ordered("contoso", List.of("Contoso.*"),
                "mirror", List.of("Mirror.Only")));
        assertThat(withoutStar.sourcesFor("Serilog")).isEmpty();
        assertThatThrownBy(() -> withoutStar.sourcesFor("Serilog", sources))
                .isInstanceOf(PackageSourceMappingException.class)
                .hasMessageStartingWith("NU1100: Unable to resolve 'Serilog'")
                .hasMessageContaining("the following source(s) were not considered: nuget.org, contoso, contoso-internal, mirror")
                .hasMessageContaining("<package pattern=\"Serilog\"/>")
                .satisfies(e -> assertThat(((PackageSourceMappingException) e).packageId()).isEqualTo("Serilog"));
        // Mapped, but to a source that is disabled or absent: still nothing to ask.
        assertThatThrownBy(() -> withoutStar.sourcesFor("Mirror.Only", List.of(source("nuget.org"))))
                .hasMessageContaining("maps it only to [mirror]");
    }

    @Test
    void withoutPatternsEverySourceIsAsked() {
        PackageSourceMapping none = PackageSourceMapping.none();
        assertThat(none.isEnabled()).isFalse();
        assertThat(none.sourcesFor("Anything", sources)).isEqualTo(sources);
        assertThat(new PackageSourceMapping(Map.of("empty", List.of())).isEnabled()).isFalse();
    }

    private static Map<String, List<String>> ordered(Object... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> patterns = (List<String>) pairs[i + 1];
            map.put((String) pairs[i], patterns);
        }
        return map;
    }

    private static PackageSource source(String name) {
        return new PackageSource(name, "https://" + name + ".example/v3/index.json", 3, false, false, true,
                Path.of("/repo/nuget.config"), 1);
    }
}
