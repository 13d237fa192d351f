package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.VersionRange;
import java.util.HashMap;
import java.util.Map;

/**
 * What the levels above a node of the walk say about an id, nearest level first: each level is an ancestor's
 * item and the dependency the path took from it. At a level, the ancestor being the id is a cycle, and another of
 * its dependencies on the id is a nearer declaration (nearest wins). This is the question NuGet's walker asks
 * ({@code RemoteDependencyWalker}), with the same order and comparisons as {@code DependencyWalker.judge}: ids
 * equal ignoring case, the ancestor's own id before its other dependencies, the first of those, the edge taken
 * told apart by identity. Immutable: each child's context is its parent's with one level more, every answer of
 * every level kept in one map by {@link IdKey} so that a question costs one lookup.
 */
final class WalkContext {

    /**
     * What the levels say about an id: nothing, a cycle, or the range of the nearest other declaration.
     *
     * @param cycle  an ancestor is the id
     * @param nearer the nearest declaration's range, when no nearer level is a cycle
     */
    record Answer(boolean cycle, VersionRange nearer) {
        static final Answer NONE = new Answer(false, null);
        static final Answer CYCLE = new Answer(true, null);
    }

    /** Above the project: nothing. */
    static final WalkContext TOP = new WalkContext(Map.of(), Map.of());

    private final Map<String, Answer> answers;
    private final Map<String, Answer> own;

    private WalkContext(Map<String, Answer> answers, Map<String, Answer> own) {
        this.answers = answers;
        this.own = own;
    }

    /** The context of a child reached from {@code parent} through its dependency {@code taken}. */
    WalkContext below(ResolvedItem parent, PackageDependency taken) {
        Map<String, Answer> level = new HashMap<>();
        for (PackageDependency sibling : parent.dependencies()) {
            // By identity, as NuGet skips the very edge it walks down, not an equal declaration beside it.
            if (sibling != taken) {
                level.putIfAbsent(IdKey.of(sibling.id()), new Answer(false, sibling.range()));
            }
        }
        level.put(IdKey.of(parent.id()), Answer.CYCLE);
        Map<String, Answer> all = new HashMap<>(answers);
        all.putAll(level);
        return new WalkContext(all, level);
    }

    /** What the nearest level that knows the id (an {@link IdKey}) says about it. */
    Answer lookup(String key) {
        return answers.getOrDefault(key, Answer.NONE);
    }

    /** Whether this context's nearest level alone answers for the id (an {@link IdKey}), so the levels above are not asked. */
    boolean answersItself(String key) {
        return own.containsKey(key);
    }
}
