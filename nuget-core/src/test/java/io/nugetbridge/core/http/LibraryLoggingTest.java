package io.nugetbridge.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which property names turn HttpClient's header and wire loggers down: the ones the running logging provider reads
 * (the secret-free -X logs themselves are checked by the ITs under Maven 3.9 and Maven 4).
 */
class LibraryLoggingTest {

    @Test
    void maven4sProviderReadsMavenLoggerNamesAndEveryOtherTheSimpleLoggers() {
        assertThat(LibraryLogging.levelPropertyPrefix("org.apache.maven.slf4j.MavenLoggerFactory")).isEqualTo("maven.logger.log.");
        assertThat(LibraryLogging.levelPropertyPrefix("org.slf4j.impl.MavenSimpleLoggerFactory"))
                .isEqualTo("org.slf4j.simpleLogger.log.");
        assertThat(LibraryLogging.levelPropertyPrefix("org.slf4j.helpers.NOPLoggerFactory")).isEqualTo("org.slf4j.simpleLogger.log.");
    }
}
