package io.nugetbridge.core.feed;

import com.sun.net.httpserver.HttpServer;
import io.nugetbridge.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/**
 * Serves recorded feed responses from the fixture corpus on 127.0.0.1, byte for byte, but for the
 * recorded hosts in feed documents (JSON and V2 XML): each recorded origin (and Dependency-Track's {@code {{request.baseUrl}}} template) is
 * replaced by this server's own address, so the links inside the recordings lead back here. Responses on
 * a path holding {@code -gz-} go out gzip-encoded, as nuget.org's compressed registration hives do.
 */
final class ReplayServer implements AutoCloseable {

    /** A request as it arrived: its path with query, and its Authorization header (null when none). */
    record Request(String pathAndQuery, String authorization) {}

    private final HttpServer server;
    private final String base;
    private final Map<String, String> hosts = new LinkedHashMap<>();
    private final Map<String, String> routes = new LinkedHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    ReplayServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        hosts.put("{{request.baseUrl}}", base);
        server.createContext("/", exchange -> {
            String raw = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(new Request(query == null ? raw : raw + "?" + query,
                    exchange.getRequestHeaders().getFirst("Authorization")));
            String fixture = routes.getOrDefault(query == null ? raw : raw + "?" + query, routes.get(raw));
            byte[] body = fixture == null ? new byte[0] : served(fixture);
            int status = fixture == null ? 404 : 200;
            if (fixture != null && fixture.startsWith("404:")) {
                status = 404;
            }
            if (status == 200 && raw.contains("-gz-")) {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                body = gzip(body);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** This server's address, e.g. {@code http://127.0.0.1:40123}. */
    String base() {
        return base;
    }

    /** Makes links to a recorded origin ({@code https://api.nuget.org}) lead here. */
    ReplayServer host(String recordedOrigin) {
        hosts.put(recordedOrigin, base);
        return this;
    }

    /** Makes links to a recorded origin lead to another address (a second server, playing another host). */
    ReplayServer hostTo(String recordedOrigin, String replacement) {
        hosts.put(recordedOrigin, replacement);
        return this;
    }

    /** Serves the fixture (a path in the corpus) at {@code path}; a fixture prefixed {@code 404:} is a 404 body. */
    ReplayServer route(String path, String fixture) {
        routes.put(path, fixture);
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    long requestsTo(String pathPrefix) {
        return requests.stream().filter(r -> r.pathAndQuery().startsWith(pathPrefix)).count();
    }

    private byte[] served(String fixture) throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.path(fixture.startsWith("404:") ? fixture.substring(4) : fixture));
        // Only feed documents carry links to follow; packages and nuspecs go out untouched.
        if (!fixture.endsWith(".json") && !fixture.startsWith("v2/")) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> host : hosts.entrySet()) {
            text = text.replace(host.getKey(), host.getValue());
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
