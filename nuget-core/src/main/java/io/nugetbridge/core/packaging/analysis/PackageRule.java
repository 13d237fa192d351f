package io.nugetbridge.core.packaging.analysis;

import java.util.List;

/**
 * One of NuGet's pack-time analysis rules (NuGet.Packaging/Rules, {@code IPackageRule}): it reads a built
 * package and says what NuGet would warn about. A rule never fails the pack; NoWarn and WarningsAsErrors are
 * applied to its findings afterwards.
 */
interface PackageRule {

    List<PackWarning> check(AnalyzedPackage pkg);
}
