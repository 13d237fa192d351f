package io.nugetbridge.core.packaging.analysis;

import java.util.List;

/** NU5125, NuGet's {@code LicenseUrlDeprecationWarning}: a {@code licenseUrl} without a {@code license}. */
final class LicenseUrlDeprecatedRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        if (pkg.metadata().license() == null && pkg.metadata().licenseUrl() != null) {
            return List.of(new PackWarning("NU5125", "The 'licenseUrl' element will be deprecated. Consider using the"
                    + " 'license' element instead."));
        }
        return List.of();
    }
}
