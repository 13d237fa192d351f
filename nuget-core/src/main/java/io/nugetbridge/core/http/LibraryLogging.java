package io.nugetbridge.core.http;

import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Keeps libraries' own debug logs from printing secrets. Apache HttpClient's {@code headers} and {@code wire}
 * loggers write every request header (our preemptive {@code Authorization}, the API key) at debug level, and
 * the AWS SDK's signers the canonical request of a CodeArtifact call (with the AWS session token),
 * and Maven routes library logging to its console, so {@code mvn -X} would show them. Maven's logger is
 * SLF4J's simple logger (Maven 3) or Maven's own provider (Maven 4), which read per-logger levels from system
 * properties when a logger is created, under different names; setting the one the running provider reads
 * before the first client is built turns those two loggers down to info (Maven 4 warns about the old names).
 * A level the user set explicitly, under either name, is left alone.
 */
public final class LibraryLogging {

    private static final List<String> SECRET_BEARING_LOGGERS = List.of("org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire",
            // The AWS SDK's SigV4 signers print the canonical request, x-amz-security-token included, at debug.
            "software.amazon.awssdk.auth.signer", "software.amazon.awssdk.http.auth.aws");

    private LibraryLogging() {}

    /** The simple logger's per-logger level properties: Maven 3's provider reads these. */
    static final String SIMPLE_LOGGER_PREFIX = "org.slf4j.simpleLogger.log.";
    /** Maven 4's provider reads these, and warns about the simple logger's names as deprecated. */
    static final String MAVEN_LOGGER_PREFIX = "maven.logger.log.";

    public static void keepSecretsOutOfLibraryLogs() {
        String prefix = levelPropertyPrefix(LoggerFactory.getILoggerFactory().getClass().getName());
        for (String logger : SECRET_BEARING_LOGGERS) {
            if (System.getProperty(SIMPLE_LOGGER_PREFIX + logger) == null && System.getProperty(MAVEN_LOGGER_PREFIX + logger) == null) {
                System.setProperty(prefix + logger, "info");
            }
        }
    }

    /** Which names the logging provider in use reads: Maven 4's ({@code org.apache.maven.slf4j}) or the simple logger's. */
    static String levelPropertyPrefix(String loggerFactoryClass) {
        return loggerFactoryClass.startsWith("org.apache.maven.slf4j.") ? MAVEN_LOGGER_PREFIX : SIMPLE_LOGGER_PREFIX;
    }
}
