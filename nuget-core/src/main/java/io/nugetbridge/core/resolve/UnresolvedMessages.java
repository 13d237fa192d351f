package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.OrdinalIgnoreCase;
import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a dependency could not be resolved, in NuGet's words ({@code UnresolvedMessages}): NU1101 when no
 * source has the id, NU1103 when only prereleases lie in a stable range, NU1102 otherwise with each
 * source's nearest version, NU1100 when package source mapping left no source to ask.
 */
final class UnresolvedMessages {

    private UnresolvedMessages() {}

    static Diagnostic message(UnresolvedDependency unresolved, NuGetFramework framework, PackageSources sources,
            Function<PackageSource, List<NuGetVersion>> versionsOf) {
        String id = unresolved.id();
        VersionRange range = unresolved.range();
        List<PackageSource> applicable = sources.remoteFor(id);
        List<PackageSource> unused = sources.remote().stream().filter(s -> !applicable.contains(s)).toList();
        String notConsidered = sources.mapping().isEnabled() && !unused.isEmpty()
                ? "PackageSourceMapping is enabled, the following source(s) were not considered: " + names(unused) + "."
                : "";
        if (applicable.isEmpty()) {
            String message = "Unable to resolve '" + RangeText.withId(id, range) + "' for '" + TargetGraph.name(framework) + "'.";
            return Diagnostic.error(Codes.NU1100, notConsidered.isEmpty() ? message : message + " " + notConsidered, id, framework);
        }
        List<SourceCount> counts = applicable.stream().map(s -> new SourceCount(s.name(), versionsOf.apply(s)))
                .sorted(Comparator.comparingInt((SourceCount c) -> -c.versions().size())
                        .thenComparing(SourceCount::name, OrdinalIgnoreCase.ORDER))
                .toList();
        TreeSet<NuGetVersion> all = new TreeSet<>();
        counts.forEach(c -> all.addAll(c.versions()));
        if (all.isEmpty()) {
            String message = "Unable to find package " + id + ". No packages exist with this id in source(s): " + names(applicable);
            return Diagnostic.error(Codes.NU1101, notConsidered.isEmpty() ? message : message + ". " + notConsidered, id, framework);
        }
        boolean stableOnly = !range.minVersion().map(NuGetVersion::isPrerelease).orElse(false)
                && !range.maxVersion().map(NuGetVersion::isPrerelease).orElse(false);
        boolean prereleaseOnly = all.stream().anyMatch(v -> v.isPrerelease() && range.satisfies(v))
                && all.stream().noneMatch(v -> !v.isPrerelease() && range.satisfies(v));
        String code = stableOnly && prereleaseOnly ? Codes.NU1103 : Codes.NU1102;
        List<String> lines = new ArrayList<>();
        lines.add((code.equals(Codes.NU1103) ? "Unable to find a stable package " : "Unable to find package ")
                + id + " with version " + RangeText.pretty(range));
        for (SourceCount count : counts) {
            lines.add(nearest(count.versions(), range)
                    .map(v -> "Found " + count.versions().size() + " version(s) in " + count.name() + " [ Nearest version: "
                            + v.toNormalizedString() + " ]")
                    .orElse("Found " + count.versions().size() + " version(s) in " + count.name()));
        }
        if (sources.mapping().isEnabled()) {
            unused.stream().map(PackageSource::name).sorted(OrdinalIgnoreCase.ORDER)
                    .forEach(name -> lines.add("Versions from " + name + " were not considered"));
        }
        return Diagnostic.error(code, String.join("\n  - ", lines), id, framework);
    }

    /**
     * The version NuGet calls nearest ({@code GetBestMatch}): the first at or above the range's start (its end
     * when it has no start), for a float only when it has an upper bound; else the highest there is.
     */
    static Optional<NuGetVersion> nearest(List<NuGetVersion> versions, VersionRange range) {
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        NuGetVersion ideal = range.minVersion().or(range::maxVersion).orElse(NuGetVersion.of(0, 0, 0));
        boolean pivot = range.isFloating() ? range.hasUpperBound() : range.hasLowerBound() || range.hasUpperBound();
        List<NuGetVersion> sorted = versions.stream().sorted().toList();
        if (pivot) {
            for (NuGetVersion version : sorted) {
                if (version.compareTo(ideal) >= 0) {
                    return Optional.of(version);
                }
            }
        }
        return Optional.of(sorted.get(sorted.size() - 1));
    }

    private static String names(List<PackageSource> sources) {
        return sources.stream().map(PackageSource::name).sorted(OrdinalIgnoreCase.ORDER).collect(Collectors.joining(", "));
    }

    private record SourceCount(String name, List<NuGetVersion> versions) {}
}
