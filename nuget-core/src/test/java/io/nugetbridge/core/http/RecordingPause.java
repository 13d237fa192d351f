package io.nugetbridge.core.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Notes the waits the client asks for, without waiting, so tests can check them and stay fast. */
final class RecordingPause implements Pause {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void pause(Duration delay) {
        waits.add(delay);
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
