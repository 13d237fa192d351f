package io.nugetbridge.maven;

import io.nugetbridge.core.log.NuGetLog;
import java.util.function.Supplier;
import org.apache.maven.plugin.logging.Log;

/** nuget-core's log over a mojo's Maven log, so core's warnings and details show where Maven's do. */
final class MavenNuGetLog implements NuGetLog {

    private final Log log;

    MavenNuGetLog(Log log) {
        this.log = log;
    }

    @Override
    public void debug(Supplier<String> message) {
        if (log.isDebugEnabled()) {
            log.debug(message.get());
        }
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }
}
