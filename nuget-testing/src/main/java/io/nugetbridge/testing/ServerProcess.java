package io.nugetbridge.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the test servers' {@code main} methods share: {@code --name value} options, announcing readiness
 * through a ready file (written whole, then renamed), and running until the stop file appears, the process
 * that started it ends, or {@code --max-minutes} (default 60) have passed, so a killed build leaves no
 * server behind for long.
 */
final class ServerProcess {

    private final Map<String, String> options = new HashMap<>();

    ServerProcess(String[] args) {
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --option value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new IllegalArgumentException("--" + name + " is required"));
    }

    /** Writes the ready file (when asked), prints the line, and serves until it is time to end. */
    void readyThenServe(String what, String url) throws IOException, InterruptedException {
        Optional<Path> readyFile = option("ready-file").map(Path::of);
        if (readyFile.isPresent()) {
            Path temporary = readyFile.get().resolveSibling(readyFile.get().getFileName() + ".tmp");
            Files.writeString(temporary, url + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, readyFile.get(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println(what + " ready at " + url);
        Optional<Path> stopFile = option("stop-file").map(Path::of);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(Long.parseLong(option("max-minutes").orElse("60")));
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        while (System.nanoTime() < deadline) {
            if (stopFile.isPresent() && Files.exists(stopFile.get())) {
                return;
            }
            if (parent.isPresent() && !parent.get().isAlive()) {
                return;
            }
            Thread.sleep(200);
        }
    }
}
