package io.nugetbridge.wagon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.resolve.DiagnosticPolicy;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.PackageResolver;
import io.nugetbridge.core.resolve.PackageSources;
import io.nugetbridge.core.resolve.SourceMapping;
import io.nugetbridge.core.restore.GlobalPackagesSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential test of the mediation: for each graph case of {@code nuget-rules/*.json} (written by
 * it/nuget-rules/cases.py with what NuGet.exe 5.8's {@code .dg} restore resolved for the same references from a
 * folder feed), the versions the mediation writes into a project's model (its direct nupkg dependencies and the
 * managed versions Maven then applies to every transitive one) are NuGet.exe's (id, version) set, ids spelled as
 * the packages spell them; where NuGet.exe fails, the mediation fails with the same codes and leaves the model alone.
 * The wagon-nuget-rules ITs check that Maven then resolves exactly these, on Maven 3.8.7, 3.9.x and 4.0.
 */
class NuGetMediationTest {

    private static final NuGetFramework NET8 = NuGetFramework.parse("net8.0");

    @TempDir
    static Path root;
    private static WagonHarness harness;
    private static FeedConnection feed;
    private static PackageResolver resolver;

    @BeforeAll
    static void feed() throws IOException {
        Path folder = Files.createDirectories(root.resolve("feed"));
        for (String name : List.of("wagon-nuget-rules", "wagon-nuget-rules-errors")) {
            for (JsonNode c : (Iterable<JsonNode>) () -> cases(name).elements()) {
                for (JsonNode p : c.get("packages")) {
                    writePackage(folder, p);
                }
            }
        }
        harness = new WagonHarness(root.resolve("run"));
        feed = harness.services.connect(FeedLocation.of("rules", "nuget+" + folder.toUri()),
                WagonSettings.fromKnobs(Map.of("globalPackagesFolder", harness.packages.toString())::get, Map.of()),
                Optional.empty(), Optional.empty(), Optional.empty());
        resolver = new PackageResolver(new PackageSources(List.of(GlobalPackagesSource.of(feed.packages())),
                List.of(new ViewPackageSource(feed)), SourceMapping.NONE));
    }

    @AfterAll
    static void close() {
        resolver.close();
    }

    static Stream<String> resolvingCases() {
        List<String> names = new ArrayList<>();
        cases("wagon-nuget-rules").fieldNames().forEachRemaining(names::add);
        return names.stream();
    }

    static Stream<String> failingCases() {
        List<String> names = new ArrayList<>();
        cases("wagon-nuget-rules-errors").fieldNames().forEachRemaining(names::add);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("resolvingCases")
    void theModelGetsTheVersionsNuGetExeResolved(String name) {
        JsonNode c = cases("wagon-nuget-rules").get(name);
        Model model = projectOf(c.get("roots"));

        NuGetMediation.ProjectOutcome outcome = mediate(model, name, c.get("roots"),
                NuGetFramework.parse(c.get("framework").asText()));

        assertThat(outcome.failed()).as("%s: %s", name, outcome.result().diagnostics()).isFalse();
        TreeSet<String> expected = strings(c.get("nuget").get("packages"));
        TreeSet<String> managed = model.getDependencyManagement().getDependencies().stream()
                .filter(d -> outcome.choice().ownSpellings().containsValue(d.getArtifactId()))
                .map(d -> d.getArtifactId() + ":" + d.getVersion()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(managed).as(name).isEqualTo(expected);
        assertThat(model.getDependencies()).filteredOn(d -> d.getType().equals("jar"))
                .extracting(Dependency::getVersion).as("not a NuGet package: left to Maven").containsExactly("[1.0,2.0)");
        for (Dependency direct : model.getDependencies().stream().filter(NupkgDependencies::isNupkg).toList()) {
            assertThat(expected).as("%s: the direct dependency", name).contains(direct.getArtifactId() + ":" + direct.getVersion());
        }
        assertThat(codes(outcome.result().diagnostics())).as(name).isEqualTo(strings(c.get("nuget").get("codes")));
    }

    @ParameterizedTest
    @MethodSource("failingCases")
    void whereNuGetExeFailsTheMediationFailsWithItsCodesAndLeavesTheModel(String name) {
        JsonNode c = cases("wagon-nuget-rules-errors").get(name);
        Model model = projectOf(c.get("roots"));

        NuGetMediation.ProjectOutcome outcome = mediate(model, name, c.get("roots"));

        assertThat(outcome.failed()).isTrue();
        assertThat(codes(outcome.result().errors())).isEqualTo(strings(c.get("nuget").get("codes")));
        assertThat(model.getDependencyManagement()).isNull();
        assertThat(model.getDependencies()).filteredOn(NupkgDependencies::isNupkg).extracting(Dependency::getVersion)
                .containsExactlyElementsOf(versionsOf(c.get("roots")));
    }

    @Test
    void idsInAnyCaseAreOnePackageSpelledAsThePackageSpellsIt() {
        Model model = projectOf(new ObjectMapper().valueToTree(List.of("casing.a:1.0", "CASING.A:1.0.0", "Casing.B:1.0.0")));

        NuGetMediation.ProjectOutcome outcome = mediate(model, "casing", new ObjectMapper().valueToTree(
                List.of("casing.a:1.0", "Casing.B:1.0.0")));

        assertThat(model.getDependencies()).filteredOn(NupkgDependencies::isNupkg)
                .extracting(d -> d.getArtifactId() + ":" + d.getVersion()).containsExactly("Casing.A:1.0.0", "Casing.B:1.0.0");
        assertThat(outcome.choice().ownSpellings()).containsEntry("casing.c", "Casing.C");
        // Every spelling the graph writes is managed, so a POM Maven cached before still gets NuGet's version.
        assertThat(model.getDependencyManagement().getDependencies()).extracting(d -> d.getArtifactId() + ":" + d.getVersion())
                .contains("Casing.C:2.0.0", "casing.c:2.0.0", "CASING.C:2.0.0");
    }

    @Test
    void theNextBuildUsesTheKeptChoiceOnlyWhenItsInputsAreTheSameAndItsPackagesInstalled() {
        JsonNode c = cases("wagon-nuget-rules").get("cousins");
        NuGetMediation.ProjectOutcome outcome = mediate(projectOf(c.get("roots")), "cousins", c.get("roots"));
        MediationCache cache = new MediationCache(root.resolve("target"));
        String inputs = MediationCache.inputsHash(List.of("framework net8.0", "reference Cousins.A 1.0.0"));
        cache.write(inputs, outcome.choice());

        assertThat(cache.read(inputs, feed.packages())).as("nothing installed yet").isEmpty();
        outcome.choice().packages().forEach(p -> feed.view().nupkg(p.id(), p.version()));
        assertThat(cache.read(inputs, feed.packages())).contains(outcome.choice());
        assertThat(cache.read(MediationCache.inputsHash(List.of("framework net472")), feed.packages())).isEmpty();

        Model model = projectOf(c.get("roots"));
        ManagedNuGetVersions.apply(model, cache.read(inputs, feed.packages()).orElseThrow());
        assertThat(model.getDependencyManagement().getDependencies()).extracting(d -> d.getArtifactId() + ":" + d.getVersion())
                .contains("Cousins.C:2.0.0");
    }

    @Test
    void aPlusWhereNuGetWritesAStarFloats() {
        assertThat(NupkgVersionText.toRange("1.+")).isEqualTo(NupkgVersionText.toRange("1.*"));
        assertThat(NupkgVersionText.toRange("+")).isEqualTo(NupkgVersionText.toRange("*"));
        assertThat(NupkgVersionText.toRange("+-+")).isEqualTo(NupkgVersionText.toRange("*-*"));
        assertThat(NupkgVersionText.toRange("1.+-+")).isEqualTo(NupkgVersionText.toRange("1.*-*"));
        assertThat(NupkgVersionText.toRange("1.0.0-+")).isEqualTo(NupkgVersionText.toRange("1.0.0-*"));
        assertThat(NupkgVersionText.toRange("1.0.0+build.5").isFloating()).isFalse();
    }

    @Test
    void mavenOnlyVersionWordsAreReadAsTheFloatsThatMeanTheSame() {
        assertThat(NupkgVersionText.toRange("RELEASE").isFloating()).isTrue();
        assertThat(NupkgVersionText.toRange("LATEST").toString()).isEqualTo(NupkgVersionText.toRange("*-*").toString());
        assertThat(NupkgVersionText.toRange("1.0").toString()).isEqualTo(NupkgVersionText.toRange("[1.0.0, )").toString());
    }

    private static NuGetMediation.ProjectOutcome mediate(Model model, String name, JsonNode roots) {
        return mediate(model, name, roots, NET8);
    }

    private static NuGetMediation.ProjectOutcome mediate(Model model, String name, JsonNode roots, NuGetFramework framework) {
        List<PackageDependency> references = new ArrayList<>();
        for (JsonNode root : roots) {
            String[] parts = root.asText().split(":", 2);
            references.add(new PackageDependency(parts[0], NupkgVersionText.toRange(mavenForm(parts[1]))));
        }
        return NuGetMediation.mediate(model, name, references, framework, DiagnosticPolicy.DEFAULT.withDowngradesAsErrors(),
                resolver);
    }

    /** How a POM writes a NuGet float: Maven refuses {@code *} in versions. */
    private static String mavenForm(String nugetVersion) {
        return nugetVersion.replace('*', '+');
    }

    private static Model projectOf(JsonNode roots) {
        Model model = new Model();
        for (JsonNode root : roots) {
            String[] parts = root.asText().split(":", 2);
            Dependency dependency = new Dependency();
            dependency.setGroupId("nuget");
            dependency.setArtifactId(parts[0]);
            dependency.setVersion(mavenForm(parts[1]));
            dependency.setType("nupkg");
            model.addDependency(dependency);
        }
        Dependency java = new Dependency();
        java.setGroupId("org.example");
        java.setArtifactId("java-library");
        java.setVersion("[1.0,2.0)");
        model.addDependency(java);
        return model;
    }

    private static List<String> versionsOf(JsonNode roots) {
        List<String> versions = new ArrayList<>();
        roots.forEach(root -> versions.add(mavenForm(root.asText().split(":", 2)[1])));
        return versions;
    }

    private static TreeSet<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static TreeSet<String> strings(JsonNode array) {
        TreeSet<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode cases(String name) {
        try (InputStream in = NuGetMediationTest.class.getResourceAsStream("/nuget-rules/" + name + ".json")) {
            return new ObjectMapper().readTree(in).get("cases");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A package as cases.py writes it: its nuspec (groups, or a flat list) and one lib file. */
    private static void writePackage(Path folder, JsonNode p) throws IOException {
        String id = p.get("id").asText();
        String version = p.get("version").asText();
        StringBuilder dependencies = new StringBuilder();
        if (p.get("groups").size() > 0) {
            p.get("groups").fields().forEachRemaining(group -> {
                dependencies.append("<group targetFramework=\"").append(group.getKey()).append("\">");
                group.getValue().forEach(d -> dependencies.append(dependency(d.asText())));
                dependencies.append("</group>");
            });
        } else {
            p.get("deps").forEach(d -> dependencies.append(dependency(d.asText())));
        }
        String nuspec = "<?xml version=\"1.0\" encoding=\"utf-8\"?><package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">"
                + "<metadata><id>" + id + "</id><version>" + version + "</version><authors>t</authors><description>d</description>"
                + (dependencies.length() > 0 ? "<dependencies>" + dependencies + "</dependencies>" : "") + "</metadata></package>";
        try (OutputStream out = Files.newOutputStream(folder.resolve(id.toLowerCase() + "." + version + ".nupkg"));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(id + ".nuspec"));
            zip.write(nuspec.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("lib/netstandard2.0/" + id + ".dll"));
            zip.write((id + " " + version).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static String dependency(String text) {
        String[] parts = text.split(":", 2);
        return "<dependency id=\"" + parts[0] + "\" version=\"" + parts[1] + "\" />";
    }
}
