package io.nugetbridge.core.project;

import io.nugetbridge.core.resolve.DiagnosticPolicy;
import io.nugetbridge.core.resolve.ResolveRequest;
import java.nio.file.Path;
import java.util.List;

/**
 * What restore reads from an SDK-style project file ({@code .csproj}, {@code .fsproj}, {@code .vbproj}).
 *
 * @param file                     the project file
 * @param name                     its name ({@code MSBuildProjectName}: the file name without extension)
 * @param centralPackageManagement whether ManagePackageVersionsCentrally is on
 * @param frameworks               the target frameworks in the order written
 * @param lockFile                 the lock file settings
 * @param policy                   NoWarn, WarningsAsErrors and TreatWarningsAsErrors, with NU1605 as an error
 *                                 as the .NET SDK makes it for SDK-style projects
 */
public record ProjectFile(Path file, String name, boolean centralPackageManagement, List<ProjectFramework> frameworks,
        LockFileSettings lockFile, DiagnosticPolicy policy) {

    public ProjectFile {
        frameworks = List.copyOf(frameworks);
    }

    /** The request the resolver takes: every framework, the lock-file flag and the warning policy. */
    public ResolveRequest toResolveRequest() {
        return new ResolveRequest(name, frameworks.stream().map(ProjectFramework::toRequest).toList(), lockFile.enabled(), policy);
    }
}
