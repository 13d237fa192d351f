package io.nugetbridge.core.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written HTTP server on 127.0.0.1 for what no real feed does on demand: a 503 then a 200, a
 * connection cut mid-body, a redirect to another origin, a proxy, an answer that never comes. Public
 * so that the cache tests can cut a .nupkg download halfway too.
 */
public final class StubServer implements AutoCloseable {

    /** What a request looked like when it arrived. */
    public record Recorded(String method, URI uri, Headers headers, byte[] body) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** Answers one exchange; {@code index} counts the requests this server has seen, from 0. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange, int index) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    private StubServer(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                int index = counter.getAndIncrement();
                byte[] body = exchange.getRequestBody().readAllBytes();
                requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI(),
                        exchange.getRequestHeaders(), body));
                handler.handle(exchange, index);
            } catch (IOException | RuntimeException e) {
                // The client went away (a timeout, a cut it caused); nothing to answer.
            }
        });
        server.start();
    }

    public static StubServer start(Handler handler) {
        try {
            return new StubServer(handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** Blocks a handler until the test ends: a server that never answers (or never finishes). */
    void hang() {
        try {
            closing.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void respond(HttpExchange exchange, int status, String body, String... headerPairs) throws IOException {
        for (int i = 0; i < headerPairs.length; i += 2) {
            exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
