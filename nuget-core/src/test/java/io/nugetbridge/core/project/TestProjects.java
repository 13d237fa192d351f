package io.nugetbridge.core.project;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test projects under src/test/resources/projects. */
final class TestProjects {

    private TestProjects() {}

    static Path path(String relative) {
        try {
            return Path.of(TestProjects.class.getResource("/projects/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("No test resource projects/" + relative, e);
        }
    }
}
