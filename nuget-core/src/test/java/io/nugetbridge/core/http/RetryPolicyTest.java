package io.nugetbridge.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    /** Sun, 06 Nov 1994 08:49:00 GMT: 37 s before the date in RFC 9110's examples. */
    private static final Instant NOW = Instant.parse("1994-11-06T08:49:00Z");

    private final RetryPolicy policy = new RetryPolicy(
            HttpSettings.defaults().withRetries(3, Duration.ofMillis(100), Duration.ofSeconds(10)));

    @Test
    void retryAfterInSeconds() {
        assertThat(RetryPolicy.parseRetryAfter("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryPolicy.parseRetryAfter(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994"})
    void retryAfterAsAnyOfTheThreeHttpDateForms(String date) {
        assertThat(RetryPolicy.parseRetryAfter(date, NOW)).contains(Duration.ofSeconds(37));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryPolicy.parseRetryAfter("Sat, 05 Nov 1994 08:49:37 GMT", NOW)).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "-5", "1.5", "99999999999", "Sun, 32 Nov 1994 08:49:37 GMT"})
    void anythingElseIsIgnored(String value) {
        assertThat(RetryPolicy.parseRetryAfter(value, NOW)).isEmpty();
    }

    @Test
    void theServersWordIsTakenUpToTheCap() {
        assertThat(policy.delay(1, Optional.of("3"), NOW)).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.delay(1, Optional.of("3600"), NOW)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delay(1, Optional.of("Mon, 07 Nov 1994 08:49:37 GMT"), NOW))
                .isEqualTo(Duration.ofSeconds(10));
    }

    @RepeatedTest(20)
    void backoffDoublesWithJitterInTheUpperHalf() {
        assertThat(policy.delay(1, Optional.empty(), NOW)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(policy.delay(2, Optional.of("garbage"), NOW))
                .isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(policy.delay(3, Optional.empty(), NOW)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(policy.delay(40, Optional.empty(), NOW)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void attemptsCountTheFirstTry() {
        assertThat(policy.hasAttemptLeft(1)).isTrue();
        assertThat(policy.hasAttemptLeft(2)).isTrue();
        assertThat(policy.hasAttemptLeft(3)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504, 599})
    void transientStatuses(int status) {
        assertThat(RetryPolicy.isRetryableStatus(status)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 301, 400, 401, 403, 404, 409, 410, 413})
    void finalStatuses(int status) {
        assertThat(RetryPolicy.isRetryableStatus(status)).isFalse();
    }
}
