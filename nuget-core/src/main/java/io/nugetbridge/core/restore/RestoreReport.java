package io.nugetbridge.core.restore;

import io.nugetbridge.core.config.PackageSource;
import io.nugetbridge.core.resolve.Diagnostic;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a restore run did, for the build log and for failing the build.
 *
 * @param units          each unit's outcome, in the order given
 * @param assetFolders   short framework name to its gathered assets folder ({@code <output>/<tfm>})
 * @param packages       how many package versions the global packages folder had to hold
 * @param downloaded     how many of them this run downloaded (0 for a warm restore)
 * @param leftOutOffline the HTTP sources not asked because the run was offline
 * @param upToDate       nothing changed since the last restore, which this one only reports (NuGet's no-op restore)
 */
public record RestoreReport(List<UnitOutcome> units, Map<String, Path> assetFolders, int packages, int downloaded,
        List<PackageSource> leftOutOffline, boolean upToDate) {

    public RestoreReport {
        units = List.copyOf(units);
        assetFolders = Collections.unmodifiableMap(new LinkedHashMap<>(assetFolders)); // in the units' framework order
        leftOutOffline = List.copyOf(leftOutOffline);
    }

    public boolean succeeded() {
        return units.stream().allMatch(UnitOutcome::succeeded);
    }

    /** Every error, each prefixed with its unit's name. */
    public List<String> errors() {
        return units.stream().flatMap(u -> u.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> u.name() + ": " + d)).toList();
    }
}
