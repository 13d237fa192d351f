package io.nugetbridge.core.packaging.analysis;

import java.util.List;

/** NU5108, NuGet's {@code MisplacedTransformFileRule}: a {@code .pp} or {@code .transform} file outside {@code content/} and {@code contentFiles/}. */
final class TransformOutsideContentRule implements PackageRule {

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        return pkg.files().stream()
                .filter(f -> PackagePaths.endsWithIgnoreCase(f, ".pp") || PackagePaths.endsWithIgnoreCase(f, ".transform"))
                .filter(f -> !PackagePaths.startsWithIgnoreCase(f, "content/") && !PackagePaths.startsWithIgnoreCase(f, "contentFiles/"))
                .map(f -> new PackWarning("NU5108", "The transform file '" + f + "' is outside the 'content' folder and"
                        + " hence will not be transformed during installation of this package. Move it into the 'content'"
                        + " folder."))
                .toList();
    }
}
