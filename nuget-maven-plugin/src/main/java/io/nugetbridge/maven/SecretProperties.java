package io.nugetbridge.maven;

import java.util.Optional;
import org.apache.maven.execution.MavenSession;

/**
 * Secrets given on the command line ({@code -Dnuget.apiKey=...}), read by the goal rather than bound to a
 * mojo parameter: Maven prints every parameter's value with {@code -X} ("(f) apiKey = ..."), and no
 * parameter type keeps it from doing so. User properties are looked up first, then system properties.
 */
final class SecretProperties {

    static final String API_KEY = "nuget.apiKey";
    static final String PASSWORD = "nuget.password";
    static final String CODEARTIFACT_TOKEN = "nuget.codeArtifact.token";

    private SecretProperties() {}

    static Optional<String> read(MavenSession session, String name) {
        String value = session.getUserProperties().getProperty(name);
        if (value == null) {
            value = session.getSystemProperties().getProperty(name);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
