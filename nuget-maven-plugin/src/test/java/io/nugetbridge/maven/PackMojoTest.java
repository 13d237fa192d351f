package io.nugetbridge.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.packaging.PackageEntry;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.spec.License;
import io.nugetbridge.core.spec.NuspecMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nuget:pack} in the Plugin Testing Harness: a real Plexus container, maven-core's project helper. */
@MojoTest
class PackMojoTest {

    private static final String NUSPEC = """
            <?xml version="1.0" encoding="utf-8"?>
            <package>
              <metadata>
                <id>Contoso.Utilities</id>
                <version>$version$</version>
                <authors>$author$</authors>
                <description>$description$ Built from $gitCommit$ as $configuration$ on $channel$.</description>
                <license type="expression">MIT</license>
              </metadata>
              <files>
                <file src="../../../target/bin/*.dll" target="lib/netstandard2.0" />
                <file src="../../../target/bin/*.pdb" target="lib/netstandard2.0" />
              </files>
            </package>
            """;

    @Inject
    private MavenProject project;

    @Inject
    private MavenSession session;

    @TempDir
    Path folder;

    @BeforeEach
    void project() throws Exception {
        TestProjects.contosoUtilities(project, folder);
        Files.createDirectories(folder.resolve("target/bin"));
        Files.writeString(folder.resolve("target/bin/Contoso.Utilities.dll"), "an assembly");
        Files.writeString(folder.resolve("target/bin/Contoso.Utilities.pdb"), "its symbols");
        session.getUserProperties().setProperty("channel", "nightly");
    }

    private void configure(PackMojo mojo) throws IllegalAccessException {
        setVariableValueToObject(mojo, "outputDirectory", folder.resolve("target").toFile());
        setVariableValueToObject(mojo, "outputTimestamp", "2026-11-22T00:00:00Z");
    }

    private void nuspec(String text) throws Exception {
        Files.createDirectories(folder.resolve("src/main/nuget"));
        Files.writeString(folder.resolve("src/main/nuget/Contoso.Utilities.nuspec"), text);
    }

    @Test
    @InjectMojo(goal = "pack")
    void packsTheNuspecInSrcMainNugetWithPomTokensAndAttachesIt(PackMojo mojo) throws Exception {
        nuspec(NUSPEC);
        configure(mojo);
        mojo.execute();

        Path nupkg = folder.resolve("target/Contoso.Utilities.1.2.0-SNAPSHOT.nupkg");
        try (PackageReader reader = PackageReader.open(nupkg)) {
            NuspecMetadata metadata = reader.nuspec().metadata();
            assertThat(metadata.versionText()).isEqualTo("1.2.0-SNAPSHOT");
            assertThat(metadata.authorsText()).isEqualTo("Ada Lovelace");
            assertThat(metadata.description()).isEqualTo("Utilities for Contoso apps. Built from"
                    + " 0f990559500aeefa24551c4bb8bdb154fe3d0c87 as Release on nightly.");
            assertThat(reader.files()).extracting(PackageEntry::path).containsExactly("Contoso.Utilities.nuspec",
                    "lib/netstandard2.0/Contoso.Utilities.dll", "lib/netstandard2.0/Contoso.Utilities.pdb");
        }
        assertThat(project.getAttachedArtifacts()).singleElement().satisfies(artifact -> {
            assertThat(artifact.getType()).isEqualTo("nupkg");
            assertThat(artifact.getArtifactHandler().getExtension()).isEqualTo("nupkg");
            assertThat(artifact.getArtifactHandler().isAddedToClasspath()).isFalse();
            assertThat(artifact.getClassifier()).isNull();
            assertThat(artifact.getFile()).isEqualTo(nupkg.toFile());
        });
    }

    @Test
    @InjectMojo(goal = "pack")
    void symbolsGoToASnupkgAttachedBesideThePackage(PackMojo mojo) throws Exception {
        nuspec(NUSPEC);
        configure(mojo);
        setVariableValueToObject(mojo, "symbols", true);
        mojo.execute();

        assertThat(project.getAttachedArtifacts()).extracting(Artifact::getType).containsExactly("nupkg", "snupkg");
        try (PackageReader reader = PackageReader.open(folder.resolve("target/Contoso.Utilities.1.2.0-SNAPSHOT.snupkg"))) {
            assertThat(reader.files()).extracting(PackageEntry::path)
                    .containsExactly("Contoso.Utilities.nuspec", "lib/netstandard2.0/Contoso.Utilities.pdb");
        }
    }

    @Test
    @InjectMojo(goal = "pack")
    void withoutANuspecThePomIsTheNuspecAndFilesComeFromTheParameter(PackMojo mojo) throws Exception {
        configure(mojo);
        PackFile dlls = new PackFile();
        setVariableValueToObject(dlls, "src", "target/bin/*.dll");
        setVariableValueToObject(dlls, "target", "lib/netstandard2.0");
        setVariableValueToObject(mojo, "files", List.of(dlls));
        setVariableValueToObject(mojo, "id", "Contoso.Utilities");
        setVariableValueToObject(mojo, "version", "1.2.0-rc.1");
        mojo.execute();

        try (PackageReader reader = PackageReader.open(folder.resolve("target/Contoso.Utilities.1.2.0-rc.1.nupkg"))) {
            NuspecMetadata metadata = reader.nuspec().metadata();
            assertThat(metadata.license()).isEqualTo(License.expression("Apache-2.0"));
            assertThat(metadata.title()).isEqualTo("Contoso Utilities");
            assertThat(metadata.repository().url()).isEqualTo("https://github.com/contoso/utilities.git");
            assertThat(reader.files()).extracting(PackageEntry::path)
                    .containsExactly("Contoso.Utilities.nuspec", "lib/netstandard2.0/Contoso.Utilities.dll");
        }
    }

