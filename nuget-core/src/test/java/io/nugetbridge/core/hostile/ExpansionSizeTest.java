package io.nugetbridge.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.config.ConfigException;
import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.project.ProjectFileReader;
import io.nugetbridge.core.xml.XmlFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 2: one nuget.config value with 20,000 references to a 100 KiB environment variable expanded
 * to 2 GB and ended Maven with an OutOfMemoryError. An expanded value is capped, and the failure names the
 * file, the key and the cap; values of real size still expand as .NET's ExpandEnvironmentVariables does.
 */
class ExpansionSizeTest {

    @TempDir
    Path temp;

    @Test
    void aValueExpandingPastTheCapFailsNamingTheFileTheKeyAndTheCap() throws IOException {
        Path file = Files.writeString(temp.resolve("nuget.config"), "<configuration><packageSources>\n"
                + "<add key=\"bomb\" value=\"" + "%BIG%".repeat(20_000) + "\"/></packageSources></configuration>");
        Map<String, String> environment = Map.of("BIG", "x".repeat(100 * 1024));

        assertThatThrownBy(() -> NuGetConfig.load(ConfigLocations.onlyFile(file), environment).sources())
                .isInstanceOf(ConfigException.class).hasMessageContaining(file.toString()).hasMessageContaining("line 2")
                .hasMessageContaining("packageSources/bomb").hasMessageContaining("1048576 characters");
    }

    @Test
    void credentialsAndConfigSectionsAreCappedToo() throws IOException {
        Path config = Files.writeString(temp.resolve("config.nuget.config"), "<configuration>"
                + "<config><add key=\"http_proxy\" value=\"" + "%BIG%".repeat(20) + "\"/></config></configuration>");
        assertThatThrownBy(() -> NuGetConfig.load(ConfigLocations.onlyFile(config), Map.of("BIG", "x".repeat(100 * 1024)))
                .section("config")).isInstanceOf(ConfigException.class).hasMessageContaining("config/http_proxy");

        Path file = Files.writeString(temp.resolve("nuget.config"), "<configuration>"
                + "<packageSourceCredentials><feed><add key=\"Username\" value=\"u\"/>"
                + "<add key=\"ClearTextPassword\" value=\"" + "%BIG%".repeat(20) + "\"/></feed></packageSourceCredentials>"
                + "</configuration>");
        Map<String, String> environment = Map.of("BIG", "x".repeat(100 * 1024));

        assertThatThrownBy(() -> NuGetConfig.load(ConfigLocations.onlyFile(file), environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("packageSourceCredentials/feed/ClearTextPassword")
                .hasMessageNotContaining("xxxx");
    }

    @Test
    void aValueOfRealSizeStillExpands() throws IOException {
        String longest = "t".repeat(32_767); // the most a Windows environment variable holds
        Path file = Files.writeString(temp.resolve("nuget.config"), "<configuration><packageSources>"
                + "<add key=\"feed\" value=\"https://feed.example/%TOKEN%/%TOKEN%/index.json\"/>"
                + "</packageSources></configuration>");

        NuGetConfig config = NuGetConfig.load(ConfigLocations.onlyFile(file), Map.of("TOKEN", longest));

        assertThat(config.source("feed").orElseThrow().location()).hasSize(2 * 32_767 + 33);
    }

    @Test
    void anMsBuildPropertyDoublingItselfFailsNamingTheFileAndLine() throws IOException {
        StringBuilder project = new StringBuilder("<Project><PropertyGroup><P>xxxxxxxxxxxxxxxx</P>\n");
        for (int i = 0; i < 40; i++) {
            project.append("<P>$(P)$(P)</P>\n"); // 2^40 times 16 characters if nothing stops it
        }
        project.append("</PropertyGroup></Project>");
        Path file = Files.writeString(temp.resolve("app.csproj"), project);

        assertThatThrownBy(() -> ProjectFileReader.read(file)).isInstanceOf(XmlFileException.class)
                .hasMessageContaining("app.csproj").hasMessageContaining("characters");
    }
}
