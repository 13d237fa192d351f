package io.nugetbridge.core.restore;

import io.nugetbridge.core.cache.InstalledPackage;
import io.nugetbridge.core.lockfile.LockTarget;
import io.nugetbridge.core.lockfile.LockedPackage;
import io.nugetbridge.core.lockfile.PackagesLockFile;
import io.nugetbridge.core.resolve.Codes;
import io.nugetbridge.core.resolve.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * NuGet's NU1403: with a lock file that pinned the restore, each package it records a {@code contentHash} for
 * must be, in the global packages folder, the very package the lock file was written from. A package that
 * changed under the same id and version (republished on a feed, a mirror that differs, a tampered cache) fails
 * the unit before anything of it is extracted.
 */
final class ContentHashCheck {

    private ContentHashCheck() {}

    /** One error per package whose installed content hash differs from the lock file's. */
    static List<Diagnostic> mismatches(PackagesLockFile lockFile, Map<String, InstalledPackage> installed) {
        List<Diagnostic> errors = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        for (LockTarget target : lockFile.targets()) {
            for (LockedPackage locked : target.packages()) {
                if (locked.resolved().isEmpty() || locked.contentHash().isEmpty()) {
                    continue; // projects, and entries written without a hash, have nothing to check
                }
                String key = PackageToInstall.key(locked.id(), locked.resolved().get());
                InstalledPackage present = installed.get(key);
                if (present != null && checked.add(key) && !present.contentHash().equals(locked.contentHash().get())) {
                    errors.add(mismatch(locked, present));
                }
            }
        }
        return errors;
    }

    private static Diagnostic mismatch(LockedPackage locked, InstalledPackage present) {
        String name = locked.id() + "." + locked.resolved().get().toNormalizedString();
        String source = present.source().map(s -> " (from " + s + ")").orElse("");
        return new Diagnostic(Codes.NU1403, Diagnostic.Level.ERROR, "Package content hash validation failed for " + name
                + ". The package is different than the last restore.\n  The lock file has contentHash "
                + locked.contentHash().get() + "; " + present.folder() + source + " has " + present.contentHash()
                + ". If the lock file is right, delete that folder and restore again to get the package it recorded;"
                + " if the package was changed on purpose, delete packages.lock.json (or its entry) and restore without"
                + " locked mode to record the new one.", Optional.of(locked.id()), List.of());
    }
}
