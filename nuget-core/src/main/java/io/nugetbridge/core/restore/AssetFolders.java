package io.nugetbridge.core.restore;

import io.nugetbridge.core.cache.AtomicFiles;
import io.nugetbridge.core.assets.SelectedAssets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Gathers the selected assets of every package per target framework, so a later build step uses them without
 * knowing NuGet's folder conventions: {@code <tfm>/compile/}, {@code <tfm>/runtime/} and {@code <tfm>/native/},
 * each file under its own name. Each framework's folder is built anew under a staging name and then put in place
 * of the old one, so it never mixes two restores; its {@code .assets} file lists what it was built from, and a
 * folder whose list would not change is kept as it is (the package folders it copies are never rewritten). Two different files that would land on one name (two versions of
 * a package across units, or two packages shipping the same assembly) are an error naming both.
 */
final class AssetFolders {

    private record Placed(Path file, String from) {}

    /** What a framework folder was built from; the same list on the next run means the folder is left as it is. */
    static final String MANIFEST = ".assets";

    private final Path root;
    private final Executor executor;

    /** @param executor where the files are copied */
    AssetFolders(Path root, Executor executor) {
        this.root = root;
        this.executor = executor;
    }

    /** Writes the folders of every framework the summaries have; returns them by short folder name. */
    Map<String, Path> gather(List<RestoreSummary> summaries, ExtractedFiles files) {
        Map<String, Map<String, Placed>> byFramework = new LinkedHashMap<>();
        for (RestoreSummary summary : summaries) {
            for (FrameworkSummary framework : summary.frameworks()) {
                Map<String, Placed> placed = byFramework.computeIfAbsent(framework.framework().shortFolderName(),
                        k -> new LinkedHashMap<>());
                for (PackageSummary item : framework.packages()) {
                    place(placed, item, files.folder(item.folder()), summary.project());
                }
            }
        }
        // One framework after the other on this thread, each one's files copied in parallel (never waiting on the
        // executor from inside it, so any number of frameworks works with any number of threads).
        Map<String, Path> written = new LinkedHashMap<>();
        byFramework.forEach((tfm, placed) -> written.put(tfm, write(tfm, placed)));
        return written;
    }

    private static void place(Map<String, Placed> placed, PackageSummary item, Path folder, String unit) {
        if (folder == null) {
            return;
        }
        SelectedAssets assets = item.assets();
        String from = item.resolved() + " (" + unit + ")";
        add(placed, "compile", assets.compile(), folder, from);
        add(placed, "runtime", assets.runtime(), folder, from);
        add(placed, "native", assets.nativeAssets(), folder, from);
    }

    private static void add(Map<String, Placed> placed, String kind, List<String> paths, Path folder, String from) {
        for (String path : paths) {
            Path file = folder.resolve(path);
            String target = kind + "/" + file.getFileName();
            Placed before = placed.putIfAbsent(target, new Placed(file, from));
            if (before != null && !before.file().equals(file) && !sameContent(before.file(), file)) {
                throw new RestoreException("Two different files would be " + target + ": " + path + " of " + from
                        + " and the one of " + before.from() + ". Use one version of the package in every project of"
                        + " this module, or restore them in separate modules.");
            }
        }
    }

    private Path write(String tfm, Map<String, Placed> placed) {
        Path target = root.resolve(tfm);
        String manifest = manifest(placed);
        if (manifest.equals(readManifest(target))) {
            return target; // the same files from the same (never rewritten) package folders: nothing to copy
        }
        Path staging = root.resolve("." + tfm + "~" + UUID.randomUUID());
        Path old = root.resolve("." + tfm + "~old~" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            for (String folder : placed.keySet().stream().map(name -> name.substring(0, name.indexOf('/'))).distinct().toList()) {
                Files.createDirectories(staging.resolve(folder));
            }
            copyAll(placed, staging);
            Files.writeString(staging.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + tfm + " assets to " + target + ": " + e.getMessage(), e);
        } finally {
            AtomicFiles.deleteQuietly(staging);
            if (Files.exists(target)) {
                AtomicFiles.deleteQuietly(old); // else the old folder is kept under its working name, not lost
            }
        }
    }

    /** Copies every placed file into the staging folder, in parallel: a framework folder holds hundreds of files. */
    private void copyAll(Map<String, Placed> placed, Path staging) {
        List<CompletableFuture<Void>> copies = new ArrayList<>();
        placed.forEach((name, from) -> copies.add(CompletableFuture.runAsync(() -> {
            try {
                Files.copy(from.file(), staging.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy " + from.file() + " to " + staging.resolve(name) + ": "
                        + e.getMessage(), e);
            }
        }, executor)));
        copies.forEach(AssetFolders::joined);
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** One line per file: where it is in the framework folder, and the extracted package file it is a copy of. */
    private static String manifest(Map<String, Placed> placed) {
        StringBuilder text = new StringBuilder();
        placed.forEach((target, from) -> text.append(target).append(" <- ").append(from.file()).append('\n'));
        return text.toString();
    }

    private static String readManifest(Path target) {
        Path file = target.resolve(MANIFEST);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean sameContent(Path a, Path b) {
        try {
            return Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compare " + a + " with " + b + ": " + e.getMessage(), e);
        }
    }
}
