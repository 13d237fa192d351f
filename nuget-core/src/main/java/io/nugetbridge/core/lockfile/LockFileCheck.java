package io.nugetbridge.core.lockfile;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.ResolveRequest;
import io.nugetbridge.core.resolve.TargetFrameworkRequest;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a lock file with a project and with a fresh graph: whether the project still asks for what the lock
 * file recorded (NuGet's {@code IsLockFileValid}: the same frameworks, the same direct references with the same
 * ranges), and which packages a new graph changes.
 */
public final class LockFileCheck {

    private LockFileCheck() {}

    /** Why the lock file no longer fits the project; empty when it fits and its versions may be pinned. */
    public static List<String> invalidReasons(PackagesLockFile lockFile, ResolveRequest request) {
        List<String> reasons = new ArrayList<>();
        Set<NuGetFramework> locked = lockFile.targets().stream().filter(t -> t.runtimeIdentifier().isEmpty())
                .map(LockTarget::framework).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<NuGetFramework> project = request.frameworks().stream().map(TargetFrameworkRequest::framework)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!locked.equals(project)) {
            reasons.add("The project target frameworks are different than the lock file's target frameworks. Lock file target"
                    + " frameworks: " + names(locked) + ". Project target frameworks " + names(project) + ".");
            return reasons;
        }
        for (TargetFrameworkRequest target : request.frameworks()) {
            LockTarget lockTarget = lockFile.target(target.framework()).orElseThrow();
            String framework = target.framework().shortFolderName();
            for (PackageDependency dependency : target.dependencies()) {
                Optional<LockedPackage> entry = lockTarget.find(dependency.id()).filter(p -> p.type() == LockType.DIRECT);
                if (entry.isEmpty()) {
                    reasons.add("A new package reference was found " + dependency.id() + " for " + framework + ".");
                } else if (!entry.get().requested().map(r -> r.equals(dependency.range())).orElse(false)) {
                    reasons.add("The package reference " + dependency.id() + " version has changed from "
                            + entry.get().requested().map(r -> r.toNormalizedString()).orElse("(none)") + " to "
                            + dependency.range().toNormalizedString() + " for " + framework + ".");
                }
            }
            lockTarget.packages().stream().filter(p -> p.type() == LockType.DIRECT)
                    .filter(p -> target.dependencies().stream().noneMatch(d -> d.id().equalsIgnoreCase(p.id())))
                    .forEach(p -> reasons.add("The package reference " + p.id() + " has been removed for " + framework + "."));
        }
        return reasons;
    }

    /** The request with every framework's locked versions pinned (NuGet walks a valid lock file's versions). */
    public static ResolveRequest pinned(ResolveRequest request, PackagesLockFile lockFile) {
        List<TargetFrameworkRequest> frameworks = request.frameworks().stream().map(target -> {
            Map<String, NuGetVersion> versions = new HashMap<>();
            lockFile.target(target.framework()).ifPresent(t -> t.packages().stream()
                    .filter(p -> p.type() != LockType.PROJECT && p.resolved().isPresent())
                    .forEach(p -> versions.put(p.id(), p.resolved().get())));
            return target.withLockedVersions(versions);
        }).toList();
        return new ResolveRequest(request.projectName(), frameworks, request.lockFileEnabled(), request.policy());
    }

    /**
     * What a fresh graph changes against the lock file, content hashes aside, one line per package:
     * {@code net8.0: Serilog 3.1.1 in the lock file, 3.1.2 now}.
     */
    public static List<String> changes(PackagesLockFile lockFile, PackagesLockFile fresh) {
        List<String> changes = new ArrayList<>();
        for (LockTarget target : fresh.targets()) {
            String framework = target.name();
            Optional<LockTarget> before = lockFile.targets().stream().filter(t -> t.name().equals(framework)
                    || (t.framework().equals(target.framework()) && t.runtimeIdentifier().equals(target.runtimeIdentifier())))
                    .findFirst();
            if (before.isEmpty()) {
                changes.add(framework + ": not in the lock file");
                continue;
            }
            for (LockedPackage now : target.packages()) {
                Optional<LockedPackage> then = before.get().find(now.id());
                if (then.isEmpty()) {
                    changes.add(framework + ": " + now.id() + " " + version(now) + " is new");
                } else if (!then.get().resolved().equals(now.resolved())) {
                    changes.add(framework + ": " + now.id() + " " + version(then.get()) + " in the lock file, " + version(now) + " now");
                } else if (!then.get().withoutContentHash().equals(now.withoutContentHash())) {
                    changes.add(framework + ": " + now.id() + " " + version(now) + " changed (" + then.get().type().json()
                            + " with " + then.get().dependencies().size() + " dependencies in the lock file, " + now.type().json()
                            + " with " + now.dependencies().size() + " now)");
                }
            }
            before.get().packages().stream().filter(p -> target.find(p.id()).isEmpty())
                    .forEach(p -> changes.add(framework + ": " + p.id() + " " + version(p) + " is in the lock file but no longer in the graph"));
        }
        return changes;
    }

    private static String version(LockedPackage locked) {
        return locked.resolved().map(NuGetVersion::toNormalizedString).orElse("(project)");
    }

    private static String names(Set<NuGetFramework> frameworks) {
        return frameworks.stream().map(NuGetFramework::shortFolderName).collect(Collectors.joining(","));
    }
}
