package io.nugetbridge.core.spec;

import java.util.List;

/**
 * One {@code <group targetFramework>} of {@code <frameworkReferences>}: the shared frameworks (such as
 * {@code Microsoft.AspNetCore.App}) a .NET Core 3.0+ consumer needs.
 *
 * @param targetFramework the framework as written (NuGet requires it; kept raw, may be null when absent)
 * @param names           the {@code <frameworkReference name>} values in file order
 */
public record FrameworkReferenceGroup(String targetFramework, List<String> names) {

    public FrameworkReferenceGroup {
        names = List.copyOf(names);
    }
}
