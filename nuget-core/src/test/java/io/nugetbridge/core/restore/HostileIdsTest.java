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
 * Issue 19, item 4: a package on a feed whose nuspec depends on {@code ../../rel-escape-dep} made the restore
 * send {@code GET /flatcontainer/../../rel-escape-dep/index.json}. An id that breaks NuGet's id rules
 * ({@code PackageIdValidator} in NuGet.Packaging) never reaches a URL or a path: the restore fails naming the
 * id and the package that declares it, and nothing is asked of the server for it.
 */
class HostileIdsTest {

    @TempDir
    Path work;

    @Test
    void aDependencyIdThatWouldEscapeTheFlatContainerIsNeverRequested() throws IOException {
        byte[] nupkg = Files.readAllBytes(TestNupkg.of("Lib.A", "1.0.0").group("", "../../rel-escape-dep 1.0.0")
                .files("lib/netstandard2.0/Lib.A.dll").writeTo(work.resolve("made")));
        RestoreReport report;
        List<StubServer.Recorded> requests;
        try (StubServer server = StubServer.start((exchange, index) -> serve(exchange, nupkg))) {
            report = restore(server);
            requests = server.requests();
        }

        assertThat(requests).extracting(r -> r.uri().toString()).noneMatch(u -> u.contains("rel-escape-dep") || u.contains(".."));
        assertThat(report.succeeded()).isFalse();
        List<Diagnostic> errors = report.units().get(0).diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0).message()).contains("'../../rel-escape-dep'", "Lib.A", "not a valid package id");
        // Issue 19, item 10: a broken package is not headed as a failure of the source.
        assertThat(errors.get(0).message()).startsWith("The package Lib.A 1.0.0 declares").doesNotContain("Failed to retrieve");
        assertThat(work.resolve("rel-escape-dep")).doesNotExist();
    }

    private RestoreReport restore(StubServer server) throws IOException {
        Path project = Files.createDirectories(work.resolve("project"));
        Files.writeString(project.resolve("nuget.config"), "<configuration><packageSources><clear/><add key=\"stub\" value=\""
                + server.uri("/index.json") + "\" /></packageSources><config><add key=\"globalPackagesFolder\" value=\""
                + work.resolve("global-packages") + "\" /></config></configuration>", StandardCharsets.UTF_8);
        NuGetConfig config = NuGetConfig.load(ConfigLocations.onlyFile(project.resolve("nuget.config")), Map.of());
        try (RestoreSession session = RestoreSession.open(config, List.of(),
                CredentialChain.standard(Map.of(), config, Optional.empty()),
                HttpSettings.defaults().withRetries(1, Duration.ofMillis(1), Duration.ofMillis(5)), false,
                work.resolve("home"), NuGetLog.SILENT)) {
            return session.run(List.of(ReferenceUnit.of("app", List.of("netstandard2.0"),
                    List.of(PackageDependency.of("Lib.A", "1.0.0")), DiagnosticPolicy.DEFAULT,
                    new LockFileSettings(false, false, work.resolve("app.lock.json")))), work.resolve("out"), Optional.empty());
        }
    }

    /** A V3 feed whose one package is real but declares a hostile dependency. */
    private static void serve(HttpExchange exchange, byte[] nupkg) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String base = "http://127.0.0.1:" + exchange.getLocalAddress().getPort();
        if (path.equals("/index.json")) {
            StubServer.respond(exchange, 200, "{\"version\":\"3.0.0\",\"resources\":[{\"@id\":\"" + base
                    + "/flat/\",\"@type\":\"PackageBaseAddress/3.0.0\"}]}");
        } else if (path.equals("/flat/lib.a/index.json")) {
            StubServer.respond(exchange, 200, "{\"versions\":[\"1.0.0\"]}");
        } else if (path.equals("/flat/lib.a/1.0.0/lib.a.1.0.0.nupkg")) {
            exchange.sendResponseHeaders(200, nupkg.length);
            try (var body = exchange.getResponseBody()) {
                body.write(nupkg);
            }
        } else {
            StubServer.respond(exchange, 404, "");
        }
    }
}
