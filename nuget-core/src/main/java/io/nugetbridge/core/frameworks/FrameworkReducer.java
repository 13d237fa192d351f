package io.nugetbridge.core.frameworks;

import static io.nugetbridge.core.frameworks.FrameworkIdentifiers.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Picks the nearest framework: which {@code lib/} folder or dependency group a project uses, by
 * NuGet's {@code GetNearest} (section 6 of nuget-reference.md): an exact match, else the compatible
 * candidates reduced upwards (drop any one another candidate can itself consume), preferring the
 * project's own framework, non-portable over portable, profile matches, and for platform projects the
 * highest version.
 */
public final class FrameworkReducer {

    /**
     * The frameworks the .NET SDK appends to AssetTargetFallback for .NETCoreApp and .NETStandard 2.0 and later
     * (NU1701 when used); see {@link #defaultAssetTargetFallback}.
     */
    public static final List<NuGetFramework> DEFAULT_ASSET_TARGET_FALLBACK = List.of(
            NuGetFramework.parse("net461"), NuGetFramework.parse("net462"), NuGetFramework.parse("net47"),
            NuGetFramework.parse("net471"), NuGetFramework.parse("net472"), NuGetFramework.parse("net48"),
            NuGetFramework.parse("net481"));

    /** Tie-break order of NuGet's precedence sorter: installed frameworks first, then package-based ones. */
    private static final List<String> PRECEDENCE = List.of(NET_FRAMEWORK, NET_CORE, WINDOWS, WINDOWS_PHONE_APP,
            NET_CORE_APP, NET_STANDARD_APP, NET_STANDARD, NET_PLATFORM);

    /** The result of a search with fallback frameworks: which candidate, and whether only a fallback found it. */
    public record Match<T>(T item, NuGetFramework framework, boolean viaFallback) {}

    private FrameworkReducer() {}

    /**
     * What the .NET SDK puts in AssetTargetFallback when the project does not disable it: its
     * Microsoft.NET.Sdk.BeforeCommon.targets appends {@code net461} to {@code net481} when
     * {@code _IsNETCoreOrNETStandard} (the identifier is .NETCoreApp or .NETStandard) and the framework version is
     * 2.0 or more. So netcoreapp2.0 to 3.1, net5.0 and later, netstandard2.0 and 2.1 get them; netcoreapp1.x,
     * netstandard1.x and every other framework get nothing.
     */
    public static List<NuGetFramework> defaultAssetTargetFallback(NuGetFramework framework) {
        boolean coreOrStandard = NET_CORE_APP.equalsIgnoreCase(framework.identifier())
                || NET_STANDARD.equalsIgnoreCase(framework.identifier());
        return coreOrStandard && framework.version().major() >= 2 ? DEFAULT_ASSET_TARGET_FALLBACK : List.of();
    }

    /** The nearest compatible candidate for the project, or empty when none is compatible. */
    public static Optional<NuGetFramework> nearest(NuGetFramework project, Collection<NuGetFramework> candidates) {
        List<NuGetFramework> pool = new ArrayList<>(new LinkedHashSet<>(candidates));
        if (pool.stream().anyMatch(f -> !f.isUnsupported())) {
            pool.removeIf(NuGetFramework::isUnsupported);
        }
        for (NuGetFramework candidate : pool) {
            if (candidate.equals(project)) {
                return Optional.of(candidate);
            }
        }
        List<NuGetFramework> reduced = reduceUpwards(
                pool.stream().filter(c -> FrameworkCompatibility.isCompatible(project, c)).toList());
        if (reduced.size() > 1 && reduced.stream().anyMatch(f -> sameIdentifier(f, project))) {
            reduced = keep(reduced, f -> sameIdentifier(f, project) || xamarinForNet6Platform(project, f));
        }
        if (reduced.size() > 1) {
            if (reduced.stream().anyMatch(NuGetFramework::isPortable)
                    && reduced.stream().anyMatch(f -> !f.isPortable())) {
                reduced = keep(reduced, f -> !f.isPortable());
            } else if (reduced.stream().allMatch(NuGetFramework::isPortable)) {
                // Fewer platforms in a portable profile means it is closer to the project.
                reduced = List.of(reduced.stream()
                        .min(Comparator.<NuGetFramework>comparingInt(f -> f.portableFrameworks().size())
                                .thenComparing(NuGetFramework::shortFolderName))
                        .orElseThrow());
            }
        }
        if (reduced.size() > 1 && !project.isPackageBased()
                && reduced.stream().anyMatch(NuGetFramework::isPackageBased)
                && reduced.stream().anyMatch(f -> !f.isPackageBased())) {
            reduced = keep(reduced, f -> !f.isPackageBased());
        }
        if (reduced.size() > 1 && reduced.stream().noneMatch(NuGetFramework::isPortable)) {
            if (project.hasProfile()) {
                List<NuGetFramework> sameProfile = keep(reduced,
                        f -> sameIdentifier(f, project) && f.profile().equalsIgnoreCase(project.profile()));
                if (!sameProfile.isEmpty()) {
                    reduced = sameProfile;
                }
            }
            if (reduced.size() > 1 && reduced.stream().anyMatch(NuGetFramework::hasProfile)
                    && reduced.stream().anyMatch(f -> !f.hasProfile())) {
                reduced = keep(reduced, f -> !f.hasProfile());
            }
        }
        if (reduced.size() > 1 && project.hasPlatform()) {
            List<NuGetFramework> sameId = keep(reduced, f -> sameIdentifier(f, project));
            if (!sameId.isEmpty()) {
                FrameworkVersion highest = sameId.stream().map(NuGetFramework::version)
                        .max(Comparator.naturalOrder()).orElseThrow();
                reduced = keep(sameId, f -> f.version().equals(highest));
            } else {
                List<NuGetFramework> xamarin = keep(reduced, f -> xamarinForNet6Platform(project, f));
                if (!xamarin.isEmpty()) {
                    reduced = xamarin;
                }
            }
        }
        return reduced.stream().min(precedence());
    }

