package io.nugetbridge.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nugetbridge.core.http.Credentials;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials from the environment, the way CI systems hand them out:
 * <ul>
 *   <li>{@code NuGetPackageSourceCredentials_<source name>=Username=<u>;Password=<p>[;ValidAuthenticationTypes=<t>]},
 *       NuGet's own, which overrides nuget.config for that source (keys ignore case);</li>
 *   <li>{@code VSS_NUGET_EXTERNAL_FEED_ENDPOINTS={"endpointCredentials":[{"endpoint":"<url>","username":"..","password":".."}]}},
 *       the Azure Artifacts credential provider's, matched on the source URL.</li>
 * </ul>
 * A malformed value fails naming the variable, never showing its content.
 */
public final class EnvironmentCredentials implements CredentialProvider {

    static final String PREFIX = "NuGetPackageSourceCredentials_";
    static final String FEED_ENDPOINTS = "VSS_NUGET_EXTERNAL_FEED_ENDPOINTS";

    private static final Pattern NUGET_FORMAT = Pattern.compile(
            "^Username=(?<user>.*?);Password=(?<password>.*?)(?:;ValidAuthenticationTypes=(?<types>.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Map<String, String> environment;

    public EnvironmentCredentials(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Optional<FoundCredentials> find(PackageSource source) {
        return byName(source).or(() -> byEndpoint(source)).map(FoundCredentials::of);
    }

    private Optional<Credentials> byName(PackageSource source) {
        String variable = PREFIX + source.name();
        String value = environment.get(variable);
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = NUGET_FORMAT.matcher(value.trim());
        if (!matcher.matches()) {
            throw new ConfigException("The environment variable " + variable + " is not in NuGet's form"
                    + " Username=<user>;Password=<password>[;ValidAuthenticationTypes=basic]; its value is not shown");
        }
        return Optional.of(new Credentials(matcher.group("user"), matcher.group("password"),
                "environment variable " + variable));
    }

    private Optional<Credentials> byEndpoint(PackageSource source) {
        String value = environment.get(FEED_ENDPOINTS);
        if (value == null || value.isBlank() || !source.isHttp()) {
            return Optional.empty();
        }
        JsonNode endpoints;
        try {
            endpoints = new ObjectMapper().readTree(value).path("endpointCredentials");
        } catch (IOException e) {
            throw new ConfigException("The environment variable " + FEED_ENDPOINTS + " is not valid JSON (expected"
                    + " {\"endpointCredentials\":[{\"endpoint\":\"<url>\",\"password\":\"<token>\"}]}); its value is not shown");
        }
        String wanted = normalized(source.location());
        for (JsonNode endpoint : endpoints) {
            if (normalized(endpoint.path("endpoint").asText("")).equals(wanted)) {
                String password = endpoint.path("password").asText("");
                if (password.isEmpty()) {
                    throw new ConfigException("The entry for " + source.location() + " in the environment variable "
                            + FEED_ENDPOINTS + " has no password");
                }
                // The credential provider accepts any user name with a token; it sends "VssSessionToken".
                String username = endpoint.path("username").asText("VssSessionToken");
                return Optional.of(new Credentials(username.isEmpty() ? "VssSessionToken" : username, password,
                        "environment variable " + FEED_ENDPOINTS));
            }
        }
        return Optional.empty();
    }

    private static String normalized(String url) {
        String trimmed = url.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
