package io.nugetbridge.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.log.RecordingLog;
import io.nugetbridge.core.spec.NuspecFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code <files>} rules of {@code nuget pack}, one at a time, on a small tree of real files. */
class NuspecFileResolverTest {

    @TempDir
    Path temp;

    private Path base;
    private final RecordingLog log = new RecordingLog();
    private final List<String> warnings = log.warnings;

    @BeforeEach
    void tree() throws IOException {
        base = temp.resolve("repo/nuget");
        for (String file : List.of("bin/Release/net8.0/Contoso.dll", "bin/Release/net8.0/Contoso.pdb",
                "bin/Release/net8.0/de/Contoso.resources.dll", "bin/Release/net472/Contoso.dll", "LICENSE.txt",
                "css/ie.css", "README", ".gitignore", ".nuget.editorconfig", "old/Contoso.1.0.0.nupkg", "Contoso.nuspec",
                "../shared/icon.png")) {
            Path path = base.resolve(file).normalize();
            Files.createDirectories(path.getParent());
            Files.writeString(path, file);
        }
    }

    private List<String> targets(NuspecFile... entries) {
        NuspecFileResolver.Result result = new NuspecFileResolver(base, true, log).resolve(List.of(entries));
        assertThat(result.problems()).isEmpty();
        return result.files().stream().map(PackageFile::path).toList();
    }

    private static NuspecFile file(String src, String target) {
        return new NuspecFile(src, target, null);
    }

    @Test
    void aPlainFileGoesUnderTheTargetFolderWithItsName() {
        assertThat(targets(file("bin\\Release\\net8.0\\Contoso.dll", "lib\\net8.0"))).containsExactly("lib/net8.0/Contoso.dll");
        assertThat(targets(file("LICENSE.txt", null))).containsExactly("LICENSE.txt");
        assertThat(targets(file("LICENSE.txt", ""))).containsExactly("LICENSE.txt");
        assertThat(targets(file("../shared/icon.png", "images/"))).as("sources may climb out of the base folder")
                .containsExactly("images/icon.png");
    }

    @Test
    void aPlainFileWhoseExtensionMatchesTheTargetsIsRenamed() {
        assertThat(targets(file("css/ie.css", "content/css/ie-styles.css"))).containsExactly("content/css/ie-styles.css");
        assertThat(targets(file("css/ie.css", "content/css/styles.txt"))).containsExactly("content/css/styles.txt/ie.css");
        assertThat(targets(file("README", "docs"))).as("NuGet's quirk: no extension equals no extension")
                .containsExactly("docs");
    }

    @Test
    void aSingleStarStaysInItsFolderAndKeepsFileNames() {
        assertThat(targets(file("bin/Release/net8.0/*.dll", "lib/net8.0"))).containsExactly("lib/net8.0/Contoso.dll");
        assertThat(targets(file("bin/Release/*/Contoso.dll", "lib"))).as("a star in a folder searches below, names kept")
                .containsExactly("lib/Contoso.dll", "lib/Contoso.dll");
    }

    @Test
    void aDoubleStarKeepsThePathBelowTheFixedPart() {
        assertThat(targets(file("bin/Release/**/*.dll", "lib"))).containsExactly(
                "lib/net472/Contoso.dll", "lib/net8.0/Contoso.dll", "lib/net8.0/de/Contoso.resources.dll");
        assertThat(targets(file("bin\\Release\\**", "lib"))).hasSize(4);
    }

    @Test
    void aFolderSourceTakesTheWholeTree() {
        assertThat(targets(file("bin/Release/net8.0/", "lib/net8.0"))).containsExactly(
                "lib/net8.0/Contoso.dll", "lib/net8.0/Contoso.pdb", "lib/net8.0/de/Contoso.resources.dll");
    }

