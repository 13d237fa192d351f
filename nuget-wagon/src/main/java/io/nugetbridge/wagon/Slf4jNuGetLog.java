package io.nugetbridge.wagon;

import io.nugetbridge.core.log.NuGetLog;
import java.util.function.Supplier;
import org.slf4j.Logger;

/** Core's log onto SLF4J, which Maven exports to extensions and prints as its own {@code [INFO]}, {@code [DEBUG]} lines. */
final class Slf4jNuGetLog implements NuGetLog {

    private final Logger logger;

    Slf4jNuGetLog(Logger logger) {
        this.logger = logger;
    }

    @Override
    public void debug(Supplier<String> message) {
        if (logger.isDebugEnabled()) {
            logger.debug(message.get());
        }
    }

    @Override
    public void info(String message) {
        logger.info(message);
    }

    @Override
    public void warn(String message) {
        logger.warn(message);
    }
}
