package io.nugetbridge.core.restore;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.project.PackagesConfigEntry;
import io.nugetbridge.core.project.PackagesConfigFile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A packages.config: each package at exactly its version, no dependency walk, as NuGet's restore of a
 * packages.config does. Its packages are extracted to {@code Id.Version} folders as each package's nuspec writes
 * them (see {@link UnitResolution#spelledAsInstalled}).
 *
 * @param name       the unit's name
 * @param entries    the packages
 * @param frameworks the frameworks whose assets are gathered: those given to the restore, else the entries'
 *                   {@code targetFramework} attributes; none means the packages are only extracted
 */
public record ExactUnit(String name, List<PackagesConfigEntry> entries, List<NuGetFramework> frameworks)
        implements RestoreUnit {

    public ExactUnit {
        entries = List.copyOf(entries);
        frameworks = List.copyOf(frameworks);
    }

    /**
     * @param name       the unit's name, unique in the restore
     * @param frameworks the restore's frameworks as written, possibly none
     */
    public static ExactUnit of(String name, PackagesConfigFile file, List<String> frameworks) {
        Set<NuGetFramework> chosen = new LinkedHashSet<>(Frameworks.parse(frameworks));
        if (chosen.isEmpty()) {
            file.packages().forEach(entry -> entry.targetFramework().filter(f -> !f.isUnsupported()).ifPresent(chosen::add));
        }
        return new ExactUnit(name, file.packages(), List.copyOf(chosen));
    }
}
