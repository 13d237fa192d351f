package io.nugetbridge.core.cloud;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A CodeArtifact authorization token and when it expires. {@link #toString()} never shows the token.
 *
 * @param origin where it came from ("CODEARTIFACT_AUTH_TOKEN", "GetAuthorizationToken with the AWS default credential chain")
 */
public record CodeArtifactToken(String value, Instant expiration, String origin) {

    /** Reuse stops this long before the token expires, so a push that starts never carries a dying token. */
    static final Duration SAFETY_MARGIN = Duration.ofMinutes(5);

    public CodeArtifactToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether the token may still be handed out at {@code now}. */
    public boolean usableAt(Instant now) {
        return now.plus(SAFETY_MARGIN).isBefore(expiration);
    }

    @Override
    public String toString() {
        return "CodeArtifact token from " + origin + ", expiring " + expiration;
    }
}
