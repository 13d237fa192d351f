package io.nugetbridge.core.log;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** A log for tests: the warnings in order, and every line at any level (debug included), for assertions. */
public final class RecordingLog implements NuGetLog {

    /** The warnings so far. */
    public final List<String> warnings = new CopyOnWriteArrayList<>();
    /** Every line so far, whatever its level. */
    public final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void debug(Supplier<String> message) {
        lines.add(message.get());
    }

    @Override
    public void info(String message) {
        lines.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
        lines.add(message);
    }
}
