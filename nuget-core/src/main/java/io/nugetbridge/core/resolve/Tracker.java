package io.nugetbridge.core.resolve;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Per id, the distinct items still in the running during one pass of conflict resolution (NuGet's
 * {@code Tracker}): an id with several is disputed, and what lies below a disputed node is ambiguous until
 * the dispute is settled.
 */
final class Tracker {

    private static final class Entry {
        final Set<ResolvedItem.Key> items = new LinkedHashSet<>();
        boolean ambiguous;
    }

    private final Map<String, Entry> entries = new HashMap<>();

    void track(ResolvedItem item) {
        entry(item).items.add(item.key());
    }

    boolean isDisputed(ResolvedItem item) {
        return entry(item).items.size() > 1;
    }

    boolean isAmbiguous(ResolvedItem item) {
        return entry(item).ambiguous;
    }

    void markAmbiguous(ResolvedItem item) {
        entry(item).ambiguous = true;
    }

    /** Whether no tracked item of the id has a higher version: cousins resolve to the highest. */
    boolean isBestVersion(ResolvedItem item) {
        return entry(item).items.stream().allMatch(known -> ResolvedItem.compareVersions(item.version(), known.version()) >= 0);
    }

    private Entry entry(ResolvedItem item) {
        return entries.computeIfAbsent(item.id().toLowerCase(Locale.ROOT), k -> new Entry());
    }
}
