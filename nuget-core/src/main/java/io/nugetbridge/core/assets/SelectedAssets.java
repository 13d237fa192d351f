package io.nugetbridge.core.assets;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.List;
import java.util.Optional;

/**
 * The files of one package a build uses for one target framework (and runtime), as package-relative paths.
 *
 * @param framework         the project's target framework
 * @param runtimeIdentifier the runtime, when the selection was for one
 * @param compile           what to compile against: {@code ref/} when the package has a fitting ref folder, else
 *                          {@code lib/}
 * @param runtime           what to run with: {@code runtimes/<rid>/lib/} for the runtime when there is one, else {@code lib/}
 * @param nativeAssets      {@code runtimes/<rid>/native/} files (only with a runtime)
 * @param compileFrom       the folder framework compile assets were taken from, when any group fitted
 * @param runtimeFrom       the folder framework runtime assets were taken from, when any group fitted
 * @param viaFallback       whether the assets were selected for an AssetTargetFallback framework (NU1701)
 * @param compatible        whether the package fits the framework by NuGet's compatibility check: false means
 *                          NU1202 (it has {@code ref/} or {@code lib/} files, yet nothing was selected)
 */
public record SelectedAssets(NuGetFramework framework, Optional<String> runtimeIdentifier, List<String> compile,
        List<String> runtime, List<String> nativeAssets, Optional<NuGetFramework> compileFrom,
        Optional<NuGetFramework> runtimeFrom, boolean viaFallback, boolean compatible) {

    public SelectedAssets {
        compile = List.copyOf(compile);
        runtime = List.copyOf(runtime);
        nativeAssets = List.copyOf(nativeAssets);
    }

    /** True when nothing is to be compiled against, run or loaded (placeholders, or no fitting group). */
    public boolean isEmpty() {
        return compile.isEmpty() && runtime.isEmpty() && nativeAssets.isEmpty();
    }
}
