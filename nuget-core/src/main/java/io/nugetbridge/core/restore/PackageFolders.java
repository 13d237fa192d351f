package io.nugetbridge.core.restore;

import io.nugetbridge.core.cache.AtomicFiles;
import io.nugetbridge.core.cache.InstalledPackage;
import io.nugetbridge.core.packaging.ExtractionLimits;
import io.nugetbridge.core.packaging.PackageEntry;
import io.nugetbridge.core.packaging.PackageReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The {@code packages/} folder of a restore's output, in the layout {@code nuget install -OutputDirectory} and
 * packages.config use: {@code <Id>.<Version>/} with the package's files (OPC parts and the nuspec left out, as
 * NuGet does) and its {@code <Id>.<Version>.nupkg}. Each folder is extracted with the core's safe extraction
 * into a staging name and renamed into place when complete, so a folder that exists is whole and is kept as it is
 * on the next run (a warm restore extracts nothing).
 */
final class PackageFolders {

    private final Path root;
    private final Executor executor;

    PackageFolders(Path root, Executor executor) {
        this.root = root;
        this.executor = executor;
    }

    /** Folder name to the extracted folder, for every folder asked; all extracted in parallel. */
    Map<String, Path> extractAll(Map<String, InstalledPackage> byFolder) {
        Map<String, CompletableFuture<Path>> running = new LinkedHashMap<>();
        byFolder.forEach((folder, installed) -> running.put(folder,
                CompletableFuture.supplyAsync(() -> extract(folder, installed), executor)));
        Map<String, Path> folders = new LinkedHashMap<>();
        running.forEach((folder, future) -> {
            try {
                folders.put(folder, future.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        });
        return folders;
    }

    private Path extract(String folderName, InstalledPackage installed) {
        Path target = root.resolve(folderName).normalize();
        if (!target.getParent().equals(root.normalize()) || folderName.startsWith(".")) {
            throw new RestoreException("The package folder name '" + folderName + "' would leave " + root);
        }
        if (Files.isDirectory(target)) {
            return target;
        }
        Path staging = root.resolve("." + folderName + "~" + UUID.randomUUID());
        try {
            Files.createDirectories(root);
            try (PackageReader reader = PackageReader.open(installed.nupkg())) {
                reader.extractTo(staging, ExtractionLimits.DEFAULT, PackageFolders::isExtracted);
            }
            Files.copy(installed.nupkg(), staging.resolve(folderName + ".nupkg"));
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            if (Files.isDirectory(target)) {
                return target; // another thread or build put it there meanwhile
            }
            throw new UncheckedIOException("Cannot extract " + installed.id() + " " + installed.version() + " to " + target
                    + ": " + e.getMessage(), e);
        } finally {
            AtomicFiles.deleteQuietly(staging);
        }
    }

    /** NuGet's packages.config extraction: the payload, without the OPC parts and the root nuspec. */
    private static boolean isExtracted(PackageEntry entry) {
        return !entry.packagingPart() && !(entry.isAtRoot() && entry.path().toLowerCase(Locale.ROOT).endsWith(".nuspec"));
    }
}
