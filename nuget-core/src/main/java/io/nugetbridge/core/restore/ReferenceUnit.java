package io.nugetbridge.core.restore;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.project.LockFileSettings;
import io.nugetbridge.core.project.ProjectFile;
import io.nugetbridge.core.resolve.DiagnosticPolicy;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.ResolveRequest;
import io.nugetbridge.core.resolve.TargetFrameworkRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Package references resolved by NuGet's PackageReference rules for each target framework.
 *
 * @param name     the unit's name (a project file's name, or the build's)
 * @param request  what to resolve: frameworks, dependencies, warning policy
 * @param lockFile the packages.lock.json settings; locked mode makes a differing graph an error (NU1004)
 */
public record ReferenceUnit(String name, ResolveRequest request, LockFileSettings lockFile) implements RestoreUnit {

    /** A project file as NuGet restores it, with its own lock file settings and warning policy. */
    public static ReferenceUnit of(ProjectFile project) {
        return new ReferenceUnit(project.file().getFileName().toString(), project.toResolveRequest(), project.lockFile());
    }

    /**
     * Packages a build lists itself (not from a project file), for every framework given.
     *
     * @param frameworks the target frameworks as written ({@code net8.0}, {@code netstandard2.0}); each must be one
     *                   NuGet knows
     * @throws RestoreException when there is no framework, or one NuGet does not know
     */
    public static ReferenceUnit of(String name, List<String> frameworks, List<PackageDependency> dependencies,
            DiagnosticPolicy policy, LockFileSettings lockFile) {
        List<TargetFrameworkRequest> targets = new ArrayList<>();
        for (NuGetFramework framework : Frameworks.parse(frameworks)) {
            targets.add(TargetFrameworkRequest.of(framework, dependencies));
        }
        if (targets.isEmpty()) {
            throw new RestoreException("No target framework is given for the packages of " + name + " ("
                    + dependencies.stream().map(PackageDependency::id).toList() + "); NuGet resolves packages for a"
                    + " framework, such as net8.0 or netstandard2.0.");
        }
        return new ReferenceUnit(name, new ResolveRequest(name, targets, lockFile.enabled(), policy), lockFile);
    }

    /** The same unit with locked mode on (and so its lock file in use), as {@code RestoreLockedMode} asks. */
    public ReferenceUnit locked() {
        LockFileSettings settings = new LockFileSettings(true, true, lockFile.path());
        return new ReferenceUnit(name, request.withLockFileEnabled(true), settings);
    }

    /** The same unit with further warning settings added to its own (codes are merged, a true flag wins). */
    public ReferenceUnit withPolicy(DiagnosticPolicy extra) {
        DiagnosticPolicy own = request.policy();
        Set<String> noWarn = new LinkedHashSet<>(own.noWarn());
        noWarn.addAll(extra.noWarn());
        Set<String> asErrors = new LinkedHashSet<>(own.warningsAsErrors());
        asErrors.addAll(extra.warningsAsErrors());
        DiagnosticPolicy merged = new DiagnosticPolicy(noWarn, asErrors,
                own.treatWarningsAsErrors() || extra.treatWarningsAsErrors());
        return new ReferenceUnit(name, request.withPolicy(merged), lockFile);
    }
}
