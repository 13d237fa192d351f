package io.nugetbridge.testing;

import java.io.IOException;

/**
 * Runs {@link CodeArtifactStandIn} as a process, for the Maven builds under {@code it/}:
 *
 * <pre>java -cp ... io.nugetbridge.testing.CodeArtifactStandInMain [--port N] --access-key K --secret-key S --token T
 *     [--session-token T] --repository-endpoint URL [--ready-file F] [--stop-file F]</pre>
 */
public final class CodeArtifactStandInMain {

    private CodeArtifactStandInMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        ServerProcess process = new ServerProcess(args);
        CodeArtifactStandIn standIn = new CodeArtifactStandIn(process.required("access-key"),
                process.required("secret-key"), process.required("token"),
                process.option("port").map(Integer::parseInt).orElse(0))
                .answeringRepositoryEndpoint(process.required("repository-endpoint"));
        process.option("session-token").ifPresent(standIn::requiringSessionToken);
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::close));
        process.readyThenServe("CodeArtifact stand-in", standIn.endpoint().toString());
        System.exit(0);
    }
}
