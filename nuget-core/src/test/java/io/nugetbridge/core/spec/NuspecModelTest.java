package io.nugetbridge.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value types: parsing on demand, invariants, immutability. */
class NuspecModelTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1.0            | [1.0.0, )
        [1.0]          | [1.0.0, 1.0.0]
        [1.0, 2.0)     | [1.0.0, 2.0.0)
        (, 3.0]        | (, 3.0.0]
        """)
    void dependencyRangeIsParsedOnDemand(String text, String normalized) {
        assertThat(Dependency.of("A", text).range().toNormalizedString()).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource({"1.*", "[$PackageVersion$]", "not-a-version", "[2.0, 1.0]"})
    void invalidDependencyRangeNamesTheDependencyAndTheText(String text) {
        Dependency dependency = Dependency.of("Some.Package", text);

        assertThatThrownBy(dependency::range)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Some.Package'")
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void absentVersionMeansEveryVersion() {
        assertThat(Dependency.of("A", null).range()).isEqualTo(VersionRange.ALL);
    }

    @Test
    void versionIsParsedLenientlyOnDemand() {
        NuspecMetadata fourPart = NuspecMetadata.builder().id("A").versionText("1.0.0.0").build();
        NuspecMetadata token = NuspecMetadata.builder().id("A").versionText("$version$").build();

        assertThat(fourPart.version()).isEqualTo(NuGetVersion.parse("1.0.0"));
        assertThat(fourPart.versionText()).isEqualTo("1.0.0.0");
        assertThat(token.tryVersion()).isEmpty();
        assertThatThrownBy(token::version)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'$version$'")
                .hasMessageContaining("token");
        assertThatThrownBy(() -> NuspecMetadata.builder().id("A").build().version())
                .hasMessageContaining("no <version>");
    }

    @Test
    void listsAreImmutableCopies() {
        List<Dependency> source = new ArrayList<>(List.of(Dependency.of("A", "1.0")));
        Dependencies dependencies = Dependencies.flat(source);
        source.add(Dependency.of("B", "1.0"));

        assertThat(dependencies.flat()).hasSize(1);
        assertThatThrownBy(() -> dependencies.flat().add(Dependency.of("C", null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void flatAndGroupedCannotBeMixedInTheModelEither() {
        assertThatThrownBy(() -> new Dependencies(true, List.of(Dependency.of("A", null)),
                List.of(new DependencyGroup(null, List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new References(false, List.of(), List.of(new ReferenceGroup(null, List.of("a.dll")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Dependencies.grouped(List.of())).isEqualTo(Dependencies.NONE);
        assertThat(References.grouped(List.of())).isEqualTo(References.NONE);
    }

    @Test
    void builderRoundTripsEveryValue() {
        NuspecMetadata m = NuspecMetadata.builder().id("A").versionText("1.0").title("T").serviceable(true)
                .repository(new Repository("git", "u", null, null)).build();
        assertThat(m.toBuilder().build()).isEqualTo(m);
        assertThat(m.toBuilder().title("Other").build().title()).isEqualTo("Other");
    }

    @Test
    void frameworkAssemblyListsItsFrameworks() {
        assertThat(new FrameworkAssembly("System", " net45 ,  net40-client,").targetFrameworks())
                .containsExactly("net45", "net40-client");
        assertThat(new FrameworkAssembly("System", null).targetFrameworks()).isEmpty();
    }

    @Test
    void exceptionCarriesItsParts() {
        NuspecException located = new NuspecException("a.nuspec", 3, 7, "is wrong");
        NuspecException unlocated = new NuspecException("a.nuspec", -1, -1, "is wrong");

        assertThat(located.getMessage()).isEqualTo("a.nuspec (line 3, column 7): is wrong");
        assertThat(unlocated.getMessage()).isEqualTo("a.nuspec: is wrong");
        assertThat(located.problem()).isEqualTo("is wrong");
        assertThat(located.source()).isEqualTo("a.nuspec");
    }
}
