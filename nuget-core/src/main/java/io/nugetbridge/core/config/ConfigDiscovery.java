package io.nugetbridge.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the nuget.config files that apply, closest (highest priority) first, in NuGet's order: the
 * start folder and each parent up to the root (one file per folder, the first of NuGet's spellings
 * found), then the user-level file and the extra user files in its {@code config} folder, then the
 * machine-wide {@code *.config} files. An explicit file is the only one.
 */
final class ConfigDiscovery {

    /** The spellings NuGet tries in each folder, in its order; on a case-sensitive file system they differ. */
    static final List<String> FILE_NAMES = List.of("nuget.config", "NuGet.config", "NuGet.Config");

    private ConfigDiscovery() {}

    static List<Path> files(ConfigLocations locations) {
        if (locations.explicitFile().isPresent()) {
            Path file = locations.explicitFile().get();
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("The NuGet config file " + file + (Files.isDirectory(file) ? " is a folder,"
                        + " not a file" : " does not exist") + "; check the path given as the config file (nuget.configFile)");
            }
            return List.of(file);
        }
        Set<Path> found = new LinkedHashSet<>();
        for (Path folder = locations.startFolder(); folder != null; folder = folder.getParent()) {
            inFolder(folder).ifPresent(found::add);
        }
        locations.userHome().ifPresent(home -> userFile(home).ifPresent(user -> {
            found.add(user);
            found.addAll(configFilesIn(user.getParent().resolve("config")));
        }));
        locations.machineWideFolder().ifPresent(folder -> found.addAll(configFilesIn(folder)));
        return List.copyOf(found);
    }

    /** The user-level file dotnet uses, else the one mono's nuget.exe uses when only that one exists. */
    private static Optional<Path> userFile(Path home) {
        for (Path candidate : List.of(home.resolve(".nuget/NuGet/NuGet.Config"),
                home.resolve(".config/NuGet/NuGet.Config"))) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> inFolder(Path folder) {
        for (String name : FILE_NAMES) {
            Path candidate = folder.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.isDirectory(candidate)) {
                // NuGet skips it in silence, and the settings it was meant to hold go missing (then NU1100).
                throw new ConfigException(candidate + " is a folder, not a NuGet config file; rename or remove it, or"
                        + " put the nuget.config file where it is meant to be");
            }
        }
        return Optional.empty();
    }

    private static List<Path> configFilesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> files = new ArrayList<>(list
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".config"))
                    .filter(Files::isRegularFile)
                    .toList());
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list NuGet config folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
