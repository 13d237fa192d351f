package io.nugetbridge.core.log;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A log for tests that keeps the warnings, in order, for assertions. */
public final class RecordingLog implements NuGetLog {

    /** The warnings so far. */
    public final List<String> warnings = new ArrayList<>();

    @Override
    public void debug(Supplier<String> message) {}

    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {
        warnings.add(message);
    }
}
