package io.nugetbridge.core.publish;

import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A package about to be pushed: its file, its id and version as its nuspec says, and its symbols package
 * beside it, if any ({@code X.snupkg} next to {@code X.nupkg}, as {@code nuget push} looks for it).
 */
public record PackageFile(Path path, String id, NuGetVersion version, long size) {

    /**
     * Reads the id and version of a .nupkg (or .snupkg), so that every message can name them.
     *
     * @throws PushException when the file is missing or not a package
     */
    public static PackageFile read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new PushException("There is no package at " + path + "; check the path (nuget.package) or run"
                    + " nuget:pack first.");
        }
        try (PackageReader reader = PackageReader.open(path)) {
            NuspecMetadata metadata = reader.nuspec().metadata();
            return new PackageFile(path, metadata.id(), metadata.version(), Files.size(path));
        } catch (IOException | RuntimeException e) {
            throw new PushException(path + " is not a NuGet package that can be pushed: " + e.getMessage(), e);
        }
    }

    /** The normalized version, as feeds and messages write it. */
    public String versionText() {
        return version.toNormalizedString();
    }

    /** The symbols package beside this one ({@code X.snupkg}), when there is one. */
    public Optional<Path> symbolsBeside() {
        String name = path.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".nupkg")) {
            return Optional.empty();
        }
        Path symbols = path.resolveSibling(name.substring(0, name.length() - ".nupkg".length()) + ".snupkg");
        return Files.isRegularFile(symbols) ? Optional.of(symbols) : Optional.empty();
    }

    /** Whether this is a symbols package ({@code .snupkg}), which goes to the symbol endpoint. */
    public boolean isSymbols() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".snupkg");
    }

    @Override
    public String toString() {
        return id + " " + versionText();
    }
}
