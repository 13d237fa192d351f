package io.nugetbridge.core.publish;

import io.nugetbridge.core.feed.LocalFolderFeed;
import io.nugetbridge.core.packaging.PackageHash;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Pushes to a folder source as NuGet does (section 8 of nuget-reference.md): a folder in the flat layout
 * gets {@code <Id>.<Version>.nupkg} copied into it (replacing an older copy, as {@code nuget push} does);
 * any other folder gets the hierarchical layout of {@code nuget add} ({@code <lowerid>/<lowerversion>/} with
 * the package, its {@code .sha512} and its nuspec), where a version already there is an error unless
 * skip-duplicate is on. Everything is written under a temporary name and moved into place whole.
 */
public final class FolderPackagePublisher implements PackagePublisher {

    private final Path root;

    public FolderPackagePublisher(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String source() {
        return root.toString();
    }

    @Override
    public PushResult push(Path nupkg, PushOptions options) {
        PackageFile file = PackageFile.read(nupkg);
        try {
            Files.createDirectories(root);
            return new LocalFolderFeed(root).layout() == LocalFolderFeed.Layout.FLAT ? pushFlat(file, options)
                    : pushHierarchical(file, options);
        } catch (IOException e) {
            throw new PushException("Could not push " + file + " into the folder " + root + ": " + e.getMessage()
                    + ". Check that the folder is writable.", e);
        }
    }

    private PushResult pushFlat(PackageFile file, PushOptions options) throws IOException {
        Path target = root.resolve(file.id() + "." + file.versionText() + ".nupkg");
        if (Files.exists(target) && options.skipDuplicate()) {
            return result(file, PushResult.Outcome.ALREADY_EXISTS, target);
        }
        Path temporary = Files.createTempFile(root, "." + target.getFileName(), ".part");
        try {
            Files.copy(file.path(), temporary, StandardCopyOption.REPLACE_EXISTING);
            move(temporary, target, true);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return result(file, PushResult.Outcome.PUSHED, target);
    }

    private PushResult pushHierarchical(PackageFile file, PushOptions options) throws IOException {
        String lowerId = file.id().toLowerCase(Locale.ROOT);
        String lowerVersion = file.version().toPathString();
        Path idFolder = root.resolve(lowerId);
        Path target = idFolder.resolve(lowerVersion);
        if (Files.exists(target)) {
            return duplicate(file, target, options);
        }
        Files.createDirectories(idFolder);
        Path staging = Files.createTempDirectory(idFolder, "." + lowerVersion + "-");
        try {
            Path nupkg = staging.resolve(lowerId + "." + lowerVersion + ".nupkg");
            Files.copy(file.path(), nupkg);
            try (PackageReader reader = PackageReader.open(nupkg); InputStream nuspec = reader.openNuspec()) {
                Files.copy(nuspec, staging.resolve(lowerId + ".nuspec"));
            }
            // Last, as nuget add does: a folder with all three files is a package.
            Files.writeString(staging.resolve(lowerId + "." + lowerVersion + ".nupkg.sha512"),
                    PackageHash.sha512Base64(nupkg), StandardCharsets.UTF_8);
            try {
                move(staging, target, false);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                return duplicate(file, target, options); // another push got there first
            }
        } finally {
            deleteTree(staging);
        }
        return result(file, PushResult.Outcome.PUSHED, target);
    }

    private PushResult duplicate(PackageFile file, Path target, PushOptions options) {
        if (options.skipDuplicate()) {
            return result(file, PushResult.Outcome.ALREADY_EXISTS, target);
        }
        throw new PushException(file + " is already in the folder source " + root + " (" + target + "). Give the"
                + " package a new version, or set nuget.skipDuplicate=true to skip versions that are already there.");
    }

    @Override
    public boolean delete(String id, NuGetVersion version) {
        try {
            Path hierarchical = root.resolve(id.toLowerCase(Locale.ROOT)).resolve(version.toPathString());
            if (Files.isDirectory(hierarchical)) {
                deleteTree(hierarchical);
                return true;
            }
            Optional<Path> flat = flatCopy(id, version);
            if (flat.isPresent()) {
                Files.delete(flat.get());
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new PushException("Could not delete " + id + " " + version + " from the folder " + root + ": "
                    + e.getMessage(), e);
        }
    }

    private Optional<Path> flatCopy(String id, NuGetVersion version) throws IOException {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".nupkg"))
                    .filter(p -> {
                        PackageFile candidate = PackageFile.read(p);
                        return candidate.id().equalsIgnoreCase(id) && candidate.version().equals(version);
                    })
                    .findFirst();
        }
    }

    private static PushResult result(PackageFile file, PushResult.Outcome outcome, Path target) {
        return new PushResult(file, outcome, target.toString(), 0, Optional.empty());
    }

    private static void move(Path from, Path to, boolean replace) throws IOException {
        try {
            if (replace) {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