    @Test
    void wildcardsIgnoreCaseAsInNuGet() {
        assertThat(targets(file("BIN/Release/net8.0/*.DLL", "lib"))).as("the fixed folder is a real path")
                .isEmpty();
        assertThat(targets(file("bin/Release/net8.0/*.DLL", "lib"))).containsExactly("lib/Contoso.dll");
    }

    @Test
    void semicolonsListSeveralSources() {
        assertThat(targets(file("LICENSE.txt;css/ie.css", "docs"))).containsExactly("docs/LICENSE.txt", "docs/ie.css");
    }

    @Test
    void excludesAreRelativeToTheBaseFolderOrMatchAnywhereWithALeadingDoubleStar() {
        assertThat(targets(new NuspecFile("bin/Release/**/*", "lib", "bin/Release/net8.0/*.pdb;bin\\Release\\net472\\*")))
                .containsExactly("lib/net8.0/Contoso.dll", "lib/net8.0/de/Contoso.resources.dll");
        assertThat(targets(new NuspecFile("bin/Release/**/*", "lib", "**/*.resources.dll;**\\*.pdb")))
                .containsExactly("lib/net472/Contoso.dll", "lib/net8.0/Contoso.dll");
    }

    @Test
    void aPlainSourceMatchingNothingIsNu5019UnlessAnExcludeExplainsIt() {
        NuspecFileResolver resolver = new NuspecFileResolver(base, true, log);
        NuspecFileResolver.Result missing = resolver.resolve(List.of(file("bin/Debug/Contoso.dll", "lib")));
        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("NU5019");
            assertThat(p.element()).isEqualTo("<file src=\"bin/Debug/Contoso.dll\" target=\"lib\">");
        });
        assertThat(resolver.resolve(List.of(new NuspecFile("LICENSE.txt", null, "*.txt"))).problems()).isEmpty();
        assertThat(resolver.resolve(List.of(file("bin/Debug/*.dll", "lib"))).problems()).as("wildcards may match nothing")
                .isEmpty();
        assertThat(warnings).anyMatch(w -> w.contains("selects no files"));
    }

    @Test
    void noFilesElementMeansEverythingUnderTheBaseFolderBarNuspecsAndDefaultExcludes() {
        NuspecFileResolver.Result result = new NuspecFileResolver(base, true, log).resolve(null);
        assertThat(result.files()).extracting(PackageFile::path).containsExactly(".nuget.editorconfig", "LICENSE.txt", "README",
                "bin/Release/net472/Contoso.dll", "bin/Release/net8.0/Contoso.dll", "bin/Release/net8.0/Contoso.pdb",
                "bin/Release/net8.0/de/Contoso.resources.dll", "css/ie.css");
        assertThat(warnings).hasSize(2).allMatch(w -> w.startsWith("NU5119"))
                .anyMatch(w -> w.contains(".gitignore")).anyMatch(w -> w.contains("Contoso.1.0.0.nupkg"));
    }

    @Test
    void defaultExcludesCanBeSwitchedOffButNuspecsNeverGoIn() {
        NuspecFileResolver.Result result = new NuspecFileResolver(base, false, log).resolve(List.of(file("**", null)));
        assertThat(result.files()).extracting(PackageFile::path).contains(".gitignore", "old/Contoso.1.0.0.nupkg")
                .doesNotContain("Contoso.nuspec");
        assertThat(warnings).isEmpty();
    }

    @Test
    void explicitlyListedDotFilesAreDefaultExcludedToo() {
        assertThat(targets(file(".gitignore", "content"), file(".nuget.editorconfig", "contentFiles/.editorconfig")))
                .containsExactly("contentFiles/.editorconfig");
    }

    @Test
    void everyFileRemembersTheEntryThatSelectedIt() {
        NuspecFileResolver.Result result = new NuspecFileResolver(base, true, log).resolve(List.of(file("css/*.css", "content")));
        assertThat(result.files()).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo("<file src=\"css/*.css\" target=\"content\">");
            assertThat(f.source()).contains(base.resolve("css/ie.css"));
        });
    }
}
