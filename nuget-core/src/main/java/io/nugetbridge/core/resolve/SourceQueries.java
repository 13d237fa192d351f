package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.packaging.PackageIds;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Every question resolution asks a source, each asked once per run and answered in parallel on the
 * resolver's threads: the version list of an id per source, and one version's nuspec per source. A source
 * that fails is remembered with its failure (reported as NU1301) and counts as having nothing.
 */
final class SourceQueries {

    /** What one source said about an id. */
    record SourceVersions(PackageSource source, List<NuGetVersion> versions, boolean failed) {}

    /** A question a source could not answer. */
    record SourceFailure(String sourceName, String packageId, String problem, boolean brokenPackage) {

        SourceFailure(String sourceName, String packageId, String problem) {
            this(sourceName, packageId, problem, false);
        }

        /**
         * NU1301, led by the cause (a 401, a refused certificate, a corrupt package), with NuGet's own sentence
         * below it; a package that is itself broken (a zip slip, an invalid id, an unreadable nuspec) is no failure
         * of the source, so it is not headed "Failed to retrieve" at all.
         */
        Diagnostic toDiagnostic(NuGetFramework framework) {
            String message = brokenPackage
                    ? problem + "\n  (the package was served by the source '" + sourceName + "')"
                    : problem + "\n  Failed to retrieve information about '" + packageId + "' from remote source '"
                            + sourceName + "'.";
            return Diagnostic.error(Codes.NU1301, message, packageId, framework);
        }
    }

    private record VersionsKey(PackageSource source, String id) {}

    private record InfoKey(PackageSource source, String id, NuGetVersion version) {}

    private final Executor executor;
    private final Map<VersionsKey, CompletableFuture<SourceVersions>> versions = new ConcurrentHashMap<>();
    private final Map<InfoKey, CompletableFuture<Optional<PackageInfo>>> infos = new ConcurrentHashMap<>();
    private final Map<String, SourceFailure> failures = new ConcurrentHashMap<>();

    SourceQueries(Executor executor) {
        this.executor = executor;
    }

    /** The source's versions of the id, lowest first; asked at most once per source and id. */
    CompletableFuture<SourceVersions> versions(PackageSource source, String id) {
        return versions.computeIfAbsent(new VersionsKey(source, id.toLowerCase(Locale.ROOT)),
                key -> CompletableFuture.supplyAsync(() -> {
                    try {
                        List<NuGetVersion> found = new ArrayList<>(source.versions(id));
                        found.sort(Comparator.naturalOrder());
                        return new SourceVersions(source, List.copyOf(found), false);
                    } catch (RuntimeException e) {
                        fail(source, id, e);
                        return new SourceVersions(source, List.of(), true);
                    }
                }, executor));
    }

    /** One version's nuspec data from the source; empty (and a failure recorded) when the source cannot give it. */
    CompletableFuture<Optional<PackageInfo>> info(PackageSource source, String id, NuGetVersion version) {
        return infos.computeIfAbsent(new InfoKey(source, id.toLowerCase(Locale.ROOT), version),
                key -> CompletableFuture.supplyAsync(() -> {
                    try {
                        Optional<PackageInfo> info = source.packageInfo(id, version);
                        Optional<String> invalid = info.flatMap(SourceQueries::invalidDependency);
                        if (invalid.isPresent()) {
                            failures.putIfAbsent(source.name() + "\n" + id.toLowerCase(Locale.ROOT),
                                    new SourceFailure(source.name(), id, invalid.get(), true));
                            return Optional.<PackageInfo>empty();
                        }
                        if (info.isEmpty()) {
                            failures.putIfAbsent(source.name() + "\n" + id.toLowerCase(Locale.ROOT), new SourceFailure(
                                    source.name(), id, "it lists " + id + " " + version.toNormalizedString()
                                            + " but does not serve its nuspec"));
                        }
                        return info;
                    } catch (RuntimeException e) {
                        fail(source, id, e);
                        return Optional.<PackageInfo>empty();
                    }
                }, executor));
    }

    /**
     * Why a package's dependencies cannot be followed: one of their ids breaks NuGet's id rule, so it must not
     * become a URL or a folder name (a {@code ../../x} once reached a request path, issue 19).
     */
    private static Optional<String> invalidDependency(PackageInfo info) {
        for (DependencyGroup group : info.dependencyGroups()) {
            for (Dependency dependency : group.dependencies()) {
                Optional<String> problem = PackageIds.problem(dependency.id());
                if (problem.isPresent()) {
                    return Optional.of("The package " + info.id() + " " + info.version().toNormalizedString()
                            + " declares a dependency on '" + dependency.id() + "', which is not a valid package id ("
                            + problem.get() + "); the package is broken: tell its author, or depend on another version");
                }
            }
        }
        return Optional.empty();
    }

    /** The failures so far, ordered by source and id so that reports do not depend on timing. */
    List<SourceFailure> failures() {
        return failures.values().stream()
                .sorted(Comparator.comparing(SourceFailure::sourceName).thenComparing(f -> f.packageId().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private void fail(PackageSource source, String id, RuntimeException e) {
        String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        failures.putIfAbsent(source.name() + "\n" + id.toLowerCase(Locale.ROOT),
                new SourceFailure(source.name(), id, problem, isBrokenPackage(e)));
    }

    /** A package that cannot be used whatever the source does: its zip, nuspec or id is at fault. */
    private static boolean isBrokenPackage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.nugetbridge.core.packaging.PackageException
                    || t instanceof io.nugetbridge.core.spec.NuspecException) {
                return true;
            }
        }
        return false;
    }
}
