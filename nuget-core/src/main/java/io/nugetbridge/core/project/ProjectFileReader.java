package io.nugetbridge.core.project;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.DiagnosticPolicy;
import io.nugetbridge.core.resolve.TargetFrameworkRequest;
import io.nugetbridge.core.xml.XmlElement;
import io.nugetbridge.core.xml.XmlFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an SDK-style project file ({@code .csproj}, {@code .fsproj}, {@code .vbproj}) for restore: its target
 * frameworks, and for each (evaluated as MSBuild's inner build for it, so conditions on
 * {@code $(TargetFramework)} hold) its package references with central package management applied, its
 * AssetTargetFallback, the warning policy and the lock file settings. See {@link ProjectEvaluation} for what of
 * MSBuild is evaluated.
 */
public final class ProjectFileReader {

    private ProjectFileReader() {}

    public static ProjectFile read(Path file) {
        Path project = file.toAbsolutePath().normalize();
        XmlElement root = XmlFiles.read(project, "project file");
        ProjectEvaluation outer = ProjectEvaluation.evaluate(project, root, Optional.empty());
        MsBuildProperties properties = outer.properties();
        List<String> aliases = list(properties.find("TargetFrameworks").or(() -> properties.find("TargetFramework")).orElse(""));
        if (aliases.isEmpty()) {
            throw new ProjectFileException(project, root.line(), "NU1001", "the project sets neither TargetFramework nor"
                    + " TargetFrameworks; set one of them, or give the frameworks in the restore goal's configuration");
        }
        List<ProjectFramework> frameworks = new ArrayList<>();
        for (String alias : aliases) {
            NuGetFramework framework = NuGetFramework.parse(alias);
            if (framework.isUnsupported()) {
                throw new ProjectFileException(project, root.line(), null, "the target framework '" + alias
                        + "' is not one NuGet knows (examples: net8.0, net48, netstandard2.0)");
            }
            ProjectEvaluation inner = ProjectEvaluation.evaluate(project, root, Optional.of(alias));
            frameworks.add(new ProjectFramework(alias, framework,
                    CentralVersions.references(inner.items(), inner.properties(), project),
                    assetTargetFallback(framework, inner.properties())));
        }
        return new ProjectFile(project, properties.get("MSBuildProjectName"),
                properties.isTrue("ManagePackageVersionsCentrally"), frameworks, lockFile(project, properties),
                policy(root, properties));
    }

    /** The project's AssetTargetFallback, then the SDK's default for the framework, as the SDK appends it. */
    private static List<NuGetFramework> assetTargetFallback(NuGetFramework framework, MsBuildProperties properties) {
        Set<NuGetFramework> fallback = new LinkedHashSet<>();
        list(properties.get("AssetTargetFallback")).forEach(text -> fallback.add(NuGetFramework.parse(text)));
        if (!properties.isTrue("DisableImplicitAssetTargetFallback")) {
            fallback.addAll(TargetFrameworkRequest.defaultAssetTargetFallback(framework));
        }
        return List.copyOf(fallback);
    }

    private static LockFileSettings lockFile(Path project, MsBuildProperties properties) {
        Path directory = project.getParent();
        Path path = properties.find("NuGetLockFilePath").map(p -> directory.resolve(p.replace('\\', '/')).normalize())
                .orElse(directory.resolve("packages.lock.json"));
        String withLockFile = properties.get("RestorePackagesWithLockFile").trim();
        // NuGet uses a lock file that is already there unless the project says false.
        boolean enabled = withLockFile.equalsIgnoreCase("true") || (!withLockFile.equalsIgnoreCase("false") && Files.isRegularFile(path));
        return new LockFileSettings(enabled, properties.isTrue("RestoreLockedMode"), path);
    }

    /** NoWarn, WarningsAsErrors, TreatWarningsAsErrors; the .NET SDK adds NU1605 to WarningsAsErrors of SDK projects. */
    private static DiagnosticPolicy policy(XmlElement root, MsBuildProperties properties) {
        Set<String> asErrors = new LinkedHashSet<>(list(properties.get("WarningsAsErrors")));
        boolean sdkStyle = root.attribute("Sdk").isPresent() || !root.children("Sdk").isEmpty()
                || root.children("Import").stream().anyMatch(i -> i.attribute("Sdk").isPresent());
        if (sdkStyle) {
            asErrors.add("NU1605");
        }
        return new DiagnosticPolicy(new LinkedHashSet<>(list(properties.get("NoWarn"))), asErrors,
                properties.isTrue("TreatWarningsAsErrors"));
    }

    /** An MSBuild list: {@code ;}-separated (NoWarn also takes commas), blanks dropped, order kept. */
    private static List<String> list(String text) {
        return Arrays.stream(text.split("[;,]")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new), List::copyOf));
    }
}
