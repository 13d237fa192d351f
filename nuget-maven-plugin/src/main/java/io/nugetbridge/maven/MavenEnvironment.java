package io.nugetbridge.maven;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;

/**
 * The process environment and home folder as the Maven session carries them: Maven copies every
 * environment variable into the session's system properties as {@code env.NAME}. Reading them there,
 * not from {@code System.getenv()}, lets the mojos hand core exactly what Maven saw, and lets tests
 * set them on the session.
 */
final class MavenEnvironment {

    private MavenEnvironment() {}

    /** The session's {@code env.*} system properties, without the prefix. */
    static Map<String, String> variables(MavenSession session) {
        Properties properties = session.getSystemProperties();
        Map<String, String> variables = new HashMap<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("env."))
                .forEach(k -> variables.put(k.substring(4), properties.getProperty(k)));
        return variables;
    }

    /** The user's home folder: the session's {@code user.home}, else this JVM's. */
    static Path userHome(MavenSession session) {
        return Path.of(session.getSystemProperties().getProperty("user.home", System.getProperty("user.home")));
    }
}
