package io.nugetbridge.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real-world corpus beside the project ({@code ../shared/fixtures}).
 *
 * <p>Its location comes from the system property {@code nuget.fixtures} (set by the parent POM).
 * Where the corpus is absent, as in a user's fresh clone, the tests that need it are skipped with a
 * message that says so; under CI ({@code CI=true}) its absence fails the build instead, so a broken
 * checkout can never pass by skipping.
 */
public final class Fixtures {

    public static final String PROPERTY = "nuget.fixtures";

    private Fixtures() {}

    /** Where the corpus is looked for. */
    public static Path location() {
        String configured = System.getProperty(PROPERTY);
        Path root = configured == null || configured.isBlank()
                ? Paths.get("..", "..", "shared", "fixtures")
                : Paths.get(configured);
        return root.toAbsolutePath().normalize();
    }

    /** Whether the corpus is there. */
    public static boolean isPresent() {
        return Files.isDirectory(location());
    }

    /** The corpus root; skips (or, under CI, fails) the calling test when it is missing. */
    public static Path root() {
        Path root = location();
        if (!Files.isDirectory(root)) {
            String message = "The fixture corpus is not at " + root
                    + " (set -D" + PROPERTY + "=<path to shared/fixtures> to point at it)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "; under CI=true a missing corpus is a failure, not a skip");
            }
            assumeTrue(false, message + "; corpus tests skipped");
        }
        return root;
    }

    /** A file or folder inside the corpus. */
    public static Path path(String relative) {
        return root().resolve(relative);
    }

    /** Every regular file below {@code folder} (relative to the corpus) whose name ends with {@code suffix}, sorted. */
    public static List<Path> files(String folder, String suffix) {
        try (Stream<Path> walk = Files.walk(path(folder))) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().endsWith(suffix.toLowerCase()))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
