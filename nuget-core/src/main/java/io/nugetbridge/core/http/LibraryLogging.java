package io.nugetbridge.core.http;

import java.util.List;

/**
 * Keeps Apache HttpClient's own debug logs from printing secrets. Its {@code headers} and {@code wire}
 * loggers write every request header (our preemptive {@code Authorization}, the API key) at debug level,
 * and Maven routes library logging to its console, so {@code mvn -X} would show them. Maven's logger is
 * SLF4J's simple logger, which reads per-logger levels from system properties when a logger is created;
 * setting them before the first client is built turns those two loggers down to info. A level the user
 * set explicitly is left alone.
 */
final class LibraryLogging {

    private static final List<String> SECRET_BEARING_LOGGERS = List.of("org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire");

    private LibraryLogging() {}

    static void keepSecretsOutOfLibraryLogs() {
        for (String logger : SECRET_BEARING_LOGGERS) {
            String property = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "info");
            }
        }
    }
}
