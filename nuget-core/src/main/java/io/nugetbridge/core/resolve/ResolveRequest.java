package io.nugetbridge.core.resolve;

import java.util.List;

/**
 * What to resolve: a project's PackageReference dependencies per target framework.
 *
 * @param projectName     the project's name (messages say "Install/reference ... directly to project X")
 * @param frameworks      the target frameworks, each resolved on its own, as NuGet does
 * @param lockFileEnabled whether the project uses packages.lock.json (NuGet then skips NU1603 and NU1602)
 * @param policy          the project's NoWarn / WarningsAsErrors
 */
public record ResolveRequest(String projectName, List<TargetFrameworkRequest> frameworks, boolean lockFileEnabled,
        DiagnosticPolicy policy) {

    public ResolveRequest {
        if (projectName == null || projectName.isBlank()) {
            throw new IllegalArgumentException("A restore needs the project's name");
        }
        if (frameworks.isEmpty()) {
            throw new IllegalArgumentException("The project " + projectName + " has no target framework; set"
                    + " TargetFramework or TargetFrameworks in the project file, or the restore goal's frameworks parameter");
        }
        frameworks = List.copyOf(frameworks);
    }

    /** A request without lock file and with NuGet's default warnings. */
    public static ResolveRequest of(String projectName, List<TargetFrameworkRequest> frameworks) {
        return new ResolveRequest(projectName, frameworks, false, DiagnosticPolicy.DEFAULT);
    }

    public ResolveRequest withPolicy(DiagnosticPolicy newPolicy) {
        return new ResolveRequest(projectName, frameworks, lockFileEnabled, newPolicy);
    }

    public ResolveRequest withLockFileEnabled(boolean enabled) {
        return new ResolveRequest(projectName, frameworks, enabled, policy);
    }
}
