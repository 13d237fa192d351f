package io.nugetbridge.interop;

import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.CredentialChain;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.project.LockFileSettings;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.resolve.DiagnosticPolicy;
import io.nugetbridge.core.resolve.FrameworkGraph;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.ResolvedPackage;
import io.nugetbridge.core.resolve.TargetFrameworkRequest;
import io.nugetbridge.core.restore.ReferenceUnit;
import io.nugetbridge.core.restore.RestoreException;
import io.nugetbridge.core.restore.RestoreReport;
import io.nugetbridge.core.restore.RestoreSession;
import io.nugetbridge.core.restore.UnitOutcome;
import io.nugetbridge.core.resolve.ResolveRequest;
import io.nugetbridge.core.frameworks.NuGetFramework;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Our restore (nuget-core's {@link RestoreSession}) of the same projects: a nuget.config with only the given
 * sources, the given global packages folder (through NUGET_PACKAGES, as NuGet reads it), the .NET SDK's
 * NU1605-as-error, each project restored on its own into its own output folder.
 */
final class OurRestore {

    private final Path work;
    private final List<String> sources;
    private final Path globalPackages;
    private final boolean offline;

    OurRestore(Path work, List<String> sources, Path globalPackages, boolean offline) {
        this.work = work;
        this.sources = List.copyOf(sources);
        this.globalPackages = globalPackages;
        this.offline = offline;
    }

    /** One project's outcome: per framework what it resolved and reported, and the report itself. */
    record ProjectOutcome(Map<String, FrameworkOutcome> frameworks, Optional<RestoreReport> report) {}

    ProjectOutcome restore(ProjectSpec project, LockFileSettings lockFile) {
        NuGetConfig config = config();
        try (RestoreSession session = RestoreSession.open(config, List.of(),
                CredentialChain.standard(environment(), config, Optional.empty()), HttpSettings.defaults(), offline,
                work.resolve("home"), NuGetLog.SILENT)) {
            RestoreReport report = session.run(List.of(unit(project, lockFile)),
                    work.resolve("out").resolve(project.name()), Optional.empty());
            return new ProjectOutcome(outcomes(report.units().get(0)), Optional.of(report));
        } catch (RestoreException e) {
            // Compared like a code, so that a refusal of ours shows up in the disagreement with its reason.
            Map<String, FrameworkOutcome> failed = new LinkedHashMap<>();
            for (String framework : project.frameworks().keySet()) {
                String shortName = NuGetFramework.parse(framework).shortFolderName();
                failed.put(shortName, new FrameworkOutcome(shortName, Set.of(), Set.of("threw: " + e.getMessage())));
            }
            return new ProjectOutcome(failed, Optional.empty());
        }
    }

    ProjectOutcome restore(ProjectSpec project) {
        return restore(project, new LockFileSettings(false, false,
                work.resolve("projects").resolve(project.name()).resolve("packages.lock.json")));
    }

    static ReferenceUnit unit(ProjectSpec project, LockFileSettings lockFile) {
        List<TargetFrameworkRequest> targets = new ArrayList<>();
        project.frameworks().forEach((framework, references) -> {
            List<PackageDependency> dependencies = references.stream().map(r -> r.split(" ", 2))
                    .map(r -> PackageDependency.of(r[0], r[1])).toList();
            targets.add(TargetFrameworkRequest.of(NuGetFramework.parse(framework), dependencies));
        });
        DiagnosticPolicy sdk = DiagnosticPolicy.DEFAULT.withDowngradesAsErrors();
        ResolveRequest request = new ResolveRequest(project.name(), targets, lockFile.enabled(), sdk);
        ReferenceUnit unit = new ReferenceUnit(project.name(), request, lockFile);
        return lockFile.lockedMode() ? unit.locked() : unit;
    }

    static Map<String, FrameworkOutcome> outcomes(UnitOutcome unit) {
        Map<String, FrameworkOutcome> outcomes = new LinkedHashMap<>();
        for (FrameworkGraph graph : unit.graphs()) {
            Set<String> packages = new HashSet<>();
            for (ResolvedPackage p : graph.packages()) {
                packages.add(p.id().toLowerCase(Locale.ROOT) + "/" + p.version().toNormalizedString());
            }
            Set<String> codes = new HashSet<>();
            List<Diagnostic> all = new ArrayList<>(graph.diagnostics());
            all.addAll(unit.diagnostics());
            for (Diagnostic d : all) {
                if (d.frameworks().isEmpty() || d.frameworks().contains(graph.framework())) {
                    codes.add(FrameworkOutcome.code(d.code(), d.isError()));
                }
            }
            String name = graph.framework().shortFolderName();
            outcomes.put(name, new FrameworkOutcome(name, packages, codes));
        }
        return outcomes;
    }

    private NuGetConfig config() {
        try {
            Path folder = Files.createDirectories(work.resolve("config"));
            StringBuilder xml = new StringBuilder("<configuration><packageSources><clear/>");
            for (int i = 0; i < sources.size(); i++) {
                xml.append("<add key=\"source").append(i).append("\" value=\"").append(sources.get(i)).append("\" />");
            }
            xml.append("</packageSources></configuration>");
            Files.writeString(folder.resolve("nuget.config"), xml);
            return NuGetConfig.load(ConfigLocations.onlyFile(folder.resolve("nuget.config")), environment());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> environment() {
        return Map.of("NUGET_PACKAGES", globalPackages.toString());
    }
}
