package io.nugetbridge.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Where {@code nuget:pack} finds the nuspec: the {@code nuspec} parameter when set (it must exist),
 * else the one {@code .nuspec} in {@code src/main/nuget/}; with none there, the nuspec is made from
 * the POM. Several there is a mistake the user must resolve by naming one.
 */
final class NuspecLocation {

    static final String DEFAULT_FOLDER = "src/main/nuget";

    private NuspecLocation() {}

    static Optional<Path> find(File configured, File basedir) throws MojoFailureException {
        if (configured != null) {
            if (!configured.isFile()) {
                throw new MojoFailureException("The nuspec " + configured + " (parameter nuspec, property nuget.nuspec)"
                        + " does not exist");
            }
            return Optional.of(configured.toPath());
        }
        Path folder = basedir.toPath().resolve(DEFAULT_FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Path> nuspecs;
        try (Stream<Path> list = Files.list(folder)) {
            nuspecs = list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".nuspec"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new MojoFailureException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (nuspecs.size() > 1) {
            throw new MojoFailureException(folder + " has " + nuspecs.size() + " nuspecs " + nuspecs.stream()
                    .map(p -> p.getFileName().toString()).toList() + "; name the one to pack with the nuspec parameter"
                    + " (property nuget.nuspec)");
        }
        return nuspecs.stream().findFirst();
    }
}
