package io.nugetbridge.core.restore;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.packaging.PackageHash;
import io.nugetbridge.core.project.PackagesConfigEntry;
import io.nugetbridge.core.resolve.DiagnosticPolicy;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.TargetFrameworkRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a restore's outcome depends on, as one stable text: what NuGet hashes into its dgspec for a no-op
 * restore. The settings (sources with their locations and mapping, the global packages and fallback folders,
 * offline, signature mode) come from {@link RestoreSession}; then the output folder, the runtime, and per unit its
 * frameworks, dependencies and ranges, AssetTargetFallback, lock file settings and the lock file's own hash, the
 * warning policy, or a packages.config's entries. Sets are written sorted, so the text never depends on hashing
 * order. A unit with a floating version has no fingerprint: floats are looked up on every restore.
 */
final class RestoreFingerprint {

    private RestoreFingerprint() {}

    /** The text, or empty when some unit floats (or a range has no lower bound) and so must be resolved each time. */
    static Optional<String> of(String settings, List<RestoreUnit> units, Path output, Optional<String> runtime) {
        StringBuilder text = new StringBuilder("nuget-restore-fingerprint 1\n").append(settings).append('\n')
                .append("output ").append(output).append("\nruntime ").append(runtime.orElse("")).append('\n');
        for (RestoreUnit unit : units) {
            if (unit instanceof ReferenceUnit references) {
                if (!reference(references, text)) {
                    return Optional.empty();
                }
            } else {
                exact((ExactUnit) unit, text);
            }
        }
        return Optional.of(text.toString());
    }

    private static boolean reference(ReferenceUnit unit, StringBuilder text) {
        text.append("unit ").append(unit.name()).append(" project ").append(unit.request().projectName())
                .append(" lock ").append(unit.lockFile().enabled()).append(' ').append(unit.lockFile().lockedMode())
                .append(' ').append(unit.lockFile().path()).append(' ').append(hashOf(unit.lockFile().path())).append('\n');
        policy(unit.request().policy(), text);
        for (TargetFrameworkRequest target : unit.request().frameworks()) {
            text.append("  framework ").append(target.framework().shortFolderName()).append(" fallback");
            target.assetTargetFallback().forEach(f -> text.append(' ').append(f.shortFolderName()));
            text.append(" locked ").append(new TreeMap<>(target.lockedVersions())).append('\n');
            for (PackageDependency dependency : target.dependencies()) {
                if (dependency.range().isFloating() || dependency.range().minVersion().isEmpty()) {
                    return false;
                }
                text.append("    ").append(dependency.id()).append(' ').append(dependency.range().toNormalizedString()).append('\n');
            }
        }
        return true;
    }

    private static void exact(ExactUnit unit, StringBuilder text) {
        text.append("unit ").append(unit.name()).append(" exact");
        unit.frameworks().stream().map(NuGetFramework::shortFolderName).forEach(f -> text.append(' ').append(f));
        text.append('\n');
        for (PackagesConfigEntry entry : unit.entries()) {
            text.append("    ").append(entry.id()).append(' ').append(entry.versionText()).append('\n');
        }
    }

    private static void policy(DiagnosticPolicy policy, StringBuilder text) {
        text.append("  policy ").append(new TreeSet<>(policy.noWarn())).append(' ')
                .append(new TreeSet<>(policy.warningsAsErrors())).append(' ').append(policy.treatWarningsAsErrors()).append('\n');
    }

    private static String hashOf(Path file) {
        return Files.isRegularFile(file) ? PackageHash.sha512Base64(file) : "-";
    }
}
