package io.nugetbridge.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GlobalPackagesLocationTest {

    private static final Path HOME = Path.of("/home/builder");

    @Test
    void theEnvironmentVariableWinsOverTheConfigAndTheHome() {
        assertThat(GlobalPackagesLocation.resolve(Map.of("NUGET_PACKAGES", "/ci/nuget/"), HOME,
                Optional.of(Path.of("/from/config")))).isEqualTo(Path.of("/ci/nuget"));
    }

    @Test
    void theConfiguredFolderComesNext() {
        assertThat(GlobalPackagesLocation.resolve(Map.of("NUGET_PACKAGES", " "), HOME, Optional.of(Path.of("/from/config"))))
                .isEqualTo(Path.of("/from/config"));
    }

    @Test
    void elseDotNugetPackagesInTheHome() {
        assertThat(GlobalPackagesLocation.resolve(Map.of(), HOME, Optional.empty()))
                .isEqualTo(Path.of("/home/builder/.nuget/packages"));
    }

    @Test
    void aRelativeEnvironmentVariableIsRefusedAsNuGetRefusesIt() {
        assertThatThrownBy(() -> GlobalPackagesLocation.resolve(Map.of("NUGET_PACKAGES", "packages"), HOME, Optional.empty()))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("NUGET_PACKAGES")
                .hasMessageContaining("absolute path")
                .hasMessageContaining("'packages'");
    }

    @Test
    void theHomeIsDotnetsHomeVariableBeforeJavasUserHome() {
        assertThat(GlobalPackagesLocation.home(Map.of("HOME", "/root/elsewhere", "USERPROFILE", "C:\\Users\\me")))
                .isIn(Path.of("/root/elsewhere"), Path.of("C:\\Users\\me"));
        assertThat(GlobalPackagesLocation.home(Map.of())).isEqualTo(Path.of(System.getProperty("user.home")));
    }

    @Test
    void fallbackFoldersComeFromTheVariableElseFromTheConfig() {
        List<Path> configured = List.of(Path.of("/config/fallback"));

        assertThat(GlobalPackagesLocation.fallbacks(Map.of("NUGET_FALLBACK_PACKAGES", "/a;;/b/ "), configured))
                .containsExactly(Path.of("/a"), Path.of("/b"));
        assertThat(GlobalPackagesLocation.fallbacks(Map.of(), configured)).containsExactly(Path.of("/config/fallback"));
        assertThatThrownBy(() -> GlobalPackagesLocation.fallbacks(Map.of("NUGET_FALLBACK_PACKAGES", "/a;rel"), configured))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("NUGET_FALLBACK_PACKAGES");
    }
}
