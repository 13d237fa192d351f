package io.nugetbridge.core.http;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations as people read them in messages: "2 s", "1.5 s", "250 ms". */
final class Durations {

    private Durations() {}

    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }
}
