package io.nugetbridge.maven;

import io.nugetbridge.core.config.PackageSource;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.resolve.FrameworkGraph;
import io.nugetbridge.core.resolve.GraphText;
import io.nugetbridge.core.restore.RestoreReport;
import io.nugetbridge.core.restore.UnitOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/**
 * Puts a restore report in the build log: per unit its graph per framework (the whole tree with
 * {@code nuget.verbose}) and its messages with NuGet's codes, then one line with what was restored where and how
 * long the goal took (or, for a no-op restore, that it is up to date, with the last restore's messages); and, for a failed restore, the text of the build failure.
 */
final class RestoreReportLog {

    private final Log log;
    private final boolean verbose;

    RestoreReportLog(Log log, boolean verbose) {
        this.log = log;
        this.verbose = verbose;
    }

    void write(RestoreReport report, Path output, Duration took) {
        for (UnitOutcome unit : report.units()) {
            for (FrameworkGraph graph : unit.graphs()) {
                for (String line : GraphText.render(graph, verbose).split("\n")) {
                    log.info(unit.name() + " " + line);
                }
            }
            // Errors are the failure's own message (failure(...)), which Maven prints: logged here too, every error
            // of a failed restore would show twice.
            for (Diagnostic diagnostic : unit.diagnostics()) {
                if (!diagnostic.isError()) {
                    log.warn(unit.name() + ": " + diagnostic);
                }
            }
            unit.lockFile().ifPresent(file -> log.info(unit.name() + ": wrote " + file));
        }
        if (report.upToDate()) {
            log.info("NuGet restore is up to date: nothing it depends on changed since the last one (" + output
                    + "/.restore.cache), " + report.packages() + " packages, assets for "
                    + String.join(", ", report.assetFolders().keySet()) + " in " + took.toMillis() + " ms");
            return;
        }
        log.info("Restored " + report.packages() + (report.packages() == 1 ? " package" : " packages") + " ("
                + report.downloaded() + " downloaded) for " + report.units().size() + (report.units().size() == 1 ? " input" : " inputs")
                + " into " + output + (report.assetFolders().isEmpty() ? "" : ", assets for "
                        + String.join(", ", report.assetFolders().keySet())) + " in " + took.toMillis() + " ms");
    }

    /** The failure's message: every error, and what offline mode left out. */
    static String failure(RestoreReport report, boolean offline) {
        StringBuilder text = new StringBuilder("NuGet restore failed:\n  ").append(String.join("\n  ", report.errors()));
        if (offline) {
            text.append("\nMaven runs offline (-o), so only the global packages folder, fallback folders and folder sources"
                    + " were read");
            if (!report.leftOutOffline().isEmpty()) {
                text.append(" (not asked: ").append(report.leftOutOffline().stream().map(PackageSource::name)
                        .collect(Collectors.joining(", "))).append(')');
            }
            text.append(". Run once without -o to download the missing packages into the global packages folder.");
        }
        return text.toString();
    }
}
