package io.nugetbridge.testing;

import com.artipie.asto.fs.FileStorage;
import com.artipie.http.Slice;
import com.artipie.http.auth.Authentication;
import com.artipie.http.auth.Permissions;
import com.artipie.http.rs.RsStatus;
import com.artipie.http.rs.RsWithStatus;
import com.artipie.nuget.AstoRepository;
import com.artipie.nuget.http.NuGet;
import com.artipie.vertx.VertxSliceServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.reactivex.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A real NuGet V3 server for tests: Artipie's {@code nuget-adapter} (an independent Java implementation of
 * the NuGet server API, from Maven Central) on {@code 127.0.0.1}, storing packages in a folder.
 *
 * <p>Its quirks are listed in section 11 of {@code nuget-reference.md}: a service index with only
 * {@code PackagePublish/2.0.0}, {@code RegistrationsBaseUrl/Versioned} and {@code PackageBaseAddress/3.0.0};
 * registration leaves without dependencies; versions kept as pushed; Basic auth (when on) on every route
 * but the service index.
 *
 * <p>Every request line is recorded, so a test can assert which requests were made, or that none was.
 * Setup pushes go through {@link #push(Path)}, which uses the JDK's own HTTP client rather than ours, so a
 * test never relies on the code it tests to prepare its data.
 */
public final class ArtipieServer implements AutoCloseable {

    private static final Slice NOT_FOUND = (line, headers, body) -> new RsWithStatus(RsStatus.NOT_FOUND);

    private final Vertx vertx;
    private final VertxSliceServer server;
    private final URI base;
    private final Path storage;
    private final Optional<String[]> user;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Consumer<String> observer = request -> {};

    private ArtipieServer(Path storage, Optional<String[]> user, Optional<Authentication> authentication, int port,
            String prefix) {
        this.storage = storage;
        this.user = user;
        this.base = URI.create("http://127.0.0.1:" + port + prefix);
        AstoRepository repository = new AstoRepository(new FileStorage(storage));
        URL url = toUrl(base);
        NuGet nuget = user.isPresent()
                ? new NuGet(url, repository, onlyUser(user.get()[0]), authentication
                        .orElseGet(() -> new Authentication.Single(user.get()[0], user.get()[1])))
                : new NuGet(url, repository);
        Slice recording = (line, headers, body) -> {
            String[] parts = line.trim().split(" ");
            String request = parts.length >= 2 ? parts[0] + " " + parts[1] : line.trim();
            requests.add(request);
            observer.accept(request);
            // Artipie routes on the whole path; below a prefix (as CodeArtifact's /nuget/<repo>/v3/) it is stripped.
            if (parts.length >= 3 && !prefix.isEmpty()) {
                if (!parts[1].startsWith(prefix + "/")) {
                    return NOT_FOUND.response(line, headers, body);
                }
                return nuget.response(parts[0] + " " + parts[1].substring(prefix.length()) + " " + parts[2], headers, body);
            }
            return nuget.response(line, headers, body);
        };
        this.vertx = Vertx.vertx();
        this.server = new VertxSliceServer(vertx, recording,
                new HttpServerOptions().setHost("127.0.0.1").setPort(port));
        this.server.start();
    }

    /** An anonymous feed storing its packages in a new temporary folder. */
    public static ArtipieServer start() {
        return start(temporaryStorage(), Optional.empty());
    }

    /** A feed that wants HTTP Basic with this user and password on every route but the service index. */
    public static ArtipieServer startWithBasicAuth(String username, String password) {
        return start(temporaryStorage(), Optional.of(new String[] {username, password}));
    }

    /** A feed over an existing folder (packages pushed earlier stay there), with optional Basic auth. */
    public static ArtipieServer start(Path storage, Optional<String[]> usernameAndPassword) {
        return start(storage, usernameAndPassword, freePort());
    }

    /** As {@link #start(Path, Optional)}, on a given port. */
    public static ArtipieServer start(Path storage, Optional<String[]> usernameAndPassword, int port) {
        return start(storage, usernameAndPassword, port, "");
    }

    /**
     * A feed whose URLs all live below {@code pathPrefix} (such as {@code /nuget/my-repo/v3}, where
     * CodeArtifact keeps a repository's service index); requests outside it get 404.
     */
    public static ArtipieServer startBelow(String pathPrefix, Optional<String[]> usernameAndPassword) {
        return start(temporaryStorage(), usernameAndPassword, freePort(), pathPrefix);
    }

    /** A feed over {@code storage} on {@code port} (0: any free one), below {@code prefix} ("" for the root). */
    public static ArtipieServer start(Path storage, Optional<String[]> usernameAndPassword, int port, String prefix) {
        if (port == 0) {
            port = freePort();
        }
        requireValidPrefix(prefix);
        try {
            Files.createDirectories(storage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArtipieServer(storage, usernameAndPassword, Optional.empty(), port, prefix);
    }

    /**
     * A feed below {@code prefix} that lets in only {@code username} with a password {@code passwords} accepts
     * at the time of the request: a repository taking tokens that expire, such as CodeArtifact's (with
     * {@code CodeArtifactStandIn::accepts}). Setup pushes need {@link #push(Path, String, String)} with a good token.
     */
    public static ArtipieServer startBelowCheckingPasswords(String prefix, String username, Predicate<String> passwords) {
        Authentication check = (who, password) -> username.equals(who) && passwords.test(password)
                ? Optional.of(new Authentication.User(who)) : Optional.empty();
        requireValidPrefix(prefix);
        return new ArtipieServer(temporaryStorage(), Optional.of(new String[] {username, ""}), Optional.of(check),
                freePort(), prefix);
    }

    /** The feed's root, e.g. {@code http://127.0.0.1:40123} (with the path prefix, when it has one). */
    public URI base() {
        return base;
    }

    /** The service index, the URL a NuGet client is given as the source. */
    public URI serviceIndex() {
        return URI.create(base + "/index.json");
    }

    /** Where the packages are stored. */
    public Path storage() {
        return storage;
    }

    /** Every request received so far as method and path ({@code GET /content/polly/index.json}), oldest first. */
    public List<String> requests() {
        return new ArrayList<>(requests);
    }

    /** Also hands every request line to {@code listener} as it arrives (a process-level log, for the benchmarks). */
    public void onRequest(Consumer<String> listener) {
        this.observer = listener;
    }

    /** Forgets the requests received so far. */
    public void clearRequests() {
        requests.clear();
    }

    /**
     * Pushes a package the way {@code nuget push} does (a multipart PUT to the publish endpoint) and returns
     * the status. Uses the JDK's HTTP client, with the server's credentials when it has any.
     */
    public int push(Path nupkg) {
        return push(nupkg, user.map(u -> u[0]).orElse(null), user.map(u -> u[1]).orElse(null));
    }

    /** As {@link #push(Path)}, with the given credentials (null for none). */
    public int push(Path nupkg, String username, String password) {
        String boundary = "nuget-testing-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"package\"; filename=\"package.nupkg\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpURLConnection connection = null;
        try {
            long length = head.length + Files.size(nupkg) + tail.length;
            // HttpURLConnection rather than java.net.http: the latter hangs when a server answers 401 without
            // reading the body, which Artipie does.
            connection = (HttpURLConnection) URI.create(base + "/package").toURL().openConnection();
            connection.setRequestMethod("PUT");
            connection.setDoOutput(true);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            connection.setFixedLengthStreamingMode(length);
            connection.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
            if (username != null) {
                connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            try (OutputStream out = connection.getOutputStream()) {
                out.write(head);
                Files.copy(nupkg, out);
                out.write(tail);
            } catch (IOException e) {
                // The server may answer (401) and stop reading before the body is through; its status is what counts.
                return connection.getResponseCode();
            }
            return connection.getResponseCode();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not push " + nupkg + " to " + base, e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    /** Pushes and insists on 201 Created. */
    public void pushOrFail(Path nupkg) {
        int status = push(nupkg);
        if (status != 201) {
            throw new IllegalStateException("Artipie answered " + status + " to the push of " + nupkg);
        }
    }

    @Override
    public void close() {
        server.stop();
        server.close();
        vertx.close();
    }

    private static Permissions onlyUser(String username) {
        // Artipie lets a request without credentials through as the user "*"; only the named user may pass.
        return (who, action) -> username.equals(who.name());
    }

    private static void requireValidPrefix(String prefix) {
        if (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/"))) {
            throw new IllegalArgumentException("A path prefix starts with / and does not end with one: " + prefix);
        }
    }

    private static Path temporaryStorage() {
        try {
            return Files.createTempDirectory("artipie-nuget-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