    /**
     * The nearest candidate for the project, else, when nothing at all fits, the nearest for each
     * fallback framework in the list's order: NuGet's AssetTargetFallback, which only applies when
     * zero assets would be selected (so a framework-less {@code any} group still wins over it).
     */
    public static <T> Optional<Match<T>> nearest(NuGetFramework project, List<NuGetFramework> fallbacks,
            Collection<T> items, Function<T, NuGetFramework> frameworkOf) {
        List<NuGetFramework> frameworks = items.stream().map(frameworkOf).toList();
        Optional<NuGetFramework> found = nearest(project, frameworks);
        boolean viaFallback = false;
        if (found.isEmpty()) {
            for (NuGetFramework fallback : fallbacks) {
                Optional<NuGetFramework> fromFallback = nearest(fallback, frameworks);
                if (fromFallback.isPresent()) {
                    found = fromFallback;
                    viaFallback = true;
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NuGetFramework framework = found.get();
        T item = items.stream().filter(i -> frameworkOf.apply(i).equals(framework)).findFirst().orElseThrow();
        return Optional.of(new Match<>(item, framework, viaFallback));
    }

    /** The nearest item (a lib folder, a dependency group) for the project, without fallbacks. */
    public static <T> Optional<T> nearest(NuGetFramework project, Collection<T> items,
            Function<T, NuGetFramework> frameworkOf) {
        return nearest(project, List.of(), items, frameworkOf).map(Match::item);
    }

    /**
     * Drops every framework that another one in the list can itself consume (net40 goes when net45 is
     * there); {@code any} goes unless it is alone. Frameworks that tie (net40 and net40-client) both stay.
     */
    static List<NuGetFramework> reduceUpwards(List<NuGetFramework> frameworks) {
        List<NuGetFramework> input = new ArrayList<>(new LinkedHashSet<>(frameworks));
        if (input.stream().anyMatch(f -> !f.isAny())) {
            input.removeIf(NuGetFramework::isAny);
        }
        List<NuGetFramework> result = new ArrayList<>();
        for (NuGetFramework x : input) {
            boolean dominated = false;
            for (NuGetFramework y : input) {
                if (x == y || !FrameworkCompatibility.isCompatible(y, x)) {
                    continue;
                }
                boolean tie = FrameworkCompatibility.isCompatible(x, y);
                if (!tie) {
                    dominated = true;
                } else if (sameIdentifier(x, y) && x.version().isEmpty() && !y.version().isEmpty()) {
                    dominated = true; // win and win8 are the same; keep the one with a version
                }
                if (dominated) {
                    break;
                }
            }
            if (!dominated) {
                result.add(x);
            }
        }
        return result;
    }

    private static boolean sameIdentifier(NuGetFramework a, NuGetFramework b) {
        return a.identifier().equalsIgnoreCase(b.identifier());
    }

    private static boolean xamarinForNet6Platform(NuGetFramework project, NuGetFramework candidate) {
        return project.isNet5Era() && project.version().major() >= 6 && project.hasPlatform()
                && (MONO_ANDROID.equals(candidate.identifier()) || TIZEN.equals(candidate.identifier()));
    }

    private static List<NuGetFramework> keep(List<NuGetFramework> frameworks, Predicate<NuGetFramework> test) {
        return frameworks.stream().filter(test).toList();
    }

    private static Comparator<NuGetFramework> precedence() {
        return Comparator.<NuGetFramework>comparingInt(f -> {
                    int index = PRECEDENCE.indexOf(f.identifier());
                    return index < 0 ? PRECEDENCE.size() : index;
                })
                .thenComparing(NuGetFramework::version, Comparator.reverseOrder())
                .thenComparing(f -> f.hasProfile() ? 1 : 0)
                .thenComparing(NuGetFramework::shortFolderName);
    }
}
