package io.nugetbridge.core.cache;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where NuGet puts the global packages folder and looks for fallback folders
 * ({@code SettingsUtility.GetGlobalPackagesFolder}, {@code GetFallbackPackageFolders}):
 * <ol>
 * <li>the {@code NUGET_PACKAGES} environment variable, which must be an absolute path;</li>
 * <li>{@code globalPackagesFolder} from nuget.config, passed in by the caller already resolved against
 *     the directory of the file that declares it (this class reads no config);</li>
 * <li>{@code .nuget/packages} in the user's home.</li>
 * </ol>
 * Fallback folders: {@code NUGET_FALLBACK_PACKAGES} ({@code ;}-separated absolute paths) when set, else
 * those from nuget.config. Environment and home are parameters so that tests can choose them.
 */
public final class GlobalPackagesLocation {

    public static final String PACKAGES_VARIABLE = "NUGET_PACKAGES";
    public static final String FALLBACK_VARIABLE = "NUGET_FALLBACK_PACKAGES";

    private GlobalPackagesLocation() {}

    /** The folder for this process's environment and home. */
    public static Path fromSystem(Optional<Path> configured) {
        return resolve(System.getenv(), home(System.getenv()), configured);
    }

    /** The fallback folders for this process's environment. */
    public static List<Path> fallbacksFromSystem(List<Path> configured) {
        return fallbacks(System.getenv(), configured);
    }

    public static Path resolve(Map<String, String> environment, Path home, Optional<Path> configured) {
        String variable = environment.get(PACKAGES_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return absolute(PACKAGES_VARIABLE, variable.strip());
        }
        if (configured.isPresent()) {
            return configured.get().toAbsolutePath().normalize();
        }
        return home.resolve(".nuget").resolve("packages").toAbsolutePath().normalize();
    }

    public static List<Path> fallbacks(Map<String, String> environment, List<Path> configured) {
        String variable = environment.get(FALLBACK_VARIABLE);
        if (variable == null || variable.isBlank()) {
            return configured.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        }
        return Arrays.stream(variable.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> absolute(FALLBACK_VARIABLE, s)).toList();
    }

    /**
     * The home .NET uses: {@code HOME} (on Windows {@code USERPROFILE}) when set, which may differ from
     * Java's {@code user.home} (taken from the password database) under {@code sudo} or in containers.
     */
    static Path home(Map<String, String> environment) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String fromEnvironment = environment.get(windows ? "USERPROFILE" : "HOME");
        return Path.of(fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment
                : System.getProperty("user.home"));
    }

    private static Path absolute(String variable, String value) {
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            throw new CacheException("The " + variable + " environment variable is not a path: '" + value + "'. Set it"
                    + " to an absolute folder path, or unset it.", e);
        }
        if (!path.isAbsolute()) {
            throw new CacheException("The " + variable + " environment variable must be an absolute path, not '"
                    + value + "' (NuGet refuses it too). Set it to an absolute folder path, or unset it.");
        }
        return path.normalize();
    }
}
