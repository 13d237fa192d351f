package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;

/** How NuGet names a framework's graph in messages: {@code net8.0} for .NET 5 and later, else the full name. */
final class TargetGraph {

    private TargetGraph() {}

    static String name(NuGetFramework framework) {
        return framework.isNet5Era() ? framework.shortFolderName() : framework.dotNetFrameworkName();
    }
}
