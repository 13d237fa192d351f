package io.nugetbridge.core.restore;

import io.nugetbridge.core.assets.SelectedAssets;
import io.nugetbridge.core.resolve.ResolvedPackage;

/**
 * One package of a framework in the summary: what was resolved, and the files the build uses from it.
 *
 * @param resolved the resolved package
 * @param assets   its compile, runtime and native files for the framework
 */
public record PackageSummary(ResolvedPackage resolved, SelectedAssets assets) {}
