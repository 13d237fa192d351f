package io.nugetbridge.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.spec.Nuspec;
import io.nugetbridge.core.spec.NuspecFile;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.spec.TokenReplacer;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every nuspec of the corpus packed as {@code nuget pack} would pack it: the nuspec copied two folders
 * deep (its sources climb up with {@code ..\..\}), a placeholder created for each file its
 * {@code <files>} names (and, for nuspecs without {@code <files>}, the lib/ assemblies their
 * {@code <references>} need), tokens given values. The package is read back with {@link PackageReader}:
 * the metadata must be what the nuspec says, and the entries exactly the ones listed here, worked out
 * by hand from NuGet's target rules.
 */
@RequiresCorpus
class AuthoringNuspecPackTest {

    private static final Map<String, String> TOKENS = Map.of("version", "4.1.0", "PackageVersion", "3.0.1",
            "GitCommitId", "0f990559500aeefa24551c4bb8bdb154fe3d0c87",
            "GitAssertModuleCommitId", "17a8daf223e26c0e17a8daf223e26c0e17a8daf2");

    @TempDir
    Path temp;

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("FSharp.Data.2.1.0-beta3.nuspec",
                        List.of("lib/net40/FSharp.Data.dll", "lib/portable-net40+sl5+wp8+win8/FSharp.Data.dll", ".gitignore"),
                        List.of("lib/net40/FSharp.Data.dll", "lib/portable-net40+sl5+wp8+win8/FSharp.Data.dll")),
                Arguments.of("LiteGuard.Source.nuspec", List.of(),
                        List.of("liteguard_256.png", "contentFiles/cs/netstandard1.0/Guard.cs.pp",
                                "contentFiles/cs/netstandard2.0/Guard.cs.pp")),
                Arguments.of("Microsoft.Framework.Logging.1.0.0-beta4.nuspec",
                        List.of("lib/dnx451/Microsoft.Framework.Logging.dll"),
                        List.of("lib/dnx451/Microsoft.Framework.Logging.dll")),
                Arguments.of("Xamarin.Forms.2.3.4.247.nuspec", xamarinLibraries(), xamarinLibraries()),
                Arguments.of("nunit-framework.2018.nuspec", List.of(), nunit2018()),
                Arguments.of("nunit-framework.HEAD.nuspec", List.of(), nunitHead()),
                Arguments.of("xunit.core.2015.nuspec", List.of(), xunitCore()),
                Arguments.of("xunit.v3.assert.source.nuspec",
                        List.of("Asserts/Assert.cs", "Asserts/Sdk/ArgumentFormatter.cs", "Asserts/README.txt"),
                        List.of("_content/logo-128-transparent.png", "_content/README.md", "contentFiles/.editorconfig",
                                "contentFiles/cs/netstandard2.0/Asserts/Assert.cs",
                                "contentFiles/cs/netstandard2.0/Asserts/Sdk/ArgumentFormatter.cs")),
                Arguments.of("xunit.v3.core.nuspec", List.of(),
                        List.of("_content/logo-128-transparent.png", "_content/README.md", "lib/net472/_._", "lib/net8.0/_._")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theCorpusNuspecPacksToItsMetadataAndTheExpectedEntries(String name, List<String> extraFiles, List<String> expected)
            throws IOException {
        Path base = temp.resolve("repo/src/project");
        Path nuspecFile = base.resolve(name);
        Files.createDirectories(base);
        Files.copy(Fixtures.path("nuspec/" + name), nuspecFile);
        Nuspec authored = NuspecReader.read(nuspecFile, new TokenReplacer(TOKENS, null));
        createPlaceholders(base, authored.files());
        for (String extra : extraFiles) {
            placeholder(base.resolve(extra));
        }

        PackResult result = new NuspecPacker(null).properties(TOKENS).timestamp(Instant.parse("2026-11-22T00:00:00Z"))
                .pack(nuspecFile, temp.resolve("out"));

        Path nupkg = result.packageFile().file();
        assertThat(nupkg.getFileName().toString())
                .isEqualTo(authored.metadata().id() + "." + authored.metadata().version().toNormalizedString() + ".nupkg");
        try (PackageReader reader = PackageReader.open(nupkg)) {
            Nuspec packed = reader.nuspec();
            assertThat(packed.declaresFiles()).isFalse();
            PackedMetadataAssert.assertPackedFrom(authored.metadata(), packed.metadata());
            List<String> entries = new ArrayList<>(List.of("_rels/.rels", authored.metadata().id() + ".nuspec"));
            entries.addAll(expected);
            entries.add("[Content_Types].xml");
            assertThat(reader.entries()).extracting(PackageEntry::path)
                    .startsWith(entries.toArray(String[]::new))
                    .hasSize(entries.size() + 1)
                    .last().asString().matches("package/services/metadata/core-properties/[0-9a-f]{32}\\.psmdcp");
        }
    }

    /** A file for each plain source of {@code <files>} (wildcard sources get theirs from the case). */
    private static void createPlaceholders(Path base, List<NuspecFile> files) throws IOException {
        if (files == null) {
            return;
        }
        for (NuspecFile file : files) {
            for (String src : file.sources()) {
                if (!src.contains("*")) {
                    placeholder(base.resolve(src.replace('\\', '/')).normalize());
                }
            }
        }
    }

    /** Some bytes (an icon or readme must not be empty), none for NuGet's empty-folder marker {@code _._}. */
    private static void placeholder(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        String name = file.getFileName().toString();
        Files.writeString(file, name.equals("_._") ? "" : "placeholder for " + name + "\n", StandardCharsets.UTF_8);
    }

    private static List<String> xamarinLibraries() {
        return List.of(
                "lib/MonoAndroid10/FormsViewGroup.dll", "lib/MonoAndroid10/Xamarin.Forms.Platform.Android.dll",
                "lib/Xamarin.iOS10/Xamarin.Forms.Platform.iOS.dll",
                "lib/portable-win+net45+wp80+win81+wpa81+MonoAndroid10+Xamarin.iOS10+xamarinmac20/Xamarin.Forms.Core.dll",
                "lib/portable-win+net45+wp80+win81+wpa81+MonoAndroid10+Xamarin.iOS10+xamarinmac20/Xamarin.Forms.Platform.dll",
                "lib/portable-win+net45+wp80+win81+wpa81+MonoAndroid10+Xamarin.iOS10+xamarinmac20/Xamarin.Forms.Xaml.dll",
                "lib/uap10.0/Xamarin.Forms.Platform.UAP.dll",
                "lib/win81/Xamarin.Forms.Platform.WinRT.Tablet.dll", "lib/win81/Xamarin.Forms.Platform.WinRT.dll",
                "lib/wp8/Xamarin.Forms.Platform.WP8.dll", "lib/wpa81/Xamarin.Forms.Platform.WinRT.Phone.dll");
    }

    private static List<String> nunit2018() {
        List<String> entries = new ArrayList<>(List.of("LICENSE.txt", "NOTICES.txt", "CHANGES.md"));
        for (String framework : List.of("net20", "net35", "net40", "net45", "netstandard1.4", "netstandard2.0")) {
            for (String extension : List.of("dll", "pdb", "xml")) {
                entries.add("lib/" + framework + "/nunit.framework." + extension);
            }
            if (framework.equals("net20")) {
                entries.add("lib/net20/NUnit.System.Linq.dll");
            }
        }
        entries.add("build/NUnit.props");
        return entries;
    }

    private static List<String> nunitHead() {
        List<String> entries = new ArrayList<>(List.of("LICENSE.txt", "NOTICES.md", "README.md", "THIRD_PARTY_NOTICES.md", "icon.png"));
        entries.addAll(List.of("lib/net462/nunit.framework.dll", "lib/net462/nunit.framework.xml", "lib/net462/nunit.framework.pdb",
                "lib/net462/nunit.framework.legacy.dll", "lib/net462/nunit.framework.legacy.xml", "lib/net462/nunit.framework.legacy.pdb",
                "lib/net8.0/nunit.framework.dll", "lib/net8.0/nunit.framework.xml", "lib/net8.0/nunit.framework.pdb",
                "lib/net8.0/nunit.framework.legacy.dll", "lib/net8.0/nunit.framework.legacy.pdb", "lib/net8.0/nunit.framework.legacy.xml",
                "lib/net10.0/nunit.framework.dll", "lib/net10.0/nunit.framework.xml", "lib/net10.0/nunit.framework.pdb",
                "lib/net10.0/nunit.framework.legacy.dll", "lib/net10.0/nunit.framework.legacy.xml", "lib/net10.0/nunit.framework.legacy.pdb",
                "build/NUnit.props"));
        return entries;
    }

    private static List<String> xunitCore() {
        String portable = "build/portable-net45+aspnetcore50+win+wpa81+wp80+monotouch+monoandroid+Xamarin.iOS/";
        return List.of("build/_Desktop/xunit.execution.desktop.dll",
                "build/monoandroid/xunit.core.props", "build/monoandroid/xunit.execution.MonoAndroid.dll",
                "build/monotouch/xunit.core.props", "build/monotouch/xunit.execution.MonoTouch.dll",
                portable + "xunit.core.props",
                "build/portable-win81+wpa81/xunit.core.props", "build/portable-win81+wpa81/xunit.core.targets",
                "build/portable-win81+wpa81/xunit.execution.universal.dll", "build/portable-win81+wpa81/xunit.execution.universal.pri",
                "build/win8/xunit.core.props", "build/win8/xunit.core.targets", "build/win8/xunit.execution.win8.dll",
                "build/wp8/xunit.core.props", "build/wp8/xunit.core.targets", "build/wp8/xunit.execution.wp8.dll",
                "build/Xamarin.iOS/xunit.core.props", "build/Xamarin.iOS/xunit.execution.iOS-Universal.dll");
    }
}
