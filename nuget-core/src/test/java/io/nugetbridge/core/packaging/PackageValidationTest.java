package io.nugetbridge.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.spec.Dependencies;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.spec.FrameworkAssembly;
import io.nugetbridge.core.spec.License;
import io.nugetbridge.core.spec.NuspecException;
import io.nugetbridge.core.spec.NuspecMetadataBuilder;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.References;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule NuGet's pack enforces, broken once: the error names the nuspec, the element and what to
 * change, carries NuGet's code where NuGet has one, and nothing is written.
 */
class PackageValidationTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path temp;

    private static NuspecMetadataBuilder valid() {
        return NuspecMetadata.builder().id("Contoso.Valid").versionText("1.0.0").authorsText("Contoso")
                .description("A valid package.");
    }

    private PackageBuilder builder(UnaryOperator<NuspecMetadataBuilder> change) {
        return new PackageBuilder(change.apply(valid()).build()).sourceName("src/main/nuget/Contoso.Valid.nuspec")
                .addFile("lib/net8.0/Contoso.Valid.dll", new byte[] {1, 2, 3});
    }

    private PackageProblem onlyProblem(PackageBuilder builder) {
        Path target = temp.resolve("out.nupkg");
        assertThatThrownBy(() -> builder.writeTo(target))
                .isInstanceOf(PackageValidationException.class)
                .hasMessageStartingWith("Cannot pack src/main/nuget/Contoso.Valid.nuspec:");
        assertThat(target).doesNotExist();
        List<PackageProblem> problems = builder.problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void aValidPackageHasNoProblems() {
        assertThat(builder(b -> b).problems()).isEmpty();
    }

    @ParameterizedTest(name = "id ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
        Contoso Valid            | contains invalid characters
        Contoso..Valid           | contains invalid characters
        .Contoso                 | contains invalid characters
        Contoso.$name$           | a $token$ not replaced?
        ''                       | is missing
        """)
    void theIdFollowsNuGetsRule(String id, String message) {
        PackageProblem problem = onlyProblem(builder(b -> b.id(id.isEmpty() ? null : id)));
        assertThat(problem.element()).isEqualTo("<id>");
        assertThat(problem.message()).contains(message);
    }

    @Test
    void idsAreAtMostOneHundredCharacters() {
        assertThat(onlyProblem(builder(b -> b.id("A".repeat(101)))).message()).contains("101 characters", "at most 100");
        assertThat(builder(b -> b.id("A".repeat(100))).problems()).isEmpty();
        assertThat(builder(b -> b.id("Überprüfung.Ünïcode_1-2")).problems()).as(".NET \\w takes any letter").isEmpty();
    }

    @ParameterizedTest(name = "version ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
        ''          | is missing or empty
        v1.0        | is not a NuGet version
        1.0.0.0.0   | is not a NuGet version
        $version$   | a $token$ without a value?
        """)
    void theVersionIsRequiredAndValid(String version, String message) {
        PackageProblem problem = onlyProblem(builder(b -> b.versionText(version.isEmpty() ? null : version)));
        assertThat(problem.element()).isEqualTo("<version>");
        assertThat(problem.message()).contains(message);
    }

    @Test
    void authorsAndDescriptionAreRequired() {
        assertThat(onlyProblem(builder(b -> b.authorsText(" , "))).element()).isEqualTo("<authors>");
        assertThat(onlyProblem(builder(b -> b.description(""))).element()).isEqualTo("<description>");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        PackageBuilder builder = builder(b -> b.id("bad id").versionText("x").authorsText(null).description(null));
        assertThat(builder.problems()).extracting(PackageProblem::element)
                .containsExactly("<id>", "<version>", "<authors>", "<description>");
        assertThatThrownBy(builder::validate).hasMessageContainingAll("<id>", "<version>", "<authors>", "<description>");
    }

    @Test
    void flatAndGroupedDependenciesCannotBeMixed() {
        Path nuspec = Path.of("src/test/resources/spec/mixed-dependencies.nuspec");
        assertThatThrownBy(() -> new NuspecPacker(null).pack(nuspec, temp.resolve("out")))
                .isInstanceOf(NuspecException.class)
                .hasMessageContaining("mixed-dependencies.nuspec")
                .hasMessageContaining("<dependencies>");
    }

    @ParameterizedTest(name = "range ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
        [1.0                 | is not a version range
        (1.0.0]              | is not a version range
        [2.0.0,1.0.0]        | is not a version range
        1.*                  | floats
        [$PackageVersion$]   | a $token$ without a value?
        """)
    void dependencyRangesMustBeValidAndFixed(String range, String message) {
        PackageProblem problem = onlyProblem(builder(b -> b.dependencies(Dependencies.grouped(List.of(
                new DependencyGroup("net8.0", List.of(Dependency.of("Newtonsoft.Json", range))))))));
        assertThat(problem.element())
                .isEqualTo("<dependencies>/<group targetFramework=\"net8.0\">/<dependency id=\"Newtonsoft.Json\">");
        assertThat(problem.message()).contains("'" + range + "'", message);
    }

    @Test
    void aDependencyIsListedOncePerGroupWithAValidId() {
        PackageBuilder twice = builder(b -> b.dependencies(Dependencies.flat(List.of(
                Dependency.of("Newtonsoft.Json", "13.0.1"), Dependency.of("newtonsoft.json", "13.0.3")))));
        assertThat(onlyProblem(twice).message()).contains("more than once");
        PackageBuilder badId = builder(b -> b.dependencies(Dependencies.flat(List.of(Dependency.of("Bad Id", "1.0.0")))));
        assertThat(onlyProblem(badId).element()).isEqualTo("<dependencies>/<dependency id=\"Bad Id\">");
    }

    @Test
    void targetFrameworksMustBeKnownAndPlatformsVersioned() {
        PackageProblem unknown = onlyProblem(builder(b -> b.dependencies(Dependencies.grouped(List.of(
                new DependencyGroup("net8.O", List.of()))))));
        assertThat(unknown.code()).isEqualTo("NU5003");
        assertThat(unknown.element()).isEqualTo("<dependencies>/<group targetFramework=\"net8.O\">");
        PackageProblem platform = onlyProblem(builder(b -> b.dependencies(Dependencies.grouped(List.of(
                new DependencyGroup("net8.0-windows", List.of()))))));
        assertThat(platform.code()).isEqualTo("NU1012");
        assertThat(platform.message()).contains("net8.0-windows10.0.19041");
        PackageProblem assembly = onlyProblem(builder(b -> b.frameworkAssemblies(List.of(
                new FrameworkAssembly("System.Xml", "net45, bogus")))));
        assertThat(assembly.element()).isEqualTo("<frameworkAssemblies>/<frameworkAssembly assemblyName=\"System.Xml\">");
    }

    @ParameterizedTest(name = "expression ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
        MIT OR                   | ends where a license id was expected
        MIT and Apache-2.0       | operators are upper case
        (MIT OR Apache-2.0       | is not closed
        GPL-2.0-only WITH        | WITH must be followed by an exception id
        MIT/Apache               | unexpected '/Apache'
        """)
    void licenseExpressionsMustParse(String expression, String message) {
        PackageProblem problem = onlyProblem(builder(b -> b.license(License.expression(expression))));
        assertThat(problem.element()).isEqualTo("<license type=\"expression\">");
        assertThat(problem.message()).contains(message);
    }

    @Test
    void validLicenseExpressionsPass() {
        for (String expression : List.of("MIT", "MS-PL OR Apache-2.0", "(MIT OR Apache-2.0) AND BSD-3-Clause",
                "GPL-2.0-or-later WITH Classpath-exception-2.0", "LicenseRef-Contoso", "GPL-2.0+")) {
            assertThat(builder(b -> b.license(License.expression(expression))).problems()).as(expression).isEmpty();
        }
    }

    @Test
    void aLicenseFileMustBeInThePackageAsTextOrMarkdown() {
        PackageProblem missing = onlyProblem(builder(b -> b.license(License.file("LICENSE.txt"))));
        assertThat(missing.code()).isEqualTo("NU5030");
        assertThat(missing.message()).contains("'LICENSE.txt' is not in the package", "add a <file>");
        PackageProblem wrongCase = onlyProblem(builder(b -> b.license(License.file("LICENSE.txt")))
                .addFile("license.txt", "MIT".getBytes(StandardCharsets.UTF_8)));
        assertThat(wrongCase.message()).contains("the package has 'license.txt', which differs in case");
        PackageBuilder pdf = builder(b -> b.license(License.file("LICENSE.pdf"))).addFile("LICENSE.pdf", new byte[] {1});
        assertThat(onlyProblem(pdf).code()).isEqualTo("NU5031");
        assertThat(builder(b -> b.license(License.file("docs\\LICENSE.md"))).addFile("docs/LICENSE.md", new byte[] {1})
                .problems()).isEmpty();
    }

    @Test
    void licenseAndADifferentLicenseUrlExcludeEachOther() {
        PackageProblem problem = onlyProblem(builder(b -> b.license(License.expression("MIT")).licenseUrl("https://example.com/mit")));
        assertThat(problem.element()).isEqualTo("<licenseUrl>");
        assertThat(problem.message()).contains("https://licenses.nuget.org/MIT");
        assertThat(builder(b -> b.license(License.expression("MIT")).licenseUrl("https://licenses.nuget.org/MIT")).problems())
                .as("the URL pack would write itself is fine, as in xunit's nuspecs").isEmpty();
    }

    @Test
    void requiringLicenseAcceptanceNeedsALicense() {
        assertThat(onlyProblem(builder(b -> b.requireLicenseAcceptance(true))).element()).isEqualTo("<requireLicenseAcceptance>");
    }

    @Test
    void theIconMustBeAnImageInThePackageOfAtMostOneMebibyte() {
        assertThat(onlyProblem(builder(b -> b.icon("images/icon.png"))).code()).isEqualTo("NU5046");
        assertThat(onlyProblem(builder(b -> b.icon("icon.gif")).addFile("icon.gif", PNG)).code()).isEqualTo("NU5045");
        assertThat(onlyProblem(builder(b -> b.icon("icon.png")).addFile("icon.png", new byte[0])).code()).isEqualTo("NU5047");
        byte[] big = new byte[(int) ContentRules.MAX_ICON_BYTES + 1];
        assertThat(onlyProblem(builder(b -> b.icon("icon.png")).addFile("icon.png", big)).message()).contains("at most 1 MiB");
        assertThat(builder(b -> b.icon("images\\icon.png")).addFile("images/icon.png", PNG).problems()).isEmpty();
        assertThat(onlyProblem(builder(b -> b.icon(""))).element()).isEqualTo("<icon>");
    }

    @Test
    void theReadmeMustBeANonEmptyMarkdownFileInThePackage() {
        assertThat(onlyProblem(builder(b -> b.readme("docs/README.md"))).code()).isEqualTo("NU5039");
        assertThat(onlyProblem(builder(b -> b.readme("README.txt")).addFile("README.txt", PNG)).code()).isEqualTo("NU5038");
        assertThat(onlyProblem(builder(b -> b.readme("README.md")).addFile("README.md", new byte[0])).code()).isEqualTo("NU5040");
    }

    @Test
    void entriesAreUniqueEvenIgnoringCase() {
        PackageBuilder twice = builder(b -> b).addFile("lib/net8.0/Contoso.Valid.dll", new byte[] {4});
        assertThat(onlyProblem(twice).code()).isEqualTo("NU5050");
        PackageBuilder cased = builder(b -> b).addFile("lib/net8.0/contoso.valid.dll", new byte[] {4});
        assertThat(onlyProblem(cased).message()).contains("differ only in case");
    }

    @ParameterizedTest(name = "path ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
        ../escape.dll                      | contains a '..' segment
        lib/../../escape.dll               | contains a '..' segment
        C:/Windows/escape.dll              | drive letter
        Other.nuspec                       | a second nuspec
        _rels/.rels                        | a name pack writes itself
        [Content_Types].xml                | a name pack writes itself
        .signature.p7s                     | a name pack writes itself
        """)
    void entryPathsCannotEscapeOrCollideWithPackParts(String path, String message) {
        assertThat(onlyProblem(builder(b -> b).addFile(path, new byte[] {1})).message()).contains(message);
    }

    @Test
    void aPackageNeedsFilesOrDependencies() {
        PackageBuilder empty = new PackageBuilder(valid().build()).sourceName("src/main/nuget/Contoso.Valid.nuspec");
        PackageProblem problem = onlyProblem(empty);
        assertThat(problem.code()).isEqualTo("NU5017");
        assertThat(new PackageBuilder(valid().dependencies(Dependencies.flat(List.of(Dependency.of("A", "1.0.0")))).build())
                .problems()).as("a meta-package").isEmpty();
    }

    @Test
    void referencedAssembliesMustBeUnderLib() {
        PackageProblem problem = onlyProblem(builder(b -> b.references(References.flat(List.of("Missing.dll")))));
        assertThat(problem.code()).isEqualTo("NU5018");
        assertThat(builder(b -> b.references(References.flat(List.of("Contoso.Valid")))).problems())
                .as("the .dll may be left out, as in NuGet").isEmpty();
    }

    @Test
    void urlsAndMinClientVersionMustNotBeEmptyOrMalformed() {
        assertThat(onlyProblem(builder(b -> b.projectUrl(" "))).element()).isEqualTo("<projectUrl>");
        assertThat(onlyProblem(builder(b -> b.minClientVersion("three"))).element()).isEqualTo("<metadata minClientVersion>");
    }

    @Test
    void aPlainSourceThatMatchesNothingIsNu5019AndNamesTheFileEntry() throws Exception {
        Path nuspec = temp.resolve("project/Contoso.Valid.nuspec");
        Files.createDirectories(nuspec.getParent());
        Files.writeString(nuspec, """
                <package><metadata><id>Contoso.Valid</id><version>1.0.0</version><authors>Contoso</authors>
                <description>d</description></metadata>
                <files><file src="bin\\Release\\Contoso.Valid.dll" target="lib\\net8.0" /></files></package>
                """);
        assertThatThrownBy(() -> new NuspecPacker(null).pack(nuspec, temp.resolve("out")))
                .isInstanceOf(PackageValidationException.class)
                .hasMessageContaining(nuspec.toString())
                .hasMessageContaining("NU5019 <file src=\"bin\\Release\\Contoso.Valid.dll\" target=\"lib\\net8.0\">")
                .hasMessageContaining("file not found");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aFailedPackLeavesAnExistingPackageUntouched() throws Exception {
        Path target = temp.resolve("Contoso.Valid.1.0.0.nupkg");
        Files.writeString(target, "the package of yesterday");
        assertThatThrownBy(() -> builder(b -> b.id("bad id")).writeTo(target)).isInstanceOf(PackageValidationException.class);
        assertThat(target).hasContent("the package of yesterday");

        // A failure in the middle of writing (here a "file" that cannot be opened) leaves it untouched too.
        Path notAFile = Files.createDirectories(temp.resolve("not-a-file.dll"));
        PackageBuilder broken = builder(b -> b).addFile("lib/net8.0/Broken.dll", notAFile);
        broken.validate();
        assertThatThrownBy(() -> broken.writeTo(target)).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining(target.toString());
        assertThat(target).hasContent("the package of yesterday");
        try (var listing = Files.list(temp)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }
}