    @Test
    @InjectMojo(goal = "pack")
    void nugetsPackageAnalysisWarnsInTheBuildLogAndNoWarnSilencesIt(PackMojo mojo) throws Exception {
        nuspec(NUSPEC.replace("<license type=\"expression\">MIT</license>",
                "<licenseUrl>https://contoso.example/license</licenseUrl><iconUrl>https://contoso.example/i.png</iconUrl>"));
        configure(mojo);
        List<String> log = new java.util.ArrayList<>();
        mojo.setLog(new CapturedLog(log, false));
        mojo.execute();
        assertThat(log).filteredOn(l -> l.startsWith("[warn] NU5")).extracting(l -> l.substring(7, 13))
                .containsExactly("NU5125", "NU5128", "NU5048");

        log.clear();
        setVariableValueToObject(mojo, "noWarn", List.of("NU5125", "NU5048"));
        session.getUserProperties().setProperty("NoWarn", "NU5128");
        mojo.execute();
        assertThat(log).noneMatch(l -> l.startsWith("[warn] NU5"));
    }

    @Test
    @InjectMojo(goal = "pack")
    void aWarningMadeAnErrorFailsThePackAndLeavesNoPackage(PackMojo mojo) throws Exception {
        nuspec(NUSPEC);
        configure(mojo);
        setVariableValueToObject(mojo, "warningsAsErrors", List.of("NU5128"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("NU5128 warning as error");
        assertThat(folder.resolve("target/Contoso.Utilities.1.2.0-SNAPSHOT.nupkg")).doesNotExist();
        assertThat(project.getAttachedArtifacts()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "pack")
    void nugetVersionIsTakenVerbatimAsNuGetsVersionOption(PackMojo mojo) throws Exception {
        nuspec(NUSPEC);
        configure(mojo);
        setVariableValueToObject(mojo, "version", "1.0.0-Final");
        mojo.execute();
        try (PackageReader reader = PackageReader.open(folder.resolve("target/Contoso.Utilities.1.0.0-Final.nupkg"))) {
            assertThat(reader.nuspec().metadata().versionText()).isEqualTo("1.0.0-Final");
        }
    }

    @Test
    @InjectMojo(goal = "pack")
    void aNuGetVersionNuGetRefusesFailsWithNu5010NamingTheProperty(PackMojo mojo) throws Exception {
        nuspec(NUSPEC);
        configure(mojo);
        setVariableValueToObject(mojo, "version", "1.0.0-beta_1");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("NU5010: Version string specified for package reference '1.0.0-beta_1' is invalid.")
                .hasMessageContaining("nuget.version");
        assertThat(folder.resolve("target")).isDirectoryNotContaining("glob:**.nupkg");
    }

    @Test
    @InjectMojo(goal = "pack")
    void aProjectVersionWithoutNuGetVersionSaysToSetNugetVersion(PackMojo mojo) throws Exception {
        nuspec(NUSPEC);
        configure(mojo);
        project.setVersion("LATEST-SNAPSHOT");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("'LATEST-SNAPSHOT'")
                .hasMessageContaining("property nuget.version");
    }

    @Test
    @InjectMojo(goal = "pack")
    void anInvalidNuspecIsAMojoFailureNamingTheFileAndElement(PackMojo mojo) throws Exception {
        nuspec(NUSPEC.replace("<license type=\"expression\">MIT</license>", "<icon>images/missing.png</icon>"));
        configure(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Contoso.Utilities.nuspec")
                .hasMessageContaining("NU5046 <icon>");
        assertThat(folder.resolve("target/Contoso.Utilities.1.2.0-SNAPSHOT.nupkg")).doesNotExist();
        assertThat(project.getAttachedArtifacts()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "pack")
    void twoNuspecsInTheDefaultFolderMustBeChosenBetween(PackMojo mojo) throws Exception {
        nuspec(NUSPEC);
        Files.writeString(folder.resolve("src/main/nuget/Other.nuspec"), NUSPEC);
        configure(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("nuget.nuspec");
    }

    @Test
    @InjectMojo(goal = "pack")
    void skipWritesNothing(PackMojo mojo) throws Exception {
        nuspec(NUSPEC);
        configure(mojo);
        setVariableValueToObject(mojo, "skip", true);
        mojo.execute();
        assertThat(folder.resolve("target")).isDirectoryNotContaining("glob:**.nupkg");
        assertThat(project.getAttachedArtifacts()).isEmpty();
    }

    @Test
    void outputTimestampsReadAsMavenReadsThem() throws Exception {
        assertThat(OutputTimestamp.parse("2026-11-22T00:00:00Z")).hasValueSatisfying(t -> assertThat(t).hasToString("2026-11-22T00:00:00Z"));
        assertThat(OutputTimestamp.parse("2026-11-22T01:00:00+01:00")).hasValueSatisfying(t -> assertThat(t).hasToString("2026-11-22T00:00:00Z"));
        assertThat(OutputTimestamp.parse("1795305600")).hasValueSatisfying(t -> assertThat(t).hasToString("2026-11-22T00:00:00Z"));
        assertThat(OutputTimestamp.parse("a")).isEmpty();
        assertThat(OutputTimestamp.parse(null)).isEmpty();
        assertThatThrownBy(() -> OutputTimestamp.parse("yesterday")).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("project.build.outputTimestamp");
    }
}
