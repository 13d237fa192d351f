package io.nugetbridge.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A push endpoint for packages too large for Artipie, which buffers uploads in memory: it streams the
 * first multipart part of each {@code PUT} to {@code received.nupkg} in its folder while hashing it, checks
 * that the body ends with the closing boundary, writes the part's base64 SHA-512 to
 * {@code received.sha512}, and answers 201. Memory stays flat whatever the size.
 */
public final class StreamingReceiver implements AutoCloseable {

    private static final int BUFFER = 256 * 1024;

    private final HttpServer server;
    private final Path folder;

    public StreamingReceiver(int port, Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** A V2-style push URL: NuGet pushes to a V2 source's own URL. */
    public String pushUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2/package";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (!"PUT".equals(exchange.getRequestMethod()) || type == null || !type.contains("boundary=")) {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            String boundary = type.substring(type.indexOf("boundary=") + 9).replace("\"", "").trim();
            int status = receive(exchange.getRequestBody(), boundary) ? 201 : 400;
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** Streams the part to disk, holding back as many bytes as the closing delimiter has, then checks them. */
    private boolean receive(InputStream body, String boundary) throws IOException {
        skipPartHeaders(body);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        MessageDigest sha512 = sha512();
        Path part = folder.resolve("received.nupkg");
        byte[] held = new byte[0];
        try (OutputStream out = Files.newOutputStream(part)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = body.read(buffer)) >= 0) {
                byte[] all = new byte[held.length + read];
                System.arraycopy(held, 0, all, 0, held.length);
                System.arraycopy(buffer, 0, all, held.length, read);
                int release = Math.max(0, all.length - tail.length);
                out.write(all, 0, release);
                sha512.update(all, 0, release);
                held = Arrays.copyOfRange(all, release, all.length);
            }
        }
        boolean complete = Arrays.equals(held, tail);
        Files.writeString(folder.resolve("received.sha512"),
                complete ? Base64.getEncoder().encodeToString(sha512.digest()) : "incomplete", StandardCharsets.US_ASCII);
        return complete;
    }

    private static void skipPartHeaders(InputStream body) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < 4 && (b = body.read()) >= 0) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** {@code --folder DIR [--port N] [--ready-file F] [--stop-file F]}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        ServerProcess process = new ServerProcess(args);
        StreamingReceiver receiver = new StreamingReceiver(process.option("port").map(Integer::parseInt).orElse(0),
                Path.of(process.required("folder")));
        Runtime.getRuntime().addShutdownHook(new Thread(receiver::close));
        process.readyThenServe("Streaming push receiver", receiver.pushUrl());
        System.exit(0);
    }
}
