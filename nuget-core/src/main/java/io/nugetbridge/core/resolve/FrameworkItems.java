package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.FrameworkReducer;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the dependencies of one target framework resolve to: each id (any case) and range is looked up once and
 * becomes one {@link ResolvedItem} that every node asking for it shares, as NuGet's graph items are shared. The
 * item carries the dependencies of the package's nearest dependency group for the framework. Both walkers use it,
 * so they ask the sources exactly the same questions.
 */
final class FrameworkItems {

    private record ItemRequest(String id, VersionRange range) {}

    private final LibraryMatcher matcher;
    private final SourceQueries queries;
    private final TargetFrameworkRequest target;
    private final Map<ItemRequest, CompletableFuture<ResolvedItem>> items = new ConcurrentHashMap<>();

    FrameworkItems(LibraryMatcher matcher, SourceQueries queries, TargetFrameworkRequest target) {
        this.matcher = matcher;
        this.queries = queries;
        this.target = target;
    }

    TargetFrameworkRequest target() {
        return target;
    }

    /** What a dependency resolves to; the first request for an id and range starts the lookup, the others share it. */
    CompletableFuture<ResolvedItem> item(PackageDependency dependency) {
        ItemRequest request = new ItemRequest(dependency.id().toLowerCase(Locale.ROOT), dependency.range());
        return items.computeIfAbsent(request, r -> matcher.find(dependency.id(), lockedRange(dependency))
                .thenCompose(match -> match.isEmpty()
                        ? CompletableFuture.completedFuture(ResolvedItem.unresolved(dependency))
                        : queries.info(match.get().source(), dependency.id(), match.get().version())
                                .thenApply(info -> info.map(i -> packageItem(i, match.get().source()))
                                        .orElseGet(() -> ResolvedItem.unresolved(dependency)))));
    }

    /**
     * With a valid lock file, a dependency whose range takes the locked version asks for exactly that version
     * (NuGet passes the lock file's libraries to the walk in the same way).
     */
    private VersionRange lockedRange(PackageDependency dependency) {
        NuGetVersion locked = target.lockedVersions().get(dependency.id().toLowerCase(Locale.ROOT));
        return locked != null && dependency.range().satisfies(locked) ? VersionRange.exactly(locked) : dependency.range();
    }

    private ResolvedItem packageItem(PackageInfo info, PackageSource source) {
        Optional<FrameworkReducer.Match<DependencyGroup>> group = FrameworkReducer.nearest(target.framework(),
                target.assetTargetFallback(), info.dependencyGroups(), FrameworkItems::frameworkOf);
        List<PackageDependency> dependencies = new ArrayList<>();
        group.ifPresent(g -> g.item().dependencies().forEach(d -> dependencies.add(new PackageDependency(d.id(), d.rangeOrAll()))));
        return new ResolvedItem(info.id(), info.version(), ResolvedItem.Kind.PACKAGE, source, dependencies,
                group.map(FrameworkReducer.Match::viaFallback).orElse(false));
    }

    private static NuGetFramework frameworkOf(DependencyGroup group) {
        return group.isFallback() ? NuGetFramework.ANY : NuGetFramework.parse(group.targetFramework());
    }
}
