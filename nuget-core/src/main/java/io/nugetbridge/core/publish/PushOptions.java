package io.nugetbridge.core.publish;

import java.time.Duration;
import java.util.Objects;

/**
 * How to push.
 *
 * @param skipDuplicate report a version the feed already has (409) and go on, instead of failing
 * @param symbols       also push the {@code .snupkg} beside a package, where the feed takes symbols
 * @param timeout       the limit on one push attempt, upload included (NuGet's {@code -Timeout}, 300 s)
 * @param progress      told as the upload goes out
 */
public record PushOptions(boolean skipDuplicate, boolean symbols, Duration timeout, PushProgress progress) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

    public PushOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(progress, "progress");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("The push timeout must be positive, not " + timeout);
        }
    }

    public static PushOptions defaults() {
        return new PushOptions(false, true, DEFAULT_TIMEOUT, PushProgress.NONE);
    }

    public PushOptions withSkipDuplicate(boolean value) {
        return new PushOptions(value, symbols, timeout, progress);
    }

    public PushOptions withSymbols(boolean value) {
        return new PushOptions(skipDuplicate, value, timeout, progress);
    }

    public PushOptions withTimeout(Duration value) {
        return new PushOptions(skipDuplicate, symbols, value, progress);
    }

    public PushOptions withProgress(PushProgress value) {
        return new PushOptions(skipDuplicate, symbols, timeout, value);
    }
}
