package io.nugetbridge.core.packaging.analysis;

import java.util.List;

/** NU5048, NuGet's {@code IconUrlDeprecationWarning}: an {@code iconUrl} without an {@code icon}. */
final class IconUrlDeprecatedRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        String iconUrl = pkg.metadata().iconUrl();
        if (pkg.metadata().icon() == null && iconUrl != null && !iconUrl.isEmpty()) {
            return List.of(new PackWarning("NU5048", "The 'PackageIconUrl'/'iconUrl' element is deprecated. Consider"
                    + " using the 'PackageIcon'/'icon' element instead. Learn more at https://aka.ms/deprecateIconUrl"));
        }
        return List.of();
    }
}
