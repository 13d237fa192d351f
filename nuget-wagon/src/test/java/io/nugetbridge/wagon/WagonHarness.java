package io.nugetbridge.wagon;

import io.nugetbridge.core.cloud.CodeArtifactTokenSource;
import io.nugetbridge.core.log.NuGetLog;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.maven.wagon.authentication.AuthenticationInfo;
import org.apache.maven.wagon.repository.Repository;

/**
 * Wagons as Maven makes them: one per lookup over one shared {@link WagonServices}, knobs set on fields by
 * name (as Resolver's configurator does), connected to a repository with optional credentials. The global
 * packages folder is a test folder, and neither the environment nor the home of the developer is read.
 */
final class WagonHarness {

    final Path root;
    final Path packages;
    final List<String> log = new ArrayList<>();
    final WagonServices services;

    WagonHarness(Path root) {
        this.root = root;
        this.packages = root.resolve("nuget-packages");
        CodeArtifactTokenSource noAws = repository -> {
            throw new AssertionError("no AWS in these tests");
        };
        this.services = new WagonServices(Map.of(), directory("home"), directory("work"), recordingLog(), endpoint -> noAws);
    }

    NuGetWagon connect(String repositoryId, String url, Map<String, Object> knobs, AuthenticationInfo authentication) {
        NuGetWagon wagon = new NuGetWagon(services);
        set(wagon, "globalPackagesFolder", packages.toString());
        knobs.forEach((name, value) -> set(wagon, name, value));
        try {
            wagon.connect(new Repository(repositoryId, url), authentication);
        } catch (Exception e) {
            throw new AssertionError("connect failed", e);
        }
        return wagon;
    }

    NuGetWagon connect(String repositoryId, String url) {
        return connect(repositoryId, url, Map.of(), null);
    }

    File file(String name) {
        return root.resolve("downloads").resolve(name).toFile();
    }

    static AuthenticationInfo user(String name, String password) {
        AuthenticationInfo info = new AuthenticationInfo();
        info.setUserName(name);
        info.setPassword(password);
        return info;
    }

    private NuGetLog recordingLog() {
        return new NuGetLog() {
            @Override
            public void debug(Supplier<String> message) {
                log.add("DEBUG " + message.get());
            }

            @Override
            public void info(String message) {
                log.add("INFO " + message);
            }

            @Override
            public void warn(String message) {
                log.add("WARN " + message);
            }
        };
    }

    private Path directory(String name) {
        try {
            return Files.createDirectories(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(NuGetWagon wagon, String name, Object value) {
        try {
            Field field = NuGetWagon.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(wagon, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("NuGetWagon has no knob " + name, e);
        }
    }
}
