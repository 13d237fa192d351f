package io.nugetbridge.core.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.CredentialChain;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.StubServer;
import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.project.LockFileSettings;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.resolve.DiagnosticPolicy;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.testing.TestNupkg;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package whose download never completes, a fault no real server can be made to produce on purpose: since
 * restore reads dependencies from the downloaded package (as NuGet does), the walk itself meets the fault. The
 * restore must fail naming the package, the source and what happened, and leave nothing half-made behind, in the
 * global packages folder or in the output.
 */
class RestoreDownloadFaultsTest {

    @TempDir
    Path work;

    @Test
    void aPackageThatIsCutOnEveryAttemptFailsTheRestoreWithNu1301AndLeavesNothingBehind() throws IOException {
        byte[] nupkg = Files.readAllBytes(TestNupkg.of("Lib.A", "1.0.0").files("lib/netstandard2.0/Lib.A.dll")
                .writeTo(work.resolve("made")));
        Path globalPackages = work.resolve("global-packages");
        Path out = work.resolve("out");
        try (StubServer server = StubServer.start((exchange, index) -> serve(exchange, nupkg))) {
            NuGetConfig config = config(server);
            RestoreReport report;
            try (RestoreSession session = RestoreSession.open(config, List.of(),
                    CredentialChain.standard(Map.of(), config, Optional.empty()),
                    HttpSettings.defaults().withRetries(2, Duration.ofMillis(1), Duration.ofMillis(5)), false,
                    work.resolve("home"), NuGetLog.SILENT)) {
                report = session.run(List.of(unit()), out, Optional.empty());
            }

            assertThat(report.succeeded()).isFalse();
            List<Diagnostic> errors = report.units().get(0).diagnostics().stream().filter(Diagnostic::isError).toList();
            assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo("NU1301");
                assertThat(error.message()).contains("'Lib.A'", "remote source 'stub'", "Lib.A 1.0.0",
                        globalPackages.toString(), "/flat/lib.a/1.0.0/lib.a.1.0.0.nupkg");
            });
            assertThat(server.requests().stream().filter(r -> r.uri().getPath().endsWith(".nupkg"))).hasSize(2);
        }
        assertThat(globalPackages.resolve("lib.a/1.0.0")).doesNotExist();
        assertThat(out.resolve("packages")).doesNotExist();
        assertThat(out.resolve("summary")).doesNotExist();
    }

    /** A V3 feed with a flat container whose one package is always cut halfway. */
    private static void serve(HttpExchange exchange, byte[] nupkg) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String base = "http://127.0.0.1:" + exchange.getLocalAddress().getPort();
        if (path.equals("/index.json")) {
            send(exchange, "{\"version\":\"3.0.0\",\"resources\":[{\"@id\":\"" + base
                    + "/flat/\",\"@type\":\"PackageBaseAddress/3.0.0\"}]}");
        } else if (path.equals("/flat/lib.a/index.json")) {
            send(exchange, "{\"versions\":[\"1.0.0\"]}");
        } else if (path.equals("/flat/lib.a/1.0.0/lib.a.1.0.0.nupkg")) {
            exchange.sendResponseHeaders(200, nupkg.length);
            OutputStream body = exchange.getResponseBody();
            body.write(nupkg, 0, nupkg.length / 2);
            body.flush();
            exchange.close();
        } else {
            StubServer.respond(exchange, 404, "");
        }
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        StubServer.respond(exchange, 200, json, "Content-Type", "application/json");
    }

    private ReferenceUnit unit() {
        return ReferenceUnit.of("app", List.of("netstandard2.0"), List.of(PackageDependency.of("Lib.A", "1.0.0")),
                DiagnosticPolicy.DEFAULT, new LockFileSettings(false, false, work.resolve("app.lock.json")));
    }

    private NuGetConfig config(StubServer server) throws IOException {
        Path project = Files.createDirectories(work.resolve("project"));
        Files.writeString(project.resolve("nuget.config"), "<configuration><packageSources><clear/><add key=\"stub\" value=\""
                + server.uri("/index.json") + "\" /></packageSources><config><add key=\"globalPackagesFolder\" value=\""
                + work.resolve("global-packages") + "\" /></config></configuration>", StandardCharsets.UTF_8);
        return NuGetConfig.load(ConfigLocations.onlyFile(project.resolve("nuget.config")), Map.of());
    }
}
