package io.nugetbridge.core.http;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * Enforces the timeouts of one attempt by cancelling its request, which closes the connection and so
 * wakes a blocked read or write. Until the response head arrives, the attempt may go silent (no byte
 * sent or received) for at most the response timeout and may last at most the request timeout; while
 * the body streams, only silence counts, up to the stall timeout, so a large download that keeps moving
 * is never cut. Apache's own socket timeout cannot tell these phases apart, hence this class.
 */
final class Watchdog implements AutoCloseable {

    private enum Phase { AWAITING_RESPONSE, READING_BODY, DONE }

    private final ScheduledExecutorService scheduler;
    private final Cancellable request;
    private final HttpSettings settings;
    private final long startNanos = System.nanoTime();
    private volatile long lastProgressNanos = startNanos;
    private Phase phase = Phase.AWAITING_RESPONSE;
    private String expiry;
    private boolean ranOutOfTime;
    private ScheduledFuture<?> nextCheck;

    private Watchdog(ScheduledExecutorService scheduler, Cancellable request, HttpSettings settings) {
        this.scheduler = scheduler;
        this.request = request;
        this.settings = settings;
    }

    static Watchdog start(ScheduledExecutorService scheduler, Cancellable request, HttpSettings settings) {
        Watchdog watchdog = new Watchdog(scheduler, request, settings);
        watchdog.check();
        return watchdog;
    }

    /** Bytes moved: the silence clock starts again. Called for every read and write, so kept cheap. */
    void progress() {
        lastProgressNanos = System.nanoTime();
    }

    /** The response head arrived: from now on only the stall timeout applies. */
    synchronized void bodyStarted() {
        if (phase == Phase.AWAITING_RESPONSE) {
            phase = Phase.READING_BODY;
            progress();
            // The pending check was timed for the response limits; the stall timeout may be due sooner.
            if (nextCheck != null) {
                nextCheck.cancel(false);
            }
            check();
        }
    }

    /** Why the attempt was cancelled, if this watchdog cancelled it. */
    synchronized Optional<String> expiry() {
        return Optional.ofNullable(expiry);
    }

    /** Whether the attempt used up the whole request timeout, which is not worth spending again. */
    synchronized boolean ranOutOfTime() {
        return ranOutOfTime;
    }

    private synchronized void check() {
        if (phase == Phase.DONE || expiry != null) {
            return;
        }
        long now = System.nanoTime();
        boolean awaiting = phase == Phase.AWAITING_RESPONSE;
        long wholeLeft = awaiting ? startNanos + settings.requestTimeout().toNanos() - now : Long.MAX_VALUE;
        Duration silenceLimit = awaiting ? settings.responseTimeout() : settings.stallTimeout();
        long silenceLeft = lastProgressNanos + silenceLimit.toNanos() - now;
        if (wholeLeft <= 0) {
            ranOutOfTime = true;
            expire("no response within " + Durations.format(settings.requestTimeout()) + " (the request timeout)");
        } else if (silenceLeft <= 0) {
            expire(awaiting
                    ? "the server sent nothing for " + Durations.format(silenceLimit) + " (the response timeout)"
                    : "the body stalled: no data for " + Durations.format(silenceLimit) + " (the stall timeout)");
        } else {
            nextCheck = scheduler.schedule(this::check, Math.min(wholeLeft, silenceLeft), TimeUnit.NANOSECONDS);
        }
    }

    private void expire(String why) {
        expiry = why;
        request.cancel();
    }

    @Override
    public synchronized void close() {
        phase = Phase.DONE;
        if (nextCheck != null) {
            nextCheck.cancel(false);
        }
    }
}
