package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resolves packages by NuGet's rules against one set of sources: PackageReference graphs per target
 * framework ({@link #resolve}), and the exact versions of a packages.config ({@link #resolveExact}).
 *
 * <p>One instance is one run: every source is asked about an id once, however many projects and frameworks
 * need it, and all sources are asked in parallel. Results never depend on which source answers first.
 * Close it to stop its threads (a resolver given an executor leaves that executor alone).
 */
public final class PackageResolver implements AutoCloseable {

    /** Parallel source requests by default; NuGet's own HTTP parallelism is of the same order. */
    public static final int DEFAULT_THREADS = 16;

    private final PackageSources sources;
    private final ExecutorService ownThreads;
    private final SourceQueries queries;
    private final LibraryMatcher matcher;
    private final boolean treeWalks;

    /** A resolver with its own {@link #DEFAULT_THREADS} daemon threads. */
    public PackageResolver(PackageSources sources) {
        this(sources, newThreads(DEFAULT_THREADS), true, false);
    }

    /** A resolver that runs its source requests on {@code executor} (not closed by {@link #close()}). */
    public PackageResolver(PackageSources sources, Executor executor) {
        this(sources, executor, false, false);
    }

    private PackageResolver(PackageSources sources, Executor executor, boolean owned, boolean treeWalks) {
        this.sources = sources;
        this.ownThreads = owned ? (ExecutorService) executor : null;
        this.queries = new SourceQueries(executor);
        this.matcher = new LibraryMatcher(sources, queries);
        this.treeWalks = treeWalks;
    }

    /**
     * A resolver that walks NuGet's tree, one node per path ({@link DependencyWalker}), instead of the shared
     * graph: slower on large graphs, and kept as the reference the graph walk is tested against.
     */
    static PackageResolver treeWalking(PackageSources sources) {
        return new PackageResolver(sources, newThreads(DEFAULT_THREADS), true, true);
    }

    /**
     * Resolves a project's graph for each of its target frameworks (walked in parallel, analysed each on its
     * own, as NuGet does), with the diagnostics NuGet reports for them, in its order ({@link ProjectMessages}).
     */
    public ResolveResult resolve(ResolveRequest request) {
        List<FrameworkItems> items = request.frameworks().stream().map(target -> new FrameworkItems(matcher, queries, target))
                .toList();
        List<SettledGraph> settled = treeWalks ? walkTrees(items, request.projectName()) : walkGraphs(items, request.projectName());
        FrameworkOutcome outcome = new FrameworkOutcome(sources, queries);
        List<FrameworkMessages> messages = new ArrayList<>();
        for (int i = 0; i < settled.size(); i++) {
            messages.add(outcome.messages(settled.get(i), request.frameworks().get(i), request));
        }
        ProjectMessages project = new ProjectMessages(messages, request.policy());
        List<FrameworkGraph> graphs = new ArrayList<>();
        for (int i = 0; i < settled.size(); i++) {
            graphs.add(outcome.graph(settled.get(i), request.frameworks().get(i), project.forFramework(i)));
        }
        return new ResolveResult(request.projectName(), graphs, project.all());
    }

    /**
     * Every framework's walk as a graph, the walkers taking turns on this thread with whatever their finished
     * lookups let them do, and waiting only when none can go on.
     */
    private static List<SettledGraph> walkGraphs(List<FrameworkItems> items, String projectName) {
        List<GraphWalker> walkers = items.stream().map(i -> new GraphWalker(i, projectName)).toList();
        WalkVertex[] roots = new WalkVertex[walkers.size()];
        int done = 0;
        while (done < walkers.size()) {
            List<CompletableFuture<ResolvedItem>> waiting = new ArrayList<>();
            for (int i = 0; i < walkers.size(); i++) {
                GraphWalker walker = walkers.get(i);
                while (roots[i] == null && walker.canStep()) {
                    roots[i] = walker.step().orElse(null);
                    done += roots[i] == null ? 0 : 1;
                }
                waiting.addAll(walker.waitingFor());
            }
            if (done < walkers.size()) {
                // Any finished lookup may let a walk go on; a failed one is reported when its hole is walked.
                CompletableFuture.anyOf(waiting.toArray(CompletableFuture[]::new)).handle((result, failure) -> null).join();
            }
        }
        return Arrays.stream(roots).map(GraphSettler::settle).toList();
    }

    /** Every framework's walk as NuGet's tree, walked in parallel: the reference the graph walk is tested against. */
    private static List<SettledGraph> walkTrees(List<FrameworkItems> items, String projectName) {
        List<CompletableFuture<GraphNode>> walks = items.stream().map(i -> new DependencyWalker(i).walk(projectName)).toList();
        return walks.stream().map(walk -> TreeSettler.settle(join(walk))).toList();
    }

    /**
     * Finds each package at exactly its version, without walking dependencies: what NuGet's restore of a
     * packages.config does. A missing one is NU1101 or NU1102 (with the versions each source has).
     */
    public ExactResolution resolveExact(List<ExactPackage> packages) {
        List<CompletableFuture<Optional<LibraryMatcher.Match>>> lookups = packages.stream()
                .map(p -> matcher.find(p.id(), VersionRange.exactly(p.version()))).toList();
        List<LocatedPackage> found = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < packages.size(); i++) {
            ExactPackage wanted = packages.get(i);
            Optional<LibraryMatcher.Match> match = join(lookups.get(i));
            if (match.isPresent()) {
                found.add(new LocatedPackage(wanted, match.get().source().name()));
            } else {
                diagnostics.addAll(missing(wanted));
            }
        }
        return new ExactResolution(found, Diagnostic.merge(diagnostics));
    }

    private List<Diagnostic> missing(ExactPackage wanted) {
        List<Diagnostic> messages = new ArrayList<>();
        for (SourceQueries.SourceFailure failure : queries.failures()) {
            if (failure.packageId().equalsIgnoreCase(wanted.id())) {
                messages.add(failure.toDiagnostic(wanted.framework()));
            }
        }
        if (messages.isEmpty()) {
            UnresolvedDependency unresolved = new UnresolvedDependency(wanted.id(), VersionRange.exactly(wanted.version()));
            messages.add(UnresolvedMessages.message(unresolved, wanted.framework(), sources,
                    source -> join(queries.versions(source, wanted.id())).versions()));
        }
        return messages;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static ExecutorService newThreads(int count) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, "nuget-resolve-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        if (ownThreads != null) {
            ownThreads.shutdownNow();
        }
    }
}
