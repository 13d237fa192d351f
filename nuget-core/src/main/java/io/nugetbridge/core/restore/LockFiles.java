package io.nugetbridge.core.restore;

import io.nugetbridge.core.cache.InstalledPackage;
import io.nugetbridge.core.lockfile.LockFileBuilder;
import io.nugetbridge.core.lockfile.LockFileWriter;
import io.nugetbridge.core.lockfile.PackagesLockFile;
import io.nugetbridge.core.project.LockFileSettings;
import io.nugetbridge.core.resolve.ResolveResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a unit's packages.lock.json after a successful restore, with the content hashes of the installed
 * packages, as NuGet does: only when it is in use, never in locked mode (the file is then the truth, not the
 * output), and only when its text changes, so an unchanged restore leaves the file and its timestamp alone.
 */
final class LockFiles {

    private LockFiles() {}

    /** The file written, or empty when nothing was (not in use, locked mode, or unchanged). */
    static Optional<Path> write(LockFileSettings settings, ResolveResult result, Map<String, InstalledPackage> installed) {
        if (!settings.enabled() || settings.lockedMode()) {
            return Optional.empty();
        }
        PackagesLockFile lockFile = LockFileBuilder.build(result, (id, version) ->
                Optional.ofNullable(installed.get(PackageToInstall.key(id, version))).map(InstalledPackage::contentHash));
        String text = LockFileWriter.render(lockFile);
        Path path = settings.path();
        try {
            if (Files.isRegularFile(path) && Files.readString(path, StandardCharsets.UTF_8).equals(text)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the lock file " + path + ": " + e.getMessage(), e);
        }
        LockFileWriter.write(lockFile, path);
        return Optional.of(path);
    }
}
