package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Walks the dependencies of one target framework as NuGet's walker does ({@link DependencyWalker} is the
 * reference), into a graph of shared {@link WalkVertex vertices} instead of a tree with one node per path.
 *
 * <p>Why sharing is exact: what the walk does below a node depends only on what the node asked for and on
 * the answers its ancestors give ({@link WalkContext}) for the ids its subtree looks up. So each walked
 * subtree is remembered with the ids it looked up in the context above it and the answers it got; a node
 * whose context gives the same answers for those ids gets the same vertex. The work then grows with the
 * number of distinct (request, relevant answers) pairs, which is close to the number of edges, not paths.
 *
 * <p>Lookups run in parallel on the resolver's threads, and the walk never waits for one it can do without:
 * a dependency whose lookup has not finished is left as a hole, with the context it was met in, and the walk
 * goes on beside it, starting the lookups of every walked dependency it meets (as NuGet's walker fetches a
 * node's dependencies concurrently). Each hole is walked from its context once its lookup is done; what is
 * walked completely is remembered. Once no hole is left, the walk is done again from the project, now mostly
 * from memory, to put the graph together; a part remembered under a context that differs where the finished
 * part looks further up is walked anew, which may leave holes again. Since every decision depends only on a
 * node's ancestors, whatever is walked belongs to the final walk, and the lookups started are exactly those
 * the tree walker starts.
 */
final class GraphWalker {

    /** A walked subtree: its vertex when complete, and the ids ({@link IdKey}) it looked up above itself. */
    private record Walked(WalkVertex vertex, boolean complete, Set<String> consulted) {
        static final Walked WAITING = new Walked(null, false, Set.of());
    }

    /** A walked subtree with the answers its context gave to the ids it consulted. */
    private record Remembered(List<String> ids, List<WalkContext.Answer> answers, Walked walked) {

        boolean fits(WalkContext context) {
            for (int i = 0; i < ids.size(); i++) {
                if (!context.lookup(ids.get(i)).equals(answers.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** What a node asked for, as written (its spelling shows in messages). */
    private record Request(String id, VersionRange range) {}

    /** A dependency met in a context before its lookup was done. */
    private record Hole(PackageDependency dependency, WalkContext context, CompletableFuture<ResolvedItem> lookup) {}

    private final FrameworkItems items;
    private final String projectName;
    private final Map<Request, List<Remembered>> complete = new HashMap<>();
    private Map<Request, List<Remembered>> incomplete = new HashMap<>();
    private List<Hole> holes = new ArrayList<>();
    private WalkVertex root;

    GraphWalker(FrameworkItems items, String projectName) {
        this.items = items;
        this.projectName = projectName;
    }

    /** Whether {@link #step} has something to do without waiting: a hole whose lookup is done, or the final walk. */
    boolean canStep() {
        return root == null && (holes.isEmpty() || holes.stream().anyMatch(h -> h.lookup().isDone()));
    }

    /**
     * Walks what can be walked now: every hole whose lookup is done; with no hole left, the whole walk from the
     * project.
     *
     * @return the walk's root, the project, once it is complete
     * @throws ResolveException (or another runtime exception) when a lookup the walk needs failed
     */
    Optional<WalkVertex> step() {
        incomplete = new HashMap<>(); // what is not complete may be walked further now
        if (holes.isEmpty()) {
            PackageDependency asked = new PackageDependency(projectName, VersionRange.ALL);
            Walked top = walk(asked, ResolvedItem.project(projectName, items.target().dependencies()), WalkContext.TOP);
            root = top.complete() ? top.vertex() : null;
            return Optional.ofNullable(root);
        }
        List<Hole> waiting = new ArrayList<>();
        List<Hole> ready = new ArrayList<>();
        for (Hole hole : holes) {
            (hole.lookup().isDone() ? ready : waiting).add(hole);
        }
        holes = waiting;
        for (Hole hole : ready) {
            walk(hole.dependency(), hole.context());
        }
        return Optional.empty();
    }

    /**
     * The lookups of the holes left, done or not: one that finished since {@link #canStep} was asked must count,
     * or a caller waiting for any of these could wait for ever.
     */
    List<CompletableFuture<ResolvedItem>> waitingFor() {
        return holes.stream().map(Hole::lookup).toList();
    }

    private Walked walk(PackageDependency asked, WalkContext context) {
        CompletableFuture<ResolvedItem> lookup = items.item(asked);
        if (!lookup.isDone()) {
            holes.add(new Hole(asked, context, lookup));
            return Walked.WAITING;
        }
        return walk(asked, resolved(lookup), context);
    }

    private Walked walk(PackageDependency asked, ResolvedItem item, WalkContext context) {
        Request request = new Request(asked.id(), asked.range());
        Walked known = recall(complete, request, context);
        if (known == null) {
            known = recall(incomplete, request, context);
        }
        if (known != null) {
            return known;
        }
        Set<String> consulted = new LinkedHashSet<>();
        List<WalkVertex.Child> children = new ArrayList<>();
        boolean done = true;
        for (PackageDependency dependency : item.dependencies()) {
            // A package depending on its own id (or a project on a package of its name) is a cycle at once.
            if (asked.id().equalsIgnoreCase(dependency.id())) {
                children.add(new WalkVertex.Child(dependency, Disposition.CYCLE, null));
                continue;
            }
            String key = IdKey.of(dependency.id());
            consulted.add(key);
            WalkContext.Answer answer = context.lookup(key);
            if (answer.cycle()) {
                children.add(new WalkVertex.Child(dependency, Disposition.CYCLE, null));
            } else if (answer.nearer() != null) {
                if (!NearerRange.startsAtLeastAt(answer.nearer(), dependency.range())) {
                    children.add(new WalkVertex.Child(dependency, Disposition.POTENTIALLY_DOWNGRADED, null));
                }
            } else {
                WalkContext below = context.below(item, dependency);
                Walked child = walk(dependency, below);
                done &= child.complete();
                if (child.complete()) {
                    children.add(new WalkVertex.Child(dependency, Disposition.ACCEPTABLE, child.vertex()));
                }
                // What this node's level answers never reaches the context above it.
                for (String id : child.consulted()) {
                    if (!below.answersItself(id)) {
                        consulted.add(id);
                    }
                }
            }
        }
        Walked walked = new Walked(done ? new WalkVertex(asked, item, children) : null, done, consulted);
        List<String> ids = List.copyOf(consulted);
        List<WalkContext.Answer> answers = ids.stream().map(context::lookup).toList();
        (done ? complete : incomplete).computeIfAbsent(request, r -> new ArrayList<>()).add(new Remembered(ids, answers, walked));
        return walked;
    }

    private static Walked recall(Map<Request, List<Remembered>> memory, Request request, WalkContext context) {
        List<Remembered> candidates = memory.get(request);
        if (candidates != null) {
            for (Remembered candidate : candidates) {
                if (candidate.fits(context)) {
                    return candidate.walked();
                }
            }
        }
        return null;
    }

    private static ResolvedItem resolved(CompletableFuture<ResolvedItem> lookup) {
        try {
            return lookup.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
