package io.nugetbridge.core.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a request again, and after how long: 5xx, 408 and 429 answers and I/O failures, with
 * exponential backoff and jitter, or the server's {@code Retry-After} (seconds or an HTTP date), capped.
 */
final class RetryPolicy {

    /** asctime: {@code Sun Nov  6 08:49:37 1994}, always GMT. */
    private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEE MMM ").padNext(2).appendValue(ChronoField.DAY_OF_MONTH)
            .appendPattern(" HH:mm:ss yyyy").toFormatter(Locale.US).withZone(ZoneOffset.UTC);

    private final HttpSettings settings;

    RetryPolicy(HttpSettings settings) {
        this.settings = settings;
    }

    boolean hasAttemptLeft(int attempt) {
        return attempt < settings.maxAttempts();
    }

    static boolean isRetryableStatus(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    /** The wait before attempt {@code attempt + 1}: the server's word if it gave one, else our backoff. */
    Duration delay(int attempt, Optional<String> retryAfter, Instant now) {
        Duration cap = settings.retryMaxDelay();
        Optional<Duration> asked = retryAfter.flatMap(value -> parseRetryAfter(value, now));
        if (asked.isPresent()) {
            return asked.get().compareTo(cap) > 0 ? cap : asked.get();
        }
        long base = settings.retryBaseDelay().toMillis() << Math.min(attempt - 1, 16);
        long capped = Math.min(base, cap.toMillis());
        // Full jitter on the upper half, so parallel builds hitting one feed do not retry in lockstep.
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    /** Seconds, or an HTTP date in any of the three forms RFC 9110 has recipients accept; empty if neither. */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String text = value.trim();
        if (text.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        for (DateTimeFormatter format : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, rfc850(now), ASCTIME)) {
            try {
                Instant at = ZonedDateTime.parse(text, format).toInstant();
                Duration wait = Duration.between(now, at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }


    /**
     * RFC 850: {@code Sunday, 06-Nov-94 08:49:37 GMT}. Its two-digit year is the one within 50 years
     * before or after now, as RFC 9110 asks. English names whatever the default locale.
     */
    private static DateTimeFormatter rfc850(Instant now) {
        int baseYear = now.atZone(ZoneOffset.UTC).getYear() - 49;
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, java.time.LocalDate.of(baseYear, 1, 1))
                .appendPattern(" HH:mm:ss z").toFormatter(Locale.US);
    }
}
