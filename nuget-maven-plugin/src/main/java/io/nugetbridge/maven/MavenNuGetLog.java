package io.nugetbridge.maven;

import io.nugetbridge.core.log.NuGetLog;
import java.util.function.Supplier;
import org.apache.maven.plugin.logging.Log;

/** Core's log on the mojo's: debug detail is built only under {@code -X}. */
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
