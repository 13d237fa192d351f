package io.nugetbridge.core.publish;

import io.nugetbridge.core.http.NuGetHttpException;
import io.nugetbridge.core.packaging.PackageHash;

import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpAnswer;
import io.nugetbridge.core.http.HttpCall;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.version.NuGetVersion;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Pushes to a NuGet HTTP endpoint the way NuGet's client does (section 3 of nuget-reference.md): a
 * multipart {@code PUT} to the endpoint with a trailing slash, {@code X-NuGet-ApiKey} only when there is a
 * key, {@code X-NuGet-Protocol-Version: 4.1.0}, and HTTP Basic up front where there are credentials, so a
 * large package is never uploaded twice to learn that authentication is wanted.
 *
 * <p>A push that fails in flight (a reset, a 5xx, a stall) is sent again whole, from its file (issue 19). A
 * 409 on such a retry may be the answer to our own first attempt, whose answer was lost: the feed's copy is
 * then compared by SHA-512 ({@link PublishedCopies}), and the push counts as done only when it is the same
 * package; otherwise it fails as a conflict.
 */
public final class HttpPackagePublisher implements PackagePublisher {

    static final String PROTOCOL_VERSION_HEADER = "X-NuGet-Protocol-Version";

    private final String source;
    private final URI packageEndpoint;
    private final Optional<URI> symbolEndpoint;
    private final Endpoint endpoint;
    private final NuGetHttpClient http;
    private final PublishedCopies published;

    public HttpPackagePublisher(String source, URI packageEndpoint, Optional<URI> symbolEndpoint, Endpoint endpoint,
            NuGetHttpClient http) {
        this(source, packageEndpoint, symbolEndpoint, endpoint, http, PublishedCopies.NONE);
    }

    public HttpPackagePublisher(String source, URI packageEndpoint, Optional<URI> symbolEndpoint, Endpoint endpoint,
            NuGetHttpClient http, PublishedCopies published) {
        this.published = published;
        this.source = source;
        this.packageEndpoint = withTrailingSlash(packageEndpoint);
        this.symbolEndpoint = symbolEndpoint.map(HttpPackagePublisher::withTrailingSlash);
        // NuGet sends the header only for a non-empty key.
        this.endpoint = endpoint.apiKey().filter(k -> !k.isBlank()).isPresent() ? endpoint
                : endpoint.withApiKey(null);
        this.http = http;
    }

    @Override
    public String source() {
        return source;
    }

    public URI packageEndpoint() {
        return packageEndpoint;
    }

    public Optional<URI> symbolEndpoint() {
        return symbolEndpoint;
    }

    @Override
    public PushResult push(Path nupkg, PushOptions options) {
        PackageFile file = PackageFile.read(nupkg);
        if (file.isSymbols()) {
            return put(file, symbolEndpoint.orElseThrow(() -> noSymbolEndpoint(file)), options);
        }
        PushResult result = put(file, packageEndpoint, options);
        if (options.symbols() && symbolEndpoint.isPresent()) {
            Optional<Path> symbols = file.symbolsBeside();
            if (symbols.isPresent()) {
                result = result.withSymbols(put(PackageFile.read(symbols.get()), symbolEndpoint.get(), options));
            }
        }
        return result;
    }

    @Override
    public boolean delete(String id, NuGetVersion version) {
        URI uri = URI.create(packageEndpoint + encode(id) + "/" + encode(version.toNormalizedString()));
        HttpAnswer answer = http.send(new HttpCall("DELETE", uri, endpoint, Map.of(PROTOCOL_VERSION_HEADER, "4.1.0"),
                Optional.empty(), false, true, false));
        if (answer.isSuccess()) {
            return true;
        }
        if (answer.status() == 404) {
            return false;
        }
        if (answer.status() == 405 || answer.status() == 501) {
            throw new PushException("The source " + endpoint.sourceName() + " (" + packageEndpoint + ") does not"
                    + " support deleting or unlisting packages (it answered " + answer.status() + "); remove " + id
                    + " " + version.toNormalizedString() + " with the feed's own tools.");
        }
        throw new PushException("Deleting " + id + " " + version.toNormalizedString() + " from " + endpoint.sourceName()
                + " (" + uri + ") failed: the feed answered " + answer.status() + ". Check the API key or credentials.");
    }

    private PushResult put(PackageFile file, URI target, PushOptions options) {
        HttpCall call = new HttpCall("PUT", target, endpoint, Map.of(PROTOCOL_VERSION_HEADER, "4.1.0"),
                Optional.of(() -> new MultipartPackageEntity(file, options.progress())), true, true, false,
                Optional.of(options.timeout()));
        HttpAnswer answer;
        try {
            answer = http.send(call);
        } catch (NuGetHttpException e) {
            throw new PushException("Pushing " + file.id() + " " + file.versionText() + " (" + file.path().getFileName()
                    + ") to " + endpoint.sourceName() + " failed in flight: " + e.getMessage() + ". The feed may have"
                    + " received it all the same: check whether " + file.id() + " " + file.versionText() + " is there"
                    + " before pushing again, or push again with nuget.skipDuplicate.", e);
        }
        if (answer.isSuccess()) {
            return new PushResult(file, PushResult.Outcome.PUSHED, target.toString(), answer.status(), Optional.empty());
        }
        if (answer.status() == 409 && answer.attempts() > 1 && !options.skipDuplicate()) {
            return afterLostAnswer(file, target, answer);
        }
        if (answer.status() == 409 && options.skipDuplicate()) {
            return new PushResult(file, PushResult.Outcome.ALREADY_EXISTS, target.toString(), 409, Optional.empty());
        }
        throw PushFailures.refused(answer, file, answer.endpoint(), target.toString());
    }

    /**
     * A 409 on a retry: the first attempt may have published the package before its answer was lost. It did
     * if the feed's copy is this very file (same SHA-512); anything else is a real conflict.
     */
    private PushResult afterLostAnswer(PackageFile file, URI target, HttpAnswer answer) {
        String ours = PackageHash.sha512Base64(file.path());
        Optional<String> theirs;
        try {
            theirs = published.sha512(file.id(), file.version());
        } catch (RuntimeException e) {
            theirs = Optional.empty();
        }
        if (theirs.isPresent() && theirs.get().equals(ours)) {
            return new PushResult(file, PushResult.Outcome.PUSHED, target + " (the answer to attempt 1 was lost;"
                    + " attempt " + answer.attempts() + " got 409, and the feed's copy has this file's SHA-512, so it"
                    + " is published)", 0, Optional.empty());
        }
        throw new PushException("Pushing " + file.id() + " " + file.versionText() + " to " + endpoint.sourceName()
                + " was retried after a failure in flight, and the retry got 409 Conflict; "
                + (theirs.isPresent() ? "the feed's copy is a different package (its SHA-512 differs from "
                        + file.path().getFileName() + "'s), so this version was already published with other content"
                        : "the feed's copy could not be read to compare, so it is unknown whether the first attempt"
                                + " published it")
                + ". Check the feed; push a new version if the content changed.");
    }

    private PushException noSymbolEndpoint(PackageFile file) {
        return new PushException("The source " + endpoint.sourceName() + " (" + source + ") takes no symbol packages"
                + " (its service index has no SymbolPackagePublish), so " + file.path().getFileName()
                + " cannot be pushed to it. Push the .nupkg alone, or give a symbol source.");
    }

    private static URI withTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
