package io.nugetbridge.core.config;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to look for nuget.config files: the folder to start from (a project's base directory), the
 * user's home, the machine-wide folder, or one explicit file that replaces them all (NuGet's
 * {@code -ConfigFile}). Injected rather than read from the process, so tests point them at temporary
 * folders and the Maven plugin passes what Maven knows.
 *
 * @param startFolder where the walk up to the file-system root begins
 * @param explicitFile when present, the only file read
 * @param userHome the home folder holding {@code .nuget/NuGet/NuGet.Config}; empty to skip user files
 * @param machineWideFolder the folder of machine-wide {@code *.config} files; empty to skip them
 */
public record ConfigLocations(Path startFolder, Optional<Path> explicitFile, Optional<Path> userHome,
        Optional<Path> machineWideFolder) {

    public ConfigLocations {
        Objects.requireNonNull(startFolder, "startFolder");
        startFolder = startFolder.toAbsolutePath().normalize();
        explicitFile = explicitFile.map(p -> p.toAbsolutePath().normalize());
        userHome = userHome.map(p -> p.toAbsolutePath().normalize());
        machineWideFolder = machineWideFolder.map(p -> p.toAbsolutePath().normalize());
    }

    /**
     * NuGet's own locations for this machine: the user's home, and the machine-wide folder
     * ({@code $NUGET_COMMON_APPLICATION_DATA/NuGet/Config}, else {@code /etc/opt/NuGet/Config}, or
     * {@code %ProgramFiles(x86)%\NuGet\Config} on Windows).
     */
    public static ConfigLocations standard(Path startFolder, Path userHome, Map<String, String> environment) {
        return new ConfigLocations(startFolder, Optional.empty(), Optional.of(userHome),
                Optional.of(machineWide(environment)));
    }

    /** Only {@code file}, as with {@code nuget -ConfigFile}: no parent folders, user or machine-wide files. */
    public static ConfigLocations onlyFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
        return new ConfigLocations(folder, Optional.of(absolute), Optional.empty(), Optional.empty());
    }

    public ConfigLocations withExplicitFile(Optional<Path> file) {
        return new ConfigLocations(startFolder, file, userHome, machineWideFolder);
    }

    private static Path machineWide(Map<String, String> environment) {
        String common = environment.get("NUGET_COMMON_APPLICATION_DATA");
        if (common != null && !common.isBlank()) {
            return Path.of(common, "NuGet", "Config");
        }
        String programFiles = environment.get("ProgramFiles(x86)");
        if (File.separatorChar == '\\' && programFiles != null) {
            return Path.of(programFiles, "NuGet", "Config");
        }
        return Path.of("/etc/opt/NuGet/Config");
    }
}
