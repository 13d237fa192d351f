package io.nugetbridge.core.log;

import java.util.function.Supplier;

/**
 * Where nuget-core reports what it does. The Maven plugin and the wagon adapt Maven's log to this,
 * so core never depends on a logging framework or on Maven. Messages must never contain a secret.
 */
public interface NuGetLog {

    /** A log that drops everything: for callers that have nowhere to report to. */
    NuGetLog SILENT = new NuGetLog() {
        @Override
        public void debug(Supplier<String> message) {}

        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}
    };

    /** Detail for {@code -X}; built lazily because most runs never show it. */
    void debug(Supplier<String> message);

    void info(String message);

    void warn(String message);
}
