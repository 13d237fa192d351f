package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * NU1701: a package's assets were selected for an AssetTargetFallback framework, in NuGet's words
 * (NuGet.Commands/RestoreCommand/LockFileBuilder.cs, Strings.resx {@code Log_ImportsFallbackWarning}). NuGet names
 * the whole fallback list, not the one framework that fitted, and writes each framework as its
 * {@code NuGetFramework.ToString()} does: the short folder name for .NET 5 and later ({@code net8.0}), the full
 * name for the others ({@code .NETStandard,Version=v2.0}).
 */
public final class FallbackMessage {

    /**
     * The order in which NuGet's lock file builder visits the frameworks, and so which framework's NU1701 a package
     * gets when several take it through the fallback (it warns once per package): their {@code ToString()} compared
     * ordinally, so {@code .NETCoreApp,Version=v3.1} before {@code .NETStandard,Version=v2.0} before {@code net8.0}.
     */
    public static final Comparator<NuGetFramework> NUGET_ORDER = Comparator.comparing(FallbackMessage::text);

    private FallbackMessage() {}

    public static Diagnostic of(String id, NuGetVersion version, TargetFrameworkRequest target) {
        String fallbacks = target.assetTargetFallback().stream().map(FallbackMessage::text).collect(Collectors.joining(", "));
        return Diagnostic.warning(Codes.NU1701, "Package '" + id + " " + version.toNormalizedString()
                + "' was restored using '" + fallbacks + "' instead of the project target framework '"
                + text(target.framework()) + "'. This package may not be fully compatible with your project.",
                id, target.framework());
    }

    /** NuGet's {@code NuGetFramework.ToString()}. */
    static String text(NuGetFramework framework) {
        return framework.isNet5Era() ? framework.shortFolderName() : framework.dotNetFrameworkName();
    }
}
