package io.nugetbridge.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getBasedir;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nuget:sources} on a project folder with a nuget.config, a settings.xml server, an environment
 * variable and a user-level file in a temporary home, all seen the way Maven hands them to the mojo.
 */
@MojoTest
@Basedir("/unit/sources")
class SourcesMojoTest {

    @Inject
    private MavenSession session;

    @TempDir
    Path home;

    private final List<String> printed = new ArrayList<>();

    @BeforeEach
    void environment() throws IOException {
        Settings settings = new Settings();
        Server corp = new Server();
        corp.setId("corp");
        corp.setUsername("deployer");
        corp.setPassword("server-s3cret");
        settings.addServer(corp);
        when(session.getSettings()).thenReturn(settings);
        session.getSystemProperties().setProperty("user.home", home.toString());
        session.getSystemProperties().setProperty("env.NuGetPackageSourceCredentials_github", "Username=gh-actor;Password=ghp_env");
        Path user = Files.createDirectories(home.resolve(".nuget/NuGet")).resolve("NuGet.Config");
        Files.writeString(user, "<configuration><packageSources><add key=\"user-feed\" value=\"https://user.example/v3/index.json\"/>"
                + "</packageSources></configuration>");
    }

    @Test
    @InjectMojo(goal = "sources")
    void printsEverySourceWithItsStateOriginAndCredentialsButNoSecret(SourcesMojo mojo) throws Exception {
        mojo.setLog(capturing());
        mojo.execute();

        Path projectConfig = Path.of(getBasedir(), "nuget.config");
        assertThat(printed).startsWith("NuGet config files, closest first:", "  " + projectConfig);
        assertThat(printed).contains("  " + home.resolve(".nuget/NuGet/NuGet.Config"));
        assertThat(String.join("\n", printed)).contains(String.join("\n",
                "  1.  nuget.org [Enabled]",
                "      https://api.nuget.org/v3/index.json",
                "      V3 (protocolVersion 3), declared in " + projectConfig + " line 5",
                "      credentials: none found",
                "  2.  corp [Enabled]",
                "      https://nuget.corp.example/v3/index.json",
                "      V3 (protocolVersion 2), declared in " + projectConfig + " line 6",
                "      credentials: user 'deployer' from settings.xml server 'corp'",
                "  3.  github [Enabled]",
                "      https://nuget.pkg.github.com/acme/index.json",
                "      V3 (protocolVersion 2), declared in " + projectConfig + " line 7",
                "      credentials: user 'gh-actor' from environment variable NuGetPackageSourceCredentials_github",
                "  4.  legacy [Disabled]",
                "      https://legacy.corp.example/nuget/",
                "      V2 (protocolVersion 2), declared in " + projectConfig + " line 8",
                "      credentials: in nuget.config " + projectConfig
                        + " (packageSourceCredentials), but its password is encrypted and cannot be read here",
                "  5.  local [Enabled]",
                "      " + Path.of(getBasedir(), "packages"),
                "      local folder, declared in " + projectConfig + " line 9",
                "      credentials: none found",
                "Package source mapping: on (a package no pattern matches is not looked for anywhere)",
                "  nuget.org: *",
                "  corp: Corp.*"));
        assertThat(printed).noneMatch(line -> line.contains("user-feed")); // the project's <clear/> drops it
        assertThat(String.join("\n", printed)).doesNotContain("server-s3cret", "ghp_env", "file-pass", "AQAAANCMnd8");
    }

    @Test
    @InjectMojo(goal = "sources")
    @MojoParameter(name = "skip", value = "true")
    void skipsWhenAsked(SourcesMojo mojo) throws Exception {
        mojo.setLog(capturing());
        mojo.execute();
        assertThat(printed).containsExactly("Skipping nuget:sources (nuget.skip)");
    }

    @Test
    @InjectMojo(goal = "sources")
    void anExplicitConfigFileIsTheOnlyOneAndABrokenOneIsAUserMistake(SourcesMojo mojo) throws Exception {
        Path explicit = Files.writeString(home.resolve("ci.config"), "<configuration>\n<packageSources>\n</configuration>");
        setVariableValueToObject(mojo, "configFile", explicit.toFile());
        mojo.setLog(capturing());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith(explicit + " (line 3)");

        Files.writeString(explicit, "<configuration><packageSources><add key=\"ci\" value=\"https://ci.example/v3/index.json\"/>"
                + "</packageSources></configuration>");
        mojo.execute();
        assertThat(printed).startsWith("NuGet config files, closest first:", "  " + explicit, "Registered sources:",
                "  1.  ci [Enabled]");
        assertThat(printed).contains("Package source mapping: off (every enabled source may provide every package)");
        assertThat(new File(getBasedir())).isDirectory();
    }

    private SystemStreamLog capturing() {
        return new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                printed.add(content.toString());
            }
        };
    }
}
