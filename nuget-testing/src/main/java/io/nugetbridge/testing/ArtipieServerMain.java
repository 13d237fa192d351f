package io.nugetbridge.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs {@link ArtipieServer} as a process of its own, for the Maven builds under {@code it/} and the
 * benchmarks, which need a feed that outlives one JVM call:
 *
 * <pre>java -cp ... io.nugetbridge.testing.ArtipieServerMain --storage DIR [--port N] [--user U --password P]
 *     [--ready-file F] [--stop-file F] [--max-minutes M]</pre>
 *
 * When the server listens it writes its service index URL to the ready file (if asked) and to standard
 * output, then serves until the process is stopped, the stop file appears, the process that started it
 * ends, or {@code --max-minutes} (default 60) have passed: a build that is killed leaves no server behind
 * for long.
 */
public final class ArtipieServerMain {

    private ArtipieServerMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path storage = null;
        Path readyFile = null;
        Integer port = null;
        Path stopFile = null;
        long maxMinutes = 60;
        String user = null;
        String password = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--storage" -> storage = Path.of(require(value, args[i]));
                case "--ready-file" -> readyFile = Path.of(require(value, args[i]));
                case "--port" -> port = Integer.valueOf(require(value, args[i]));
                case "--user" -> user = require(value, args[i]);
                case "--password" -> password = require(value, args[i]);
                case "--stop-file" -> stopFile = Path.of(require(value, args[i]));
                case "--max-minutes" -> maxMinutes = Long.parseLong(require(value, args[i]));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
            i++;
        }
        if (storage == null) {
            throw new IllegalArgumentException("--storage DIR is required");
        }
        Optional<String[]> credentials = user == null ? Optional.empty()
                : Optional.of(new String[] {user, password == null ? "" : password});
        ArtipieServer server = port == null ? ArtipieServer.start(storage, credentials)
                : ArtipieServer.start(storage, credentials, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        String url = server.serviceIndex().toString();
        if (readyFile != null) {
            Path temporary = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
            Files.writeString(temporary, url + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, readyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("Artipie NuGet feed ready at " + url);
        waitForAnEnd(stopFile, maxMinutes);
        System.exit(0);
    }

    private static void waitForAnEnd(Path stopFile, long maxMinutes) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(maxMinutes);
        java.util.Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        while (System.nanoTime() < deadline) {
            if (stopFile != null && Files.exists(stopFile)) {
                return;
            }
            if (parent.isPresent() && !parent.get().isAlive()) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
