package io.nugetbridge.core.hostile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.config.ConfigException;
import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.lockfile.LockFileException;
import io.nugetbridge.core.lockfile.LockFileReader;
import io.nugetbridge.core.project.PackagesConfigReader;
import io.nugetbridge.core.project.ProjectFileReader;
import io.nugetbridge.core.spec.NuspecException;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.xml.XmlFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 1: elements nested 1,000 deep (7 KiB of XML) ended Maven with a StackOverflowError. Every
 * reader of a file a user or a feed hands us refuses deep nesting with an error naming the file and line,
 * and none of them recurses without bound.
 */
class DeepNestingTest {

    static final int DEEP = 100_000;

    @TempDir
    Path temp;

    @Test
    void aNuGetConfigNestedThousandsDeepFailsNamingTheFileAndLine() throws IOException {
        Path file = write("nuget.config", "<configuration>" + HostileInputs.nested("a", DEEP) + "</configuration>");

        assertThatThrownBy(() -> NuGetConfig.load(ConfigLocations.onlyFile(file), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining(file.toString()).hasMessageContaining("line 1")
                .hasMessageContaining("nested more than");
    }

    @Test
    void aNuspecNestedThousandsDeepFailsCleanly() throws IOException {
        Path file = write("deep.nuspec", "<package><metadata>" + HostileInputs.nested("x", DEEP) + "</metadata></package>");

        assertThatThrownBy(() -> NuspecReader.read(file)).isInstanceOf(NuspecException.class)
                .hasMessageContaining("deep.nuspec").hasMessageContaining("nested more than");
    }

    @Test
    void projectFilesPropsAndPackagesConfigNestedThousandsDeepFailCleanly() throws IOException {
        Path project = write("app.csproj", "<Project>" + HostileInputs.nested("PropertyGroup", DEEP) + "</Project>");
        Path packages = write("packages.config", "<packages>" + HostileInputs.nested("package", DEEP) + "</packages>");

        assertThatThrownBy(() -> ProjectFileReader.read(project)).isInstanceOf(XmlFileException.class)
                .hasMessageContaining("app.csproj").hasMessageContaining("nested more than");
        assertThatThrownBy(() -> PackagesConfigReader.read(packages)).isInstanceOf(XmlFileException.class)
                .hasMessageContaining("packages.config").hasMessageContaining("nested more than");
    }

    @Test
    void directoryBuildPropsNestedThousandsDeepFailsNamingThePropsFile() throws IOException {
        write("Directory.Build.props", "<Project>" + HostileInputs.nested("Choose", DEEP) + "</Project>");
        Path project = write("app.csproj", "<Project><PropertyGroup><TargetFramework>net8.0</TargetFramework>"
                + "</PropertyGroup></Project>");

        assertThatThrownBy(() -> ProjectFileReader.read(project)).isInstanceOf(XmlFileException.class)
                .hasMessageContaining("Directory.Build.props").hasMessageContaining("nested more than");
    }

    @Test
    void msBuildConditionsAndFunctionsNestedThousandsDeepFailNamingTheLine() throws IOException {
        Path parens = write("parens.csproj", "<Project><PropertyGroup Condition=\"" + "(".repeat(DEEP) + "true"
                + ")".repeat(DEEP) + "\"><A>1</A></PropertyGroup></Project>");
        Path nots = write("nots.csproj", "<Project><PropertyGroup Condition=\"" + "!".repeat(DEEP + 1) + "true"
                + "\"><A>1</A></PropertyGroup></Project>");
        Path functions = write("functions.csproj", "<Project><PropertyGroup><A>"
                + "$([MSBuild]::GetTargetFrameworkIdentifier(".repeat(DEEP / 50) + "net8.0" + "))".repeat(DEEP / 50)
                + "</A></PropertyGroup></Project>");

        for (Path file : new Path[] {parens, nots, functions}) {
            assertThatThrownBy(() -> ProjectFileReader.read(file)).as(file.toString())
                    .isInstanceOf(XmlFileException.class).hasMessageContaining(file.getFileName().toString())
                    .hasMessageContaining("line 1").hasMessageContaining("nested more than");
        }
    }

    @Test
    void aLockFileNestedThousandsDeepFailsCleanly() {
        String json = "{\"version\":1,\"dependencies\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}";

        assertThatThrownBy(() -> LockFileReader.parse(json, "packages.lock.json")).isInstanceOf(LockFileException.class)
                .hasMessageContaining("packages.lock.json").hasMessageContaining("nest");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }
}
