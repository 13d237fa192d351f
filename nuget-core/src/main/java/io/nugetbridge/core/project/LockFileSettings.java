package io.nugetbridge.core.project;

import java.nio.file.Path;

/**
 * The project's packages.lock.json settings.
 *
 * @param enabled    {@code RestorePackagesWithLockFile}, or a lock file already present where it would be
 * @param lockedMode {@code RestoreLockedMode}: fail when the graph would differ from the lock file
 * @param path       {@code NuGetLockFilePath}, else {@code packages.lock.json} beside the project
 */
public record LockFileSettings(boolean enabled, boolean lockedMode, Path path) {}
