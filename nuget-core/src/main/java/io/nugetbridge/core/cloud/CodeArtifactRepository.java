package io.nugetbridge.core.cloud;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AWS CodeArtifact NuGet repository. Its source URL is
 * {@code https://<domain>-<owner>.d.codeartifact.<region>.amazonaws.com/nuget/<repository>/v3/index.json}
 * (the repository endpoint plus {@code v3/index.json}, as {@code aws codeartifact login} writes it).
 *
 * @param domainOwner the 12-digit AWS account that owns the domain
 */
public record CodeArtifactRepository(String domain, String domainOwner, String region, String repository) {

    // The owner is the last 12 digits before ".d.": domains may themselves hold hyphens and digits. An explicit
    // :443 and a slash after index.json are the same URL to a NuGet client, so they are the same repository here.
    private static final Pattern SOURCE = Pattern.compile("^https://(?<domain>[a-z0-9][a-z0-9-]*)-(?<owner>\\d{12})"
            + "\\.d\\.codeartifact\\.(?<region>[a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?(?::443)?/nuget/(?<repo>[^/]+)/?"
            + "(?:v3/index\\.json/?)?$");
    /** A host of CodeArtifact's repository endpoints, whatever the rest of the URL. */
    private static final Pattern HOST = Pattern.compile("^https?://[^/]*\\.d\\.codeartifact\\.[^/]*\\.amazonaws\\.com(?:\\.cn)?(?::\\d+)?(?:/.*)?$");
    /** The form a CodeArtifact NuGet URL has, for messages. */
    public static final String FORM = "https://DOMAIN-OWNER.d.codeartifact.REGION.amazonaws.com/nuget/REPOSITORY/v3/index.json";

    public CodeArtifactRepository {
        require(domain, "domain");
        require(domainOwner, "domainOwner");
        require(region, "region");
        require(repository, "repository");
        if (!domainOwner.matches("\\d{12}")) {
            throw new IllegalArgumentException("The CodeArtifact domain owner must be a 12-digit AWS account id, not '"
                    + domainOwner + "'");
        }
    }

    /** The repository a CodeArtifact NuGet URL names, if it is one. */
    public static Optional<CodeArtifactRepository> fromSource(String url) {
        Matcher m = SOURCE.matcher(url.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        // The path segment keeps the case it was written in; the host part is case-insensitive.
        String repo = url.trim().replaceFirst("(?i)^.*/nuget/([^/]+).*$", "$1");
        return Optional.of(new CodeArtifactRepository(m.group("domain"), m.group("owner"), m.group("region"), repo));
    }

    /**
     * Whether the URL is on a CodeArtifact repository host but {@link #fromSource} cannot read it (a typo, http,
     * another path): such a source would get no token, and the user must be told why.
     */
    public static boolean looksLikeButIsNot(String url) {
        return HOST.matcher(url.trim().toLowerCase(Locale.ROOT)).matches() && fromSource(url).isEmpty();
    }

    /** The NuGet V3 source URL of this repository. */
    public URI sourceUrl() {
        return URI.create("https://" + domain + "-" + domainOwner + ".d.codeartifact." + region + ".amazonaws.com/nuget/"
                + repository + "/v3/index.json");
    }

    @Override
    public String toString() {
        return "CodeArtifact " + domain + "/" + repository + " (" + domainOwner + ", " + region + ")";
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A CodeArtifact repository needs a " + name);
        }
    }
}
