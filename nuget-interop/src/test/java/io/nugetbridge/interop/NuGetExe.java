package io.nugetbridge.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real NuGet client, NuGet.exe 5.8 under Mono, run in a sandbox of the test's own: HOME, NUGET_PACKAGES,
 * the HTTP cache and the plugins cache all under the given folder (never the user's ~/.nuget), non-interactive,
 * for a bounded time, its output kept for failure messages.
 */
final class NuGetExe {

    static final String PROPERTY = "nuget.exe";
    static final Path DEFAULT = Path.of(System.getProperty("user.home"), ".cache", "nuget-bridge", "nuget-5.8.0.exe");
    static final String HOW_TO_INSTALL = "run `bash interop/install-nuget-exe.sh` (needs root for apt-get), or give"
            + " -D" + PROPERTY + "=<path to NuGet.exe 5.8>";

    private static final Duration TIME_LIMIT = Duration.ofMinutes(3);

    private final Path mono;
    private final Path exe;
    private final Path sandbox;

    private NuGetExe(Path mono, Path exe, Path sandbox) {
        this.mono = mono;
        this.exe = exe;
        this.sandbox = sandbox;
    }

    /** NuGet.exe and mono, or why they cannot be used (with how to install them). */
    static Located locate() {
        String given = System.getProperty(PROPERTY, "");
        Path exe = given.isBlank() ? DEFAULT : Path.of(given);
        Optional<Path> mono = onPath("mono");
        if (mono.isEmpty()) {
            return new Located(Optional.empty(), Optional.empty(), "mono is not on the PATH; " + HOW_TO_INSTALL);
        }
        if (!Files.isRegularFile(exe)) {
            return new Located(mono, Optional.empty(), "NuGet.exe is not at " + exe + "; " + HOW_TO_INSTALL);
        }
        return new Located(mono, Optional.of(exe), "NuGet.exe at " + exe + " under " + mono.get());
    }

    /** The client, sandboxed under {@code sandbox}; fails (rather than skips) when it is not installed. */
    static NuGetExe in(Path sandbox) {
        Located located = locate();
        if (located.exe().isEmpty()) {
            throw new IllegalStateException(located.description());
        }
        return new NuGetExe(located.mono().orElseThrow(), located.exe().get(), sandbox);
    }

    /** Where this client keeps its HTTP cache (empty unless it downloaded something). */
    Path httpCache() {
        return sandbox.resolve("http-cache");
    }

    /** Its default global packages folder (a dgspec's packagesPath overrides it). */
    Path globalPackages() {
        return sandbox.resolve("nuget-packages");
    }

    /** Runs {@code NuGet.exe <arguments> -NonInteractive} in {@code workingDirectory}. */
    Run run(Path workingDirectory, String... arguments) {
        List<String> command = new ArrayList<>(List.of(mono.toString(), exe.toString()));
        command.addAll(List.of(arguments));
        command.add("-NonInteractive");
        try {
            Files.createDirectories(sandbox.resolve("home"));
            Path log = Files.createTempFile(sandbox, "nuget-exe", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("HOME", sandbox.resolve("home").toString());
            env.put("NUGET_PACKAGES", globalPackages().toString());
            env.put("NUGET_HTTP_CACHE_PATH", httpCache().toString());
            env.put("NUGET_PLUGINS_CACHE_PATH", sandbox.resolve("plugins-cache").toString());
            env.put("XDG_DATA_HOME", sandbox.resolve("home/.local/share").toString());
            env.put("MONO_REGISTRY_PATH", sandbox.resolve("mono-registry").toString());
            env.put("NUGET_CLI_LANGUAGE", "en-us");
            Process process = builder.start();
            boolean finished = process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            return new Run(String.join(" ", command), finished ? process.exitValue() : -1, output, !finished);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    private static Optional<Path> onPath(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    record Located(Optional<Path> mono, Optional<Path> exe, String description) {}

    /** One run: the command, its exit code (-1 when it was stopped at the time limit) and its output. */
    record Run(String command, int exitCode, String output, boolean timedOut) {

        boolean succeeded() {
            return exitCode == 0;
        }

        /** The run for a failure message. */
        String describe() {
            return (timedOut ? "NuGet.exe did not finish within " + TIME_LIMIT.toMinutes() + " minutes: " : "")
                    + command + " exited with " + exitCode + ":\n" + output;
        }

        Run requireSuccess() {
            if (!succeeded()) {
                throw new AssertionError(describe());
            }
            return this;
        }
    }
}
