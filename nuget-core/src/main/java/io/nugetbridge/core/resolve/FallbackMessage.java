package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.stream.Collectors;

/** NU1701: a package was taken for an AssetTargetFallback framework, in NuGet's words. */
public final class FallbackMessage {

    private FallbackMessage() {}

    public static Diagnostic of(String id, NuGetVersion version, TargetFrameworkRequest target) {
        String fallbacks = target.assetTargetFallback().stream().map(NuGetFramework::dotNetFrameworkName)
                .collect(Collectors.joining(", "));
        // NuGet names the whole fallback list, not the one framework that fitted.
        return Diagnostic.warning(Codes.NU1701, "Package '" + id + " " + version.toNormalizedString()
                + "' was restored using '" + fallbacks + "' instead of the project target framework '"
                + target.framework().dotNetFrameworkName() + "'. This package may not be fully compatible with your project.",
                id, target.framework());
    }
}
