package io.nugetbridge.core.cloud;

import io.nugetbridge.core.http.Credentials;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Tencent CODING-AR NuGet repository. Its source URL is
 * {@code https://<team>-nuget.pkg.coding.net/<project>/<repository>/v3/index.json}; it takes HTTP Basic
 * with the CODING user name and a personal access token, and, as CODING's guide says, the API key
 * {@code api} (a placeholder that silences "no API key" warnings; authentication is the Basic header).
 */
public record CodingRepository(String team, String project, String repository) {

    /** The API key CODING's guide pushes with. */
    public static final String API_KEY = "api";
    /** Environment variables read for the user name and token when no settings.xml server gives them. */
    public static final String USERNAME_VARIABLE = "CODING_USERNAME";
    public static final String TOKEN_VARIABLE = "CODING_TOKEN";

    private static final Pattern SOURCE = Pattern.compile(
            "^https://(?<team>[A-Za-z0-9][A-Za-z0-9-]*)-nuget\\.pkg\\.coding\\.net/(?<project>[^/]+)/(?<repo>[^/]+)/v3/index\\.json$");

    public CodingRepository {
        for (String[] part : new String[][] {{team, "team"}, {project, "project"}, {repository, "repository"}}) {
            if (part[0] == null || part[0].isBlank()) {
                throw new IllegalArgumentException("A CODING-AR repository needs a " + part[1]);
            }
        }
    }

    /** The repository a CODING-AR NuGet URL names, if it is one. */
    public static Optional<CodingRepository> fromSource(String url) {
        Matcher m = SOURCE.matcher(url.trim());
        return m.matches() ? Optional.of(new CodingRepository(m.group("team"), m.group("project"), m.group("repo")))
                : Optional.empty();
    }

    /** The user name and token of {@code CODING_USERNAME} and {@code CODING_TOKEN}, when both are set. */
    public static Optional<Credentials> environmentCredentials(Map<String, String> environment) {
        String user = environment.get(USERNAME_VARIABLE);
        String token = environment.get(TOKEN_VARIABLE);
        if (user == null || token == null || user.isBlank() || token.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(user, token, "the " + USERNAME_VARIABLE + " and " + TOKEN_VARIABLE
                + " environment variables"));
    }

    public URI sourceUrl() {
        return URI.create("https://" + team + "-nuget.pkg.coding.net/" + project + "/" + repository + "/v3/index.json");
    }

    @Override
    public String toString() {
        return "CODING-AR " + team + "/" + project + "/" + repository;
    }
}
