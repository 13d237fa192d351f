package io.nugetbridge.core.restore;

import io.nugetbridge.core.cache.InstalledPackage;
import io.nugetbridge.core.lockfile.LockedRestore;
import io.nugetbridge.core.lockfile.PackagesLockFile;
import io.nugetbridge.core.project.PackagesConfigEntry;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.resolve.ExactResolution;
import io.nugetbridge.core.resolve.FrameworkGraph;
import io.nugetbridge.core.resolve.LocatedPackage;
import io.nugetbridge.core.resolve.PackageInfo;
import io.nugetbridge.core.resolve.PackageResolver;
import io.nugetbridge.core.resolve.ResolveResult;
import io.nugetbridge.core.resolve.ResolvedPackage;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What resolution said about one unit: its messages, the packages to install into the global packages folder,
 * and those to extract for the build with their folder names. Exactly one of {@code graph} and {@code exact} is
 * present, after the kind of unit.
 *
 * @param unit        the unit
 * @param diagnostics its messages, with NuGet's codes
 * @param installs    what the global packages folder must hold (NuGet also installs versions the walk rejected)
 * @param extracts    folder name ({@code Id.Version}) to package: what the build uses
 * @param graph       a PackageReference unit's resolution
 * @param exact       a packages.config unit's resolution
 * @param pinnedBy    the lock file whose versions the resolution took, when one did: its content hashes are
 *                    checked once the packages are installed ({@link #checkedAgainst})
 */
public record UnitResolution(RestoreUnit unit, List<Diagnostic> diagnostics, List<PackageToInstall> installs,
        Map<String, PackageToInstall> extracts, Optional<ResolveResult> graph, Optional<ExactResolution> exact,
        Optional<PackagesLockFile> pinnedBy) {

    public UnitResolution {
        diagnostics = List.copyOf(diagnostics);
        installs = List.copyOf(installs);
        extracts = Map.copyOf(extracts);
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /**
     * This resolution with NU1403 for each installed package that is not the one its lock file recorded (see
     * {@link ContentHashCheck}); unchanged when no lock file pinned it.
     */
    UnitResolution checkedAgainst(Map<String, InstalledPackage> installed) {
        List<Diagnostic> mismatches = pinnedBy.map(lock -> ContentHashCheck.mismatches(lock, installed)).orElse(List.of());
        if (mismatches.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(mismatches);
        Optional<ResolveResult> failedGraph = graph.map(r -> new ResolveResult(r.projectName(), r.graphs(), all));
        return new UnitResolution(unit, all, installs, extracts, failedGraph, exact, pinnedBy);
    }

    /**
     * This resolution with each packages.config package named as its nuspec spells it, now that it is installed:
     * NuGet extracts a packages.config package to the folder of the identity in its nuspec
     * ({@code PackageExtractor.ExtractPackageAsync}, {@code packageIdentityFromNuspec}), {@code Id.Version} with the
     * version as the nuspec writes it unless it is SemVer 2 ({@code NuGetVersion.ToString}), whatever the spelling
     * in packages.config. A PackageReference unit's packages already carry their nuspec's spelling.
     */
    UnitResolution spelledAsInstalled(Map<String, InstalledPackage> installed) {
        if (exact.isEmpty()) {
            return this;
        }
        Map<String, PackageToInstall> spelled = new LinkedHashMap<>();
        extracts.forEach((folder, wanted) -> {
            InstalledPackage found = installed.get(wanted.key());
            if (found == null) {
                spelled.put(folder, wanted);
                return;
            }
            PackageInfo info = GlobalPackagesSource.infoOf(found, wanted.id(), wanted.version());
            NuGetVersion version = info.version();
            String written = version.isSemVer2() ? version.toNormalizedString() : version.originalString();
            spelled.put(info.id() + "." + written, new PackageToInstall(info.id(), version, wanted.source()));
        });
        return new UnitResolution(unit, diagnostics, installs, spelled, graph, exact, pinnedBy);
    }

    /** Resolves a unit with the run's resolver: by the lock file when it has one in use, as NuGet does. */
    static UnitResolution of(RestoreUnit unit, PackageResolver resolver) {
        if (unit instanceof ReferenceUnit references) {
            return references(references, resolver);
        }
        return exact((ExactUnit) unit, resolver);
    }

    private static UnitResolution references(ReferenceUnit unit, PackageResolver resolver) {
        Optional<LockedRestore.Outcome> locked = unit.lockFile().enabled()
                ? Optional.of(LockedRestore.resolve(resolver, unit.request(), unit.lockFile().path(), unit.lockFile().lockedMode()))
                : Optional.empty();
        ResolveResult result = locked.map(LockedRestore.Outcome::result).orElseGet(() -> resolver.resolve(unit.request()));
        Optional<PackagesLockFile> pinnedBy = locked.filter(LockedRestore.Outcome::pinned).flatMap(LockedRestore.Outcome::existing);
        List<PackageToInstall> installs = result.packagesToInstall().stream().map(UnitResolution::toInstall).toList();
        Map<String, PackageToInstall> extracts = new LinkedHashMap<>();
        for (FrameworkGraph graph : result.graphs()) {
            graph.packages().forEach(p -> extracts.putIfAbsent(p.folderName(), toInstall(p)));
        }
        return new UnitResolution(unit, result.diagnostics(), installs, extracts, Optional.of(result), Optional.empty(),
                pinnedBy);
    }

    private static UnitResolution exact(ExactUnit unit, PackageResolver resolver) {
        ExactResolution result = resolver.resolveExact(unit.entries().stream().map(PackagesConfigEntry::toExactPackage).toList());
        List<PackageToInstall> installs = new ArrayList<>();
        Map<String, PackageToInstall> extracts = new LinkedHashMap<>();
        for (LocatedPackage found : result.found()) {
            PackageToInstall install = new PackageToInstall(found.wanted().id(), found.wanted().version(), found.source());
            installs.add(install);
            unit.entries().stream().filter(e -> e.id().equalsIgnoreCase(found.wanted().id())).findFirst()
                    .ifPresent(entry -> extracts.put(entry.folderName(), install));
        }
        return new UnitResolution(unit, result.diagnostics(), installs, extracts, Optional.empty(), Optional.of(result),
                Optional.empty());
    }

    private static PackageToInstall toInstall(ResolvedPackage resolved) {
        return new PackageToInstall(resolved.id(), resolved.version(), resolved.source());
    }
}
