package io.nugetbridge.core.repository;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.IndentingXml;
import io.nugetbridge.core.spec.License;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.version.NuGetVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The POM a NuGet package is seen as: groupId {@code nuget}, the artifactId exactly as Maven asked for it,
 * packaging {@code nupkg}, the nuspec's descriptive fields, and one {@code <dependency>} of type
 * {@code nupkg} per dependency of the group nearest to the target framework, at the version NuGet would
 * pick (the lowest on the feed inside the range, DESIGN.md "Versions in generated POMs").
 */
public final class PomGenerator {

    public static final String GROUP_ID = "nuget";
    public static final String PACKAGING = "nupkg";
    private static final String POM_NAMESPACE = "http://maven.apache.org/POM/4.0.0";

    /** Picks the version of a dependency that NuGet would resolve on the feed; empty when none satisfies it. */
    @FunctionalInterface
    public interface VersionPicker {
        Optional<NuGetVersion> pick(Dependency dependency);
    }

    private final NuGetFramework framework;
    private final VersionPicker picker;
    private final Function<String, String> spelling;

    public PomGenerator(NuGetFramework framework, VersionPicker picker) {
        this(framework, picker, id -> id);
    }

    /**
     * @param spelling the id a dependency is named by, from the id its dependent's nuspec writes: NuGet ids are
     *                 case-insensitive, Maven's artifactIds are not, so {@code b} and {@code B} would be two
     *                 artifacts unless every POM names the package as the package itself spells it
     */
    public PomGenerator(NuGetFramework framework, VersionPicker picker, Function<String, String> spelling) {
        this.framework = framework;
        this.picker = picker;
        this.spelling = spelling;
    }

    public byte[] generate(NuspecMetadata nuspec, String artifactId, String version) {
        IndentingXml xml = new IndentingXml().root("project", POM_NAMESPACE);
        xml.textElement("modelVersion", "4.0.0")
                .textElement("groupId", GROUP_ID)
                .textElement("artifactId", artifactId)
                .textElement("version", version)
                .textElement("packaging", PACKAGING)
                .textElement("name", blankToNull(nuspec.title()) != null ? nuspec.title() : nuspec.id())
                .textElement("description", blankToNull(nuspec.description()))
                .textElement("url", blankToNull(nuspec.projectUrl()));
        licenses(xml, nuspec);
        developers(xml, nuspec.authors());
        dependencies(xml, nuspec);
        return xml.finish().getBytes(StandardCharsets.UTF_8);
    }

    private static void licenses(IndentingXml xml, NuspecMetadata nuspec) {
        License license = nuspec.license();
        String url = blankToNull(nuspec.licenseUrl());
        boolean expression = license != null && license.type() == License.Type.EXPRESSION;
        if (!expression && url == null) {
            return;
        }
        xml.start("licenses").start("license");
        if (expression) {
            xml.textElement("name", license.text())
                    .textElement("url", "https://spdx.org/licenses/" + license.text() + ".html");
        } else {
            xml.textElement("url", url);
        }
        xml.end().end();
    }

    private static void developers(IndentingXml xml, List<String> authors) {
        if (authors.isEmpty()) {
            return;
        }
        xml.start("developers");
        for (String author : authors) {
            xml.start("developer").textElement("name", author).end();
        }
        xml.end();
    }

    private void dependencies(IndentingXml xml, NuspecMetadata nuspec) {
        List<Dependency> dependencies = DependencyGroupChoice.forFramework(nuspec.dependencies(), framework)
                .map(group -> group.dependencies()).orElse(List.of());
        if (dependencies.isEmpty()) {
            return;
        }
        xml.start("dependencies");
        for (Dependency dependency : dependencies) {
            // With nothing on the feed inside the range, the range's own minimum is named, so Maven reports the
            // dependency as missing instead of silently dropping it.
            Optional<String> version = picker.pick(dependency).map(NuGetVersion::toNormalizedString)
                    .or(() -> dependency.range().minVersion().map(NuGetVersion::toNormalizedString));
            if (version.isEmpty()) {
                continue;
            }
            xml.start("dependency")
                    .textElement("groupId", GROUP_ID)
                    .textElement("artifactId", spelling.apply(dependency.id()))
                    .textElement("version", version.get())
                    .textElement("type", PACKAGING)
                    .end();
        }
        xml.end();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The framework this generator picks dependency groups for. */
    public NuGetFramework framework() {
        return framework;
    }

    /** A picker over a version list: NuGet's best match (lowest applicable, prerelease rules). */
    public static VersionPicker lowestApplicable(Function<String, List<NuGetVersion>> versionsOnFeed) {
        return dependency -> dependency.range().findBestMatch(versionsOnFeed.apply(dependency.id()));
    }
}
