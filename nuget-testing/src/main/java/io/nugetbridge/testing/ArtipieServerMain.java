package io.nugetbridge.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs {@link ArtipieServer} as a process of its own, for the Maven builds under {@code it/} and the
 * benchmarks, which need a feed that outlives one JVM call:
 *
 * <pre>java -cp ... io.nugetbridge.testing.ArtipieServerMain --storage DIR [--port N] [--user U --password P]
 *     [--prefix /nuget/repo/v3] [--ready-file F] [--stop-file F] [--max-minutes M]</pre>
 *
 * When the server listens it writes its service index URL to the ready file and standard output; see
 * {@link ServerProcess} for when it ends.
 */
public final class ArtipieServerMain {

    private ArtipieServerMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        ServerProcess process = new ServerProcess(args);
        Path storage = Path.of(process.required("storage"));
        Optional<String[]> credentials = process.option("user")
                .map(user -> new String[] {user, process.option("password").orElse("")});
        int port = process.option("port").map(Integer::parseInt).orElse(0);
        ArtipieServer server = ArtipieServer.start(storage, credentials, port, process.option("prefix").orElse(""));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        process.readyThenServe("Artipie NuGet feed", server.serviceIndex().toString());
        System.exit(0);
    }
}
