package io.nugetbridge.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Maven's {@code project.build.outputTimestamp}, read as maven-archiver reads it: an ISO 8601 date-time
 * with offset ({@code 2026-11-22T00:00:00Z}) or seconds since the epoch; absent, empty or a single
 * character (Maven's documented way to switch it off in a module) means "not reproducible", so
 * packages keep the files' own times.
 */
final class OutputTimestamp {

    private OutputTimestamp() {}

    static Optional<Instant> parse(String value) throws MojoFailureException {
        if (value == null || value.strip().length() < 2) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
            }
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MojoFailureException("project.build.outputTimestamp (or nuget.outputTimestamp) is '" + text
                    + "', which is neither an ISO 8601 date-time such as 2026-11-22T00:00:00Z nor seconds since 1970");
        }
    }
}
