package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
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

    /** A resolver with its own {@link #DEFAULT_THREADS} daemon threads. */
    public PackageResolver(PackageSources sources) {
        this(sources, newThreads(DEFAULT_THREADS), true);
    }

    /** A resolver that runs its source requests on {@code executor} (not closed by {@link #close()}). */
    public PackageResolver(PackageSources sources, Executor executor) {
        this(sources, executor, false);
    }

    private PackageResolver(PackageSources sources, Executor executor, boolean owned) {
        this.sources = sources;
        this.ownThreads = owned ? (ExecutorService) executor : null;
        this.queries = new SourceQueries(executor);
        this.matcher = new LibraryMatcher(sources, queries);
    }

    /**
     * Resolves a project's graph for each of its target frameworks (walked in parallel, analysed each on its
     * own, as NuGet does), with every diagnostic.
     *
     * @throws ResolveException when a package is broken beyond what a diagnostic can say (an invalid range in
     *                          its nuspec), naming the package and source
     */
    public ResolveResult resolve(ResolveRequest request) {
        List<CompletableFuture<GraphNode>> walks = request.frameworks().stream()
                .map(target -> new DependencyWalker(new FrameworkItems(matcher, queries, target)).walk(request.projectName()))
                .toList();
        FrameworkOutcome outcome = new FrameworkOutcome(sources, queries);
        List<FrameworkGraph> graphs = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < walks.size(); i++) {
            FrameworkGraph graph = outcome.build(TreeSettler.settle(join(walks.get(i))), request.frameworks().get(i), request);
            graphs.add(graph);
            diagnostics.addAll(graph.diagnostics());
        }
        return new ResolveResult(request.projectName(), graphs, Diagnostic.merge(diagnostics));
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
