package io.nugetbridge.core.spec;

import java.util.List;

/**
 * One {@code <group targetFramework>} of {@code <dependencies>}.
 *
 * @param targetFramework the attribute as written; null (absent) or blank marks the fallback group that
 *                        applies when no other group matches
 * @param dependencies    in file order; empty for a group that exists only to say "this framework needs
 *                        nothing" (very common)
 */
public record DependencyGroup(String targetFramework, List<Dependency> dependencies) {

    public DependencyGroup {
        dependencies = List.copyOf(dependencies);
    }

    /** Whether this is the group without a framework, used when no framework-specific group matches. */
    public boolean isFallback() {
        return targetFramework == null || targetFramework.isBlank();
    }
}
