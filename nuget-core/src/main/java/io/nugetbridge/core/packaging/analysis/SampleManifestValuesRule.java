package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.NuspecMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * NU5102, NuGet's {@code DefaultManifestValuesRule}: values {@code nuget spec} writes as samples, left in. URLs
 * compare as .NET's {@code Uri} does (scheme and host in any case, an empty path the same as {@code /}).
 */
final class SampleManifestValuesRule implements PackageRule {

    private static final String PROJECT_URL = "http://project_url_here_or_delete_this_line/";
    private static final String LICENSE_URL = "http://license_url_here_or_delete_this_line/";
    private static final String ICON_URL = "http://icon_url_here_or_delete_this_line/";

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        NuspecMetadata m = pkg.metadata();
        List<PackWarning> warnings = new ArrayList<>();
        if (sameUrl(m.projectUrl(), PROJECT_URL)) {
            warnings.add(warning("projectUrl", m.projectUrl()));
        }
        if (sameUrl(m.licenseUrl(), LICENSE_URL)) {
            warnings.add(warning("licenseUrl", m.licenseUrl()));
        }
        if (sameUrl(m.iconUrl(), ICON_URL)) {
            warnings.add(warning("iconUrl", m.iconUrl()));
        }
        if ("Tag1 Tag2".equals(m.tagsText())) {
            warnings.add(warning("tags", "Tag1 Tag2"));
        }
        if ("Summary of changes made in this release of the package.".equals(m.releaseNotes())) {
            warnings.add(warning("releaseNotes", m.releaseNotes()));
        }
        if ("Package description".equals(m.description())) {
            warnings.add(warning("description", m.description()));
        }
        // NuGet compares the first dependency's normalized range with "[1.0]", which a normalized range never is,
        // so its sample dependency never warns; kept for the record, in the same shape.
        Optional<Dependency> first = m.dependencies().all().findFirst();
        if (first.isPresent() && first.get().id().equalsIgnoreCase("SampleDependency")
                && first.get().range().toNormalizedString().equalsIgnoreCase("[1.0]")) {
            warnings.add(warning("dependency", first.get().id() + " " + first.get().range().toNormalizedString()));
        }
        return warnings;
    }

    private static boolean sameUrl(String value, String sample) {
        if (value == null) {
            return false;
        }
        String url = value.strip().toLowerCase(Locale.ROOT);
        return url.equals(sample) || (url + "/").equals(sample);
    }

    private static PackWarning warning(String field, String value) {
        return new PackWarning("NU5102", "The value \"" + value + "\" for " + field + " is a sample value and should be"
                + " removed. Replace it with an appropriate value or remove it and rebuild your package.");
    }
}
