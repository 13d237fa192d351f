package io.nugetbridge.core.config;

import java.util.Locale;
import java.util.Optional;

/** {@code config/dependencyVersion}: which version of a dependency packages.config installs pick. */
public enum DependencyVersion {
    LOWEST, HIGHEST_PATCH, HIGHEST_MINOR, HIGHEST, IGNORE;

    /** NuGet's spelling ({@code HighestPatch}...), any case. */
    static Optional<DependencyVersion> parse(String value) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        for (DependencyVersion candidate : values()) {
            if (candidate.name().replace("_", "").toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
