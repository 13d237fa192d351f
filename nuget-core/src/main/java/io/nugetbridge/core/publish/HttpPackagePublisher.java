package io.nugetbridge.core.publish;

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
 * <p>A push is repeated only where it cannot publish twice: when the connection was refused, or the
 * server turned it away unread (408, 429).
 */
public final class HttpPackagePublisher implements PackagePublisher {

    static final String PROTOCOL_VERSION_HEADER = "X-NuGet-Protocol-Version";

    private final String source;
    private final URI packageEndpoint;
    private final Optional<URI> symbolEndpoint;
    private final Endpoint endpoint;
    private final NuGetHttpClient http;

    public HttpPackagePublisher(String source, URI packageEndpoint, Optional<URI> symbolEndpoint, Endpoint endpoint,
            NuGetHttpClient http) {
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
                Optional.of(() -> new MultipartPackageEntity(file, options.progress())), false, true, false,
                Optional.of(options.timeout()));
        HttpAnswer answer = http.send(call);
        if (answer.isSuccess()) {
            return new PushResult(file, PushResult.Outcome.PUSHED, target.toString(), answer.status(), Optional.empty());
        }
        if (answer.status() == 409 && options.skipDuplicate()) {
            return new PushResult(file, PushResult.Outcome.ALREADY_EXISTS, target.toString(), 409, Optional.empty());
        }
        throw PushFailures.refused(answer, file, answer.endpoint(), target.toString());
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
