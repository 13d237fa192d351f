package io.nugetbridge.core.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The preference table of section 6 of nuget-reference.md, row by row: offered every framework of a
 * row (shuffled, with some the project cannot use), the reducer must hand them out in the row's
 * order, one nearest pick at a time, with {@code any} last among the compatible ones. For .NET 5+
 * projects the SDK's AssetTargetFallback comes after that: NuGet falls back only when nothing is
 * compatible (an {@code any} asset is, so it beats the fallback), and tries the fallback list in
 * its order (net461 first), so that is the order those picks come in.
 */
class FrameworkPreferenceTest {

    private static final String ATF = "net461 net462 net47 net471 net472 net48 net481";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # project           | expected order, most preferred first                                                                                                 | offered too, never picked
        net8.0              | net8.0 net7.0 net6.0 net5.0 netcoreapp3.1 netcoreapp3.0 netcoreapp2.2 netcoreapp2.1 netcoreapp2.0 netcoreapp1.1 netcoreapp1.0 netstandard2.1 netstandard2.0 netstandard1.6 netstandard1.5 netstandard1.4 netstandard1.3 netstandard1.2 netstandard1.1 netstandard1.0 any ATF | net9.0 net8.0-windows net8.0-android
        net8.0-windows7.0   | net8.0-windows7.0 net8.0-windows net8.0 net7.0-windows7.0 net7.0-windows net7.0 net6.0-windows net6.0 net5.0 netcoreapp3.1 netstandard2.1 netstandard2.0 netstandard1.0 any ATF | net8.0-windows10.0.19041 net8.0-android net9.0
        net6.0              | net6.0 net5.0 netcoreapp3.1 netcoreapp3.0 netcoreapp2.2 netcoreapp2.1 netcoreapp2.0 netcoreapp1.1 netcoreapp1.0 netstandard2.1 netstandard2.0 netstandard1.6 netstandard1.5 netstandard1.4 netstandard1.3 netstandard1.2 netstandard1.1 netstandard1.0 any ATF | net7.0 net8.0 net6.0-windows
        net5.0              | net5.0 netcoreapp3.1 netcoreapp3.0 netcoreapp2.2 netcoreapp2.1 netcoreapp2.0 netcoreapp1.1 netcoreapp1.0 netstandard2.1 netstandard2.0 netstandard1.6 netstandard1.0 any ATF | net6.0 net5.0-windows
        netcoreapp3.1       | netcoreapp3.1 netcoreapp3.0 netcoreapp2.2 netcoreapp2.1 netcoreapp2.0 netcoreapp1.1 netcoreapp1.0 netstandard2.1 netstandard2.0 netstandard1.6 netstandard1.5 netstandard1.4 netstandard1.3 netstandard1.2 netstandard1.1 netstandard1.0 any | net5.0 net472 net461
        netstandard2.1      | netstandard2.1 netstandard2.0 netstandard1.6 netstandard1.5 netstandard1.4 netstandard1.3 netstandard1.2 netstandard1.1 netstandard1.0 any | netcoreapp3.1 net461 net5.0
        netstandard2.0      | netstandard2.0 netstandard1.6 netstandard1.5 netstandard1.4 netstandard1.3 netstandard1.2 netstandard1.1 netstandard1.0 any | netstandard2.1 netcoreapp2.0 net461
        net48               | net48 net472 net471 net47 net462 net461 net46 net452 net451 net45 net403 net40 net35 net20 net11 netstandard2.0 netstandard1.6 netstandard1.5 netstandard1.4 netstandard1.3 netstandard1.2 netstandard1.1 netstandard1.0 any | net481 netstandard2.1 netcoreapp2.0 net5.0
        net472              | net472 net471 net47 net462 net461 net46 net452 net451 net45 net403 net40 net35 net20 net11 netstandard2.0 netstandard1.6 netstandard1.5 netstandard1.4 netstandard1.3 netstandard1.2 netstandard1.1 netstandard1.0 any | net48 net481 netstandard2.1
        net45               | net45 net403 net40 net35 net20 net11 netstandard1.1 netstandard1.0 any | net451 netstandard1.2 netstandard2.0
        """)
    void preferenceTable(String project, String expectedOrder, String incompatible) {
        NuGetFramework target = NuGetFramework.parse(project);
        List<String> expected = new ArrayList<>(Arrays.asList(expectedOrder.replace("ATF", ATF).split("\\s+")));
        List<NuGetFramework> offered = new ArrayList<>();
        expected.forEach(name -> offered.add(NuGetFramework.parse(name)));
        Arrays.stream(incompatible.split("\\s+")).map(NuGetFramework::parse).forEach(offered::add);
        Collections.shuffle(offered, new Random(project.hashCode()));
        List<NuGetFramework> fallback = target.isNet5Era() ? FrameworkReducer.DEFAULT_ASSET_TARGET_FALLBACK : List.of();

        List<String> picked = new ArrayList<>();
        while (true) {
            Optional<FrameworkReducer.Match<NuGetFramework>> next =
                    FrameworkReducer.nearest(target, fallback, offered, f -> f);
            if (next.isEmpty()) {
                break;
            }
            picked.add(next.get().framework().shortFolderName());
            offered.remove(next.get().item());
        }

        assertThat(picked).containsExactlyElementsOf(expected);
        assertThat(offered).extracting(NuGetFramework::shortFolderName)
                .containsExactlyInAnyOrder(incompatible.split("\\s+"));
    }

    @Test
    void assetTargetFallbackIsUsedOnlyWhenNothingFits() {
        NuGetFramework net8 = NuGetFramework.parse("net8.0");
        List<NuGetFramework> fallback = FrameworkReducer.DEFAULT_ASSET_TARGET_FALLBACK;

        // net461 is the first fallback tried, and net45 is nearest for it.
        var viaFallback = FrameworkReducer.nearest(net8, fallback, frameworks("net472 net45"), f -> f).orElseThrow();
        assertThat(viaFallback.framework().shortFolderName()).isEqualTo("net45");
        assertThat(viaFallback.viaFallback()).isTrue();

        var direct = FrameworkReducer.nearest(net8, fallback, frameworks("net472 netstandard2.0"), f -> f).orElseThrow();
        assertThat(direct.framework().shortFolderName()).isEqualTo("netstandard2.0");
        assertThat(direct.viaFallback()).isFalse();

        var any = FrameworkReducer.nearest(net8, fallback, frameworks("net472 any"), f -> f).orElseThrow();
        assertThat(any.framework()).isEqualTo(NuGetFramework.ANY);
        assertThat(any.viaFallback()).isFalse();

        assertThat(FrameworkReducer.nearest(net8, fallback, frameworks("net9.0 net8.0-windows"), f -> f)).isEmpty();
    }

    @ParameterizedTest(name = "{0} from [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        net45               | net40 net40-client                          | net40
        net40-client        | net40 net40-client                          | net40-client
        net45-client        | net40 net40-client                          | net40-client
        net48               | net20 netstandard2.0                        | net20
        net461              | net461 netstandard2.0                       | net461
        net8.0              | netstandard2.0 portable-net45+win8          | netstandard2.0
        net45               | portable-net45+win8 portable-net45+win8+wpa81+wp8 | portable-net45+win8
        win81               | netcore45 win8                              | win8
        net8.0-windows      | net7.0-windows net8.0                       | net8.0
        net6.0-android      | monoandroid12.0 netstandard2.0              | monoandroid12.0
        net472              | unsupported any                             | any
        net472              | unsupported                                 | none
        net472              | Windows0.0 .NETFramework0.0 MonoAndroid0.0  | net
        """)
    void tieBreaks(String project, String candidates, String expected) {
        Optional<NuGetFramework> nearest = FrameworkReducer.nearest(NuGetFramework.parse(project), frameworks(candidates));
        assertThat(nearest.map(NuGetFramework::shortFolderName).orElse("none")).isEqualTo(expected);
    }

    private static List<NuGetFramework> frameworks(String names) {
        return Arrays.stream(names.split("\\s+")).map(NuGetFramework::parse).toList();
    }
}
