package io.nugetbridge.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for the AWS CodeArtifact API on 127.0.0.1: it answers {@code GetAuthorizationToken}
 * ({@code POST /v1/authorization-token?domain=&domain-owner=&duration=}) and {@code GetRepositoryEndpoint}
 * ({@code GET /v1/repository/endpoint?domain=&domain-owner=&repository=&format=nuget}, answered with the
 * repository URL it was given, so a local feed can play the repository) only for a request signed with
 * AWS Signature Version 4 for service {@code codeartifact} with the access key it was given, and checks the
 * signature itself by recomputing it with the secret key. Anything else gets AWS's 403 shape.
 */
public final class CodeArtifactStandIn implements AutoCloseable {

    private static final Pattern AUTHORIZATION = Pattern.compile("^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/"
            + "(?<date>\\d{8})/(?<region>[a-z0-9-]+)/(?<service>[a-z0-9-]+)/aws4_request, ?SignedHeaders=(?<headers>[a-z0-9;-]+),"
            + " ?Signature=(?<signature>[0-9a-f]{64})$");

    /** A token handed out: its value and the query it answered. */
    public record Issued(String token, String domain, String domainOwner, String region, long durationSeconds) {}

    private final HttpServer server;
    private final String accessKey;
    private final String secretKey;
    private final List<Issued> issued = new CopyOnWriteArrayList<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final String token;
    private volatile String repositoryEndpoint = "https://example-111122223333.d.codeartifact.us-east-1.amazonaws.com/nuget/example/";

    /** A stand-in that issues random tokens. */
    public CodeArtifactStandIn(String accessKey, String secretKey) {
        this(accessKey, secretKey, null);
    }

    /** A stand-in that always issues {@code token} (so a feed can be set up to accept it beforehand). */
    public CodeArtifactStandIn(String accessKey, String secretKey, String token) {
        this(accessKey, secretKey, token, 0);
    }

    /** As above, on a given port (0: any free one). */
    public CodeArtifactStandIn(String accessKey, String secretKey, String token, int port) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.token = token;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Where the SDK's endpoint override should point. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The URL GetRepositoryEndpoint answers with (CodeArtifact's form ends in {@code /nuget/<repo>/}). */
    public CodeArtifactStandIn answeringRepositoryEndpoint(String url) {
        this.repositoryEndpoint = url;
        return this;
    }

    public List<Issued> issued() {
        return List.copyOf(issued);
    }

    /** Why requests were refused, for a test that wants to know. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            boolean tokenCall = "POST".equals(exchange.getRequestMethod()) && "/v1/authorization-token".equals(path);
            boolean endpoint = "GET".equals(exchange.getRequestMethod()) && "/v1/repository/endpoint".equals(path);
            if (!tokenCall && !endpoint) {
                answer(exchange, 404, "{\"message\":\"Unknown operation\"}", "ResourceNotFoundException");
                return;
            }
            String problem = checkSignature(exchange, body);
            if (problem != null) {
                refusals.add(problem);
                answer(exchange, 403, "{\"message\":\"" + problem + "\"}", "AccessDeniedException");
                return;
            }
            if (endpoint) {
                if (!"nuget".equals(query.get("format"))) {
                    answer(exchange, 400, "{\"message\":\"format must be nuget here\"}", "ValidationException");
                    return;
                }
                answer(exchange, 200, "{\"repositoryEndpoint\":\"" + repositoryEndpoint + "\"}", null);
                return;
            }
            long duration = Long.parseLong(query.getOrDefault("duration", "43200"));
            Matcher credential = AUTHORIZATION.matcher(exchange.getRequestHeaders().getFirst("Authorization"));
            credential.matches();
            Issued token = new Issued(this.token != null ? this.token : "ca-token-" + UUID.randomUUID(),
                    query.get("domain"), query.get("domain-owner"), credential.group("region"), duration);
            issued.add(token);
            long expiration = Instant.now().plusSeconds(duration).getEpochSecond();
            answer(exchange, 200, "{\"authorizationToken\":\"" + token.token() + "\",\"expiration\":" + expiration + "}",
                    null);
        }
    }

    /** Null when the request carries a valid SigV4 signature for codeartifact with our key; else why not. */
    private String checkSignature(HttpExchange exchange, byte[] body) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            return "Missing Authorization header";
        }
        Matcher m = AUTHORIZATION.matcher(header);
        if (!m.matches()) {
            return "Authorization header is not AWS SigV4";
        }
        if (!"codeartifact".equals(m.group("service"))) {
            return "Signed for service " + m.group("service") + ", not codeartifact";
        }
        if (!accessKey.equals(m.group("key"))) {
            return "Unknown access key";
        }
        String amzDate = exchange.getRequestHeaders().getFirst("X-Amz-Date");
        if (amzDate == null || !amzDate.startsWith(m.group("date"))) {
            return "X-Amz-Date missing or not the credential's date";
        }
        String canonical = canonicalRequest(exchange, m.group("headers"), body);
        String scope = m.group("date") + "/" + m.group("region") + "/codeartifact/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), m.group("date"));
        key = hmac(key, m.group("region"));
        key = hmac(key, "codeartifact");
        key = hmac(key, "aws4_request");
        String expected = hex(hmac(key, toSign));
        return expected.equals(m.group("signature")) ? null : "The request signature does not match";
    }

    private static String canonicalRequest(HttpExchange exchange, String signedHeaders, byte[] body) {
        StringBuilder out = new StringBuilder();
        out.append(exchange.getRequestMethod()).append('\n');
        out.append(exchange.getRequestURI().getRawPath()).append('\n');
        out.append(canonicalQuery(exchange.getRequestURI().getRawQuery())).append('\n');
        for (String name : signedHeaders.split(";")) {
            String value = exchange.getRequestHeaders().getFirst(name);
            out.append(name).append(':').append(value == null ? "" : value.trim().replaceAll("\\s+", " ")).append('\n');
        }
        out.append('\n').append(signedHeaders).append('\n');
        String declared = exchange.getRequestHeaders().getFirst("X-Amz-Content-Sha256");
        out.append(declared != null && !declared.startsWith("UNSIGNED") ? declared : hex(sha256(body)));
        return out.toString();
    }

    private static String canonicalQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            sorted.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        List<String> parts = new ArrayList<>();
        sorted.forEach((name, values) -> values.stream().sorted().forEach(v -> parts.add(name + "=" + v)));
        return String.join("&", parts);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new TreeMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                values.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String json, String errorType) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (errorType != null) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
