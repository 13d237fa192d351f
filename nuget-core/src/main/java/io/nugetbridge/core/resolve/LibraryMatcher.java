package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Finds the version a range resolves to, and the source that provides it, in NuGet's order
 * ({@code RemoteDependencyWalker.FindLibraryMatch}, section 5 step 1 of nuget-reference.md):
 * <ul>
 *   <li>not floating: the local folders first, and when one has the exact version the range starts at,
 *       nothing else is asked; else the folder sources, and only when none has that exact version the HTTP
 *       sources; the best (lowest) of all that were asked wins;</li>
 *   <li>floating: every remote source, the best (highest) match across them, then a local copy of exactly
 *       that version when there is one; the local folders alone when no remote source has a match.</li>
 * </ul>
 * Sources of a group are asked in parallel. Unlike NuGet, which takes whichever source answers first with
 * the exact version, a version several sources have comes from the first of them in configured order,
 * so the result never depends on timing (NuGet/Home#5611).
 */
final class LibraryMatcher {

    /** A version and the source that has it. */
    record Match(PackageSource source, NuGetVersion version) {}

    private final PackageSources sources;
    private final SourceQueries queries;

    LibraryMatcher(PackageSources sources, SourceQueries queries) {
        this.sources = sources;
        this.queries = queries;
    }

    CompletableFuture<Optional<Match>> find(String id, VersionRange range) {
        List<PackageSource> folders = new ArrayList<>();
        List<PackageSource> http = new ArrayList<>();
        for (PackageSource source : sources.remoteFor(id)) {
            (source.isHttp() ? http : folders).add(source);
        }
        if (range.isFloating()) {
            List<PackageSource> remote = new ArrayList<>(folders);
            remote.addAll(http);
            return ordered(remote, id, range, false).thenCompose(best -> best.isPresent()
                    ? ordered(sources.localFolders(), id, VersionRange.exactly(best.get().version()), true)
                            .thenApply(local -> local.or(() -> best))
                    : ordered(sources.localFolders(), id, range, false));
        }
        return ordered(sources.localFolders(), id, range, true).thenCompose(local -> isExact(local, range)
                ? CompletableFuture.completedFuture(local)
                : ordered(folders, id, range, true).thenCompose(folder -> isExact(folder, range)
                        ? CompletableFuture.completedFuture(folder)
                        : ordered(http, id, range, true).thenApply(web -> better(range, better(range, local, folder), web))));
    }

    /**
     * The best match of a group, all its sources asked at once and their answers weighed in configured order;
     * with {@code stopAtExact}, the first source with the exact start of the range ends the search.
     */
    private CompletableFuture<Optional<Match>> ordered(List<PackageSource> group, String id, VersionRange range,
            boolean stopAtExact) {
        List<CompletableFuture<SourceQueries.SourceVersions>> answers = group.stream()
                .map(source -> queries.versions(source, id)).toList();
        return weigh(answers, 0, Optional.empty(), range, stopAtExact);
    }

    private CompletableFuture<Optional<Match>> weigh(List<CompletableFuture<SourceQueries.SourceVersions>> answers,
            int index, Optional<Match> best, VersionRange range, boolean stopAtExact) {
        if (index == answers.size()) {
            return CompletableFuture.completedFuture(best);
        }
        return answers.get(index).thenCompose(answer -> {
            Optional<Match> found = range.findBestMatch(answer.versions()).map(v -> new Match(answer.source(), v));
            if (stopAtExact && isExact(found, range)) {
                return CompletableFuture.completedFuture(found);
            }
            return weigh(answers, index + 1, better(range, best, found), range, stopAtExact);
        });
    }

    /** The better of two matches by the range's rule; on a tie the one asked first. */
    private static Optional<Match> better(VersionRange range, Optional<Match> current, Optional<Match> considering) {
        if (current.isEmpty() || considering.isEmpty()) {
            return current.isPresent() ? current : considering;
        }
        NuGetVersion winner = range.findBestMatch(List.of(current.get().version(), considering.get().version()))
                .orElse(current.get().version());
        return winner.equals(current.get().version()) ? current : considering;
    }

    private static boolean isExact(Optional<Match> match, VersionRange range) {
        return match.isPresent() && range.minVersion().map(min -> min.equals(match.get().version())).orElse(false);
    }
}
