package io.nugetbridge.core.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a request again, and after how long: 5xx, 408 and 429 answers and I/O failures, with
 * exponential backoff and jitter, or the server's {@code Retry-After} (seconds or an HTTP date), capped.
 */
final class RetryPolicy {

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

    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String text = value.trim();
        if (text.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
