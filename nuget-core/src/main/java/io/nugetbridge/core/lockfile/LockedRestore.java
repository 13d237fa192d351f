package io.nugetbridge.core.lockfile;

import io.nugetbridge.core.resolve.Codes;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.resolve.PackageResolver;
import io.nugetbridge.core.resolve.ResolveRequest;
import io.nugetbridge.core.resolve.ResolveResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A restore with packages.lock.json, as NuGet does it: a lock file that still fits the project pins its
 * versions; in locked mode, a lock file that does not fit, is missing or unreadable, or a graph that would
 * differ from it, fails the restore with NU1004 saying what changed. Content hashes are checked once the packages
 * are installed (NU1403, in the restore package), not here; write the new lock file with {@link LockFileBuilder}
 * once they are known.
 */
public final class LockedRestore {

    /**
     * @param result   the resolution, NU1004 first when locked mode refused it
     * @param existing the lock file that was there, when it could be read
     * @param pinned   whether its versions were pinned (it fitted the project)
     */
    public record Outcome(ResolveResult result, Optional<PackagesLockFile> existing, boolean pinned) {}

    private static final String LOCKED_MODE = "The packages lock file is inconsistent with the project dependencies so"
            + " restore can't be run in locked mode. Disable RestoreLockedMode (the restore goal's locked mode) to let"
            + " restore update the lock file, or update the project to match it.";

    private LockedRestore() {}

    public static Outcome resolve(PackageResolver resolver, ResolveRequest request, Path lockFile, boolean lockedMode) {
        List<String> reasons = new ArrayList<>();
        Optional<PackagesLockFile> existing = Optional.empty();
        if (Files.isRegularFile(lockFile)) {
            try {
                existing = Optional.of(LockFileReader.read(lockFile));
            } catch (LockFileException e) {
                reasons.add(e.getMessage());
            }
        } else {
            reasons.add("There is no lock file at " + lockFile + ".");
        }
        existing.ifPresent(lock -> reasons.addAll(LockFileCheck.invalidReasons(lock, request)));
        boolean pinned = existing.isPresent() && reasons.isEmpty();
        ResolveResult result = resolver.resolve(pinned ? LockFileCheck.pinned(request, existing.get()) : request);
        if (lockedMode && pinned && result.succeeded()) {
            reasons.addAll(LockFileCheck.changes(existing.get(), LockFileBuilder.build(result, ContentHashes.NONE)));
        }
        if (lockedMode && !reasons.isEmpty()) {
            Diagnostic refused = new Diagnostic(Codes.NU1004, Diagnostic.Level.ERROR,
                    LOCKED_MODE + "\n  - " + String.join("\n  - ", reasons), Optional.empty(), List.of());
            List<Diagnostic> diagnostics = new ArrayList<>();
            diagnostics.add(refused);
            diagnostics.addAll(result.diagnostics());
            result = new ResolveResult(result.projectName(), result.graphs(), diagnostics);
        }
        return new Outcome(result, existing, pinned);
    }
}
