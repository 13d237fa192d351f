package io.nugetbridge.core.spec;

import java.util.List;

/**
 * One {@code <group targetFramework>} of {@code <references>}: which of the package's {@code lib/}
 * assemblies a consumer on that framework compiles against.
 *
 * @param targetFramework as written; null or blank for the group that applies to every framework
 * @param files           the {@code <reference file>} names in file order
 */
public record ReferenceGroup(String targetFramework, List<String> files) {

    public ReferenceGroup {
        files = List.copyOf(files);
    }
}
