package io.nugetbridge.core.restore;

import io.nugetbridge.core.assets.SelectedAssets;
import io.nugetbridge.core.resolve.ResolvedPackage;

/**
 * One package of a framework in the summary: what was resolved, and the files the build uses from it.
 *
 * @param resolved the resolved package
 * @param assets   its compile, runtime and native files for the framework
 * @param folder   the folder it is extracted to, below the restore's {@code packages/}: {@code Id.Version} as the
 *                 package's nuspec spells them ({@code NUnit.3.3.0-CI-2857-issue-1593}), with the normalized
 *                 version for PackageReference restores and the nuspec's version as written for packages.config
 *                 ({@code Microsoft.Web.Infrastructure.1.0.0.0}), as NuGet names them
 */
public record PackageSummary(ResolvedPackage resolved, SelectedAssets assets, String folder) {

    /** With the PackageReference folder name, {@link ResolvedPackage#folderName()}. */
    public PackageSummary(ResolvedPackage resolved, SelectedAssets assets) {
        this(resolved, assets, resolved.folderName());
    }
}
