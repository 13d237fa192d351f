package io.nugetbridge.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.spec.License;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.spec.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nuget:spec} in the Plugin Testing Harness. */
@MojoTest
class SpecMojoTest {

    @Inject
    private MavenProject project;

    @TempDir
    Path folder;

    private Path nuspec;

    @BeforeEach
    void project() {
        TestProjects.contosoUtilities(project, folder);
        nuspec = folder.resolve("src/main/nuget/contoso-utilities.nuspec");
    }

    @Test
    @InjectMojo(goal = "spec")
    void writesANuspecFilledFromThePom(SpecMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "nuspec", nuspec.toFile());
        mojo.execute();

        NuspecMetadata metadata = NuspecReader.read(nuspec).metadata();
        assertThat(metadata.id()).isEqualTo("contoso-utilities");
        assertThat(metadata.versionText()).isEqualTo("1.2.0-SNAPSHOT");
        assertThat(metadata.authorsText()).isEqualTo("Ada Lovelace");
        assertThat(metadata.description()).isEqualTo("Utilities for Contoso apps.");
        assertThat(metadata.license()).isEqualTo(License.expression("Apache-2.0"));
        assertThat(metadata.projectUrl()).isEqualTo("https://contoso.example/utilities");
        assertThat(metadata.repository()).isEqualTo(new Repository("git", "https://github.com/contoso/utilities.git", null, null));
        assertThat(metadata.copyright()).isEqualTo("Copyright © 2024 Contoso Ltd");
    }

    @Test
    @InjectMojo(goal = "spec")
    void neverReplacesAnExistingNuspecUnlessForced(SpecMojo mojo) throws Exception {
        Files.createDirectories(nuspec.getParent());
        Files.writeString(nuspec, "<package>hand-written</package>");
        setVariableValueToObject(mojo, "nuspec", nuspec.toFile());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("nuget.force");
        assertThat(nuspec).hasContent("<package>hand-written</package>");

        setVariableValueToObject(mojo, "force", true);
        mojo.execute();
        assertThat(NuspecReader.read(nuspec).metadata().id()).isEqualTo("contoso-utilities");
    }

    @Test
    @InjectMojo(goal = "spec")
    void aPomWithoutDescriptionOrNameIsAFailureSayingWhatToAdd(SpecMojo mojo) throws Exception {
        project.setDescription(null);
        project.setName(null);
        setVariableValueToObject(mojo, "nuspec", nuspec.toFile());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("<description>");
        assertThat(nuspec).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "spec")
    void parametersReplaceThePomsValues(SpecMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "nuspec", nuspec.toFile());
        setVariableValueToObject(mojo, "id", "Contoso.Utilities");
        setVariableValueToObject(mojo, "version", "2.0.0-beta.1");
        setVariableValueToObject(mojo, "authors", "Contoso, Fabrikam");
        setVariableValueToObject(mojo, "tags", "contoso utilities");
        mojo.execute();
        NuspecMetadata metadata = NuspecReader.read(nuspec).metadata();
        assertThat(metadata.id()).isEqualTo("Contoso.Utilities");
        assertThat(metadata.versionText()).isEqualTo("2.0.0-beta.1");
        assertThat(metadata.authors()).containsExactly("Contoso", "Fabrikam");
        assertThat(metadata.tags()).containsExactly("contoso", "utilities");
    }

    @Test
    @InjectMojo(goal = "spec")
    void nugetVersionIsWrittenAsGivenOrRefusedWithNu5010(SpecMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "nuspec", nuspec.toFile());
        setVariableValueToObject(mojo, "version", "1.0.0-GA");
        mojo.execute();
        assertThat(NuspecReader.read(nuspec).metadata().versionText()).isEqualTo("1.0.0-GA");

        setVariableValueToObject(mojo, "force", true);
        setVariableValueToObject(mojo, "version", "1.0.0-beta_1");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("NU5010").hasMessageContaining("nuget.version");
    }
}
