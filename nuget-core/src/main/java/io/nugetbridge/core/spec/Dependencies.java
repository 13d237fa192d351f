package io.nugetbridge.core.spec;

import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code <dependencies>} element, which comes in two shapes NuGet never lets a file mix: the old
 * flat list of {@code <dependency>} children, or {@code <group>} children. The model keeps which shape
 * the file used so a writer can reproduce it; {@link #asGroups()} gives the uniform view.
 *
 * @param grouped whether the file used {@code <group>} elements
 * @param flat    the dependencies of a flat list; empty when grouped
 * @param groups  the groups in file order; empty when flat
 */
public record Dependencies(boolean grouped, List<Dependency> flat, List<DependencyGroup> groups) {

    /** No dependencies (no element, or an empty one: NuGet makes no difference). */
    public static final Dependencies NONE = new Dependencies(false, List.of(), List.of());

    public Dependencies {
        flat = List.copyOf(flat);
        groups = List.copyOf(groups);
        if (grouped && !flat.isEmpty()) {
            throw new IllegalArgumentException("Grouped dependencies cannot also have flat dependencies");
        }
        if (!grouped && !groups.isEmpty()) {
            throw new IllegalArgumentException("Flat dependencies cannot also have groups");
        }
        // Zero groups and zero flat dependencies are the same nothing; one representation keeps equals honest.
        if (groups.isEmpty()) {
            grouped = false;
        }
    }

    public static Dependencies flat(List<Dependency> dependencies) {
        return new Dependencies(false, dependencies, List.of());
    }

    public static Dependencies grouped(List<DependencyGroup> groups) {
        return new Dependencies(true, List.of(), groups);
    }

    public boolean isEmpty() {
        return flat.isEmpty() && groups.isEmpty();
    }

    /** The groups; a flat list becomes one fallback group, as NuGet reads it. */
    public List<DependencyGroup> asGroups() {
        if (grouped) {
            return groups;
        }
        return flat.isEmpty() ? List.of() : List.of(new DependencyGroup(null, flat));
    }

    /** Every dependency, of every group, in file order. */
    public Stream<Dependency> all() {
        return grouped ? groups.stream().flatMap(g -> g.dependencies().stream()) : flat.stream();
    }
}
