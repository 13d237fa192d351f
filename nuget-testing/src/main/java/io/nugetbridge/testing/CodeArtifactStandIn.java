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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * A stand-in for the AWS CodeArtifact API on 127.0.0.1: it answers {@code GetAuthorizationToken}
 * ({@code POST /v1/authorization-token?domain=&domain-owner=&duration=}) and {@code GetRepositoryEndpoint}
 * ({@code GET /v1/repository/endpoint?domain=&domain-owner=&repository=&format=nuget}, answered with the
 * repository URL it was given, so a local feed can play the repository) only for a request signed with
 * AWS Signature Version 4 for service {@code codeartifact} with the access key (and session token) it was
 * given. The signature is checked by recomputing it with AWS's own signer and the secret key; a refusal has
 * AWS's status, error type and text. Tokens it issues expire ({@link #issuingTokensLasting}), and
 * {@link #accepts} tells a repository in front of a feed whether a token is still good.
 */
public final class CodeArtifactStandIn implements AutoCloseable {

    private static final Pattern AUTHORIZATION = Pattern.compile("^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/"
            + "(?<date>\\d{8})/(?<region>[a-z0-9-]+)/(?<service>[a-z0-9-]+)/aws4_request, ?SignedHeaders=(?<headers>[a-z0-9;-]+),"
            + " ?Signature=(?<signature>[0-9a-f]{64})$");

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** A token handed out: its value, the query it answered, and when it stops being accepted. */
    public record Issued(String token, String domain, String domainOwner, String region, long durationSeconds,
            Instant expiration) {}

    /** Why a request was turned away: AWS's error type and message. */
    private record Refusal(String type, String message) {}

    private final HttpServer server;
    private final String accessKey;
    private final String secretKey;
    private final List<Issued> issued = new CopyOnWriteArrayList<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final String token;
    private volatile String sessionToken;
    private volatile Duration tokenLifetime;
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

    /** Accepts only requests signed with this session token too (temporary credentials, as from STS or SSO). */
    public CodeArtifactStandIn requiringSessionToken(String value) {
        this.sessionToken = value;
        return this;
    }

    /** Issues tokens that last {@code lifetime}, whatever duration was asked for (as a role session that ends early). */
    public CodeArtifactStandIn issuingTokensLasting(Duration lifetime) {
        this.tokenLifetime = lifetime;
        return this;
    }

    /** Whether {@code token} was issued here and has not expired: what the repository itself would check. */
    public boolean accepts(String token) {
        Instant now = Instant.now();
        return issued.stream().anyMatch(i -> i.token().equals(token) && now.isBefore(i.expiration()));
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
            Refusal refusal = checkSignature(exchange, body);
            if (refusal != null) {
                refusals.add(refusal.message());
                answer(exchange, 403, "{\"message\":\"" + refusal.message() + "\"}", refusal.type());
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
            if (duration != 0 && (duration < 900 || duration > 43200)) {
                answer(exchange, 400, "{\"message\":\"1 validation error detected: Value '" + duration
                        + "' at 'durationSeconds' failed to satisfy constraint\"}", "ValidationException");
                return;
            }
            Matcher credential = AUTHORIZATION.matcher(exchange.getRequestHeaders().getFirst("Authorization"));
            credential.matches();
            // 0 asks for a token as long-lived as the caller's session; the stand-in's sessions last an hour.
            Instant expiration = Instant.now().plus(Optional.ofNullable(tokenLifetime)
                    .orElse(Duration.ofSeconds(duration == 0 ? 3600 : duration)));
            Issued token = new Issued(this.token != null ? this.token : "ca-token-" + UUID.randomUUID(),
                    query.get("domain"), query.get("domain-owner"), credential.group("region"), duration, expiration);
            issued.add(token);
            // AWS answers the expiry in epoch seconds, with a fraction.
            answer(exchange, 200, "{\"authorizationToken\":\"" + token.token() + "\",\"expiration\":"
                    + expiration.toEpochMilli() / 1000.0 + "}", null);
        }
    }

    /**
     * Null when the request carries a valid SigV4 signature for codeartifact with our key (and our session token,
     * when we have one); else why not, in AWS's words. The signature is recomputed by AWS's own signer from the
     * request as received, so what is checked is AWS's rule, not our reading of it.
     */
    private Refusal checkSignature(HttpExchange exchange, byte[] body) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            return new Refusal("MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        Matcher m = AUTHORIZATION.matcher(header);
        if (!m.matches()) {
            return new Refusal("IncompleteSignatureException", "Authorization header is not AWS SigV4");
        }
        if (!"codeartifact".equals(m.group("service"))) {
            return new Refusal("InvalidSignatureException", "Credential should be scoped to correct service: 'codeartifact'.");
        }
        if (!accessKey.equals(m.group("key"))) {
            return new Refusal("UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        String sessionToken = exchange.getRequestHeaders().getFirst("X-Amz-Security-Token");
        if (!java.util.Objects.equals(this.sessionToken, sessionToken)) {
            return new Refusal("UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        String amzDate = exchange.getRequestHeaders().getFirst("X-Amz-Date");
        if (amzDate == null || !amzDate.startsWith(m.group("date"))) {
            return new Refusal("IncompleteSignatureException", "X-Amz-Date missing or not the credential's date");
        }
        Instant signedAt = AMZ_DATE.parse(amzDate, Instant::from);
        if (Duration.between(signedAt, Instant.now()).abs().compareTo(Duration.ofMinutes(5)) > 0) {
            return new Refusal("InvalidSignatureException", "Signature expired: " + amzDate + " is now earlier than "
                    + AMZ_DATE.format(Instant.now().minus(Duration.ofMinutes(5))));
        }
        String expected = signatureAwsWouldExpect(exchange, body, m.group("headers"), m.group("region"), signedAt);
        return expected.equals(m.group("signature")) ? null : new Refusal("InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret"
                        + " Access Key and signing method. Consult the service documentation for details.");
    }

    /** The signature AWS's own SigV4 signer gives the request as received, with our secret. */
    private String signatureAwsWouldExpect(HttpExchange exchange, byte[] body, String signedHeaders, String region,
            Instant signedAt) {
        URI uri = exchange.getRequestURI();
        SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.fromValue(exchange.getRequestMethod()))
                .protocol("http").host("127.0.0.1").port(server.getAddress().getPort())
                .encodedPath(uri.getRawPath());
        query(uri.getRawQuery()).forEach(request::appendRawQueryParameter);
        for (String name : signedHeaders.split(";")) {
            // The signer adds these itself, from the host, the clock and the identity.
            if (!List.of("host", "x-amz-date", "x-amz-security-token").contains(name)) {
                String value = exchange.getRequestHeaders().getFirst(name);
                request.putHeader(name, value == null ? "" : value);
            }
        }
        AwsCredentialsIdentity identity = sessionToken == null ? AwsCredentialsIdentity.create(accessKey, secretKey)
                : AwsSessionCredentialsIdentity.create(accessKey, secretKey, sessionToken);
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r.identity(identity)
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "codeartifact")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
        String authorization = signed.request().firstMatchingHeader("Authorization").orElse("");
        return authorization.replaceFirst("^.*Signature=", "");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
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




    @Override
    public void close() {
        server.stop(0);
    }
}
