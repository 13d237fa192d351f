package io.nugetbridge.core.spec;

import java.util.List;

/**
 * The {@code <references>} element: like {@link Dependencies}, either a flat list of
 * {@code <reference file>} or {@code <group>} children, never both.
 *
 * @param grouped whether the file used {@code <group>} elements
 * @param flat    the file names of a flat list; empty when grouped
 * @param groups  the groups in file order; empty when flat
 */
public record References(boolean grouped, List<String> flat, List<ReferenceGroup> groups) {

    /** No explicit references: every assembly in {@code lib/} is referenced. */
    public static final References NONE = new References(false, List.of(), List.of());

    public References {
        flat = List.copyOf(flat);
        groups = List.copyOf(groups);
        if (grouped && !flat.isEmpty()) {
            throw new IllegalArgumentException("Grouped references cannot also have flat references");
        }
        if (!grouped && !groups.isEmpty()) {
            throw new IllegalArgumentException("Flat references cannot also have groups");
        }
        if (groups.isEmpty()) {
            grouped = false;
        }
    }

    public static References flat(List<String> files) {
        return new References(false, files, List.of());
    }

    public static References grouped(List<ReferenceGroup> groups) {
        return new References(true, List.of(), groups);
    }

    public boolean isEmpty() {
        return flat.isEmpty() && groups.isEmpty();
    }

    /** The groups; a flat list becomes one group for every framework. */
    public List<ReferenceGroup> asGroups() {
        if (grouped) {
            return groups;
        }
        return flat.isEmpty() ? List.of() : List.of(new ReferenceGroup(null, flat));
    }
}
