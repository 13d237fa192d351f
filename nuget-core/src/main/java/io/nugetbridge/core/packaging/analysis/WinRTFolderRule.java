package io.nugetbridge.core.packaging.analysis;

import java.util.ArrayList;
import java.util.List;

/** NU5106, NuGet's {@code WinRTNameIsObsoleteRule}: {@code winrt} or {@code winrt45} as the framework folder. */
final class WinRTFolderRule implements PackageRule {

    private static final List<String> PREFIXES = List.of("content/winrt45/", "lib/winrt45/", "tools/winrt45/",
            "content/winrt/", "lib/winrt/", "tools/winrt/");

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        List<PackWarning> warnings = new ArrayList<>();
        for (String file : pkg.files()) {
            for (String prefix : PREFIXES) {
                if (PackagePaths.startsWithIgnoreCase(file, prefix)) {
                    warnings.add(new PackWarning("NU5106", "The file at '" + file + "' uses the obsolete 'WinRT' as the"
                            + " framework folder. Replace 'WinRT' or 'WinRT45' with 'NetCore45'."));
                }
            }
        }
        return warnings;
    }
}
