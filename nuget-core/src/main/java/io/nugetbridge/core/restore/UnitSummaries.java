package io.nugetbridge.core.restore;

import io.nugetbridge.core.assets.AssetSelector;
import io.nugetbridge.core.assets.PackageContents;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.Collection;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.ResolveResult;
import io.nugetbridge.core.resolve.ResolvedPackage;
import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The summary of a resolved unit, its assets selected from the extracted folders: a PackageReference unit's
 * through {@link RestoreSummary#of}; a packages.config's with each package at its exact version for each of the
 * unit's frameworks, as a packages.config project references the nearest {@code lib/} folder of each package.
 */
final class UnitSummaries {

    private UnitSummaries() {}

    static RestoreSummary of(UnitResolution resolution, ExtractedFiles files, Optional<String> runtime) {
        if (resolution.graph().isPresent()) {
            ReferenceUnit unit = (ReferenceUnit) resolution.unit();
            ResolveResult result = resolution.graph().get();
            return RestoreSummary.of(unit.request(), result, new PackageFiles() {
                @Override
                public Collection<String> of(String id, NuGetVersion version) {
                    return files.of(id + "." + version.toNormalizedString());
                }

                @Override
                public PackageContents contents(String id, NuGetVersion version) {
                    return files.contents(id + "." + version.toNormalizedString(), id);
                }
            }, runtime);
        }
        ExactUnit unit = (ExactUnit) resolution.unit();
        List<PackageDependency> wanted = unit.entries().stream()
                .map(e -> new PackageDependency(e.id(), VersionRange.exactly(e.version()))).toList();
        List<FrameworkSummary> frameworks = new ArrayList<>();
        for (NuGetFramework framework : unit.frameworks()) {
            List<PackageSummary> packages = new ArrayList<>();
            for (Map.Entry<String, PackageToInstall> extract : resolution.extracts().entrySet()) {
                PackageToInstall p = extract.getValue();
                ResolvedPackage resolved = new ResolvedPackage(p.id(), p.version(), p.source(),
                        Optional.of(VersionRange.exactly(p.version())), List.of(), false);
                // packages.config has no AssetTargetFallback and no NU1202 at restore (NuGet checks at install).
                PackageContents contents = PackageContents.of(p.id(), files.of(extract.getKey()));
                packages.add(new PackageSummary(resolved, AssetSelector.select(contents, framework, List.of(), runtime),
                        extract.getKey()));
            }
            frameworks.add(new FrameworkSummary(framework, wanted, packages, List.of()));
        }
        return new RestoreSummary(unit.name(), resolution.succeeded(), frameworks, resolution.diagnostics());
    }
}
