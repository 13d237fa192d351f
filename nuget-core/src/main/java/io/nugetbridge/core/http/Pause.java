package io.nugetbridge.core.http;

import java.time.Duration;

/** Waits before a retry; a seam so tests can see the waits (a server's Retry-After) without spending them. */
@FunctionalInterface
interface Pause {

    Pause SLEEP = delay -> Thread.sleep(delay.toMillis());

    void pause(Duration delay) throws InterruptedException;
}
