package io.nugetbridge.core.packaging;

import io.nugetbridge.core.spec.License;
import io.nugetbridge.core.spec.NuspecMetadata;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules on a nuspec's own values that NuGet's manifest validation applies before packing:
 * required id, version, authors and description; the id rule; URLs that are present must not be
 * empty; {@code requireLicenseAcceptance} needs a license; {@code <license>} and a different
 * {@code <licenseUrl>} exclude each other; a license expression must parse.
 */
final class MetadataRules {

    /** .NET's {@code System.Version}: two to four numbers. */
    private static final Pattern CLIENT_VERSION = Pattern.compile("\\d+(\\.\\d+){1,3}");

    private MetadataRules() {}

    static void check(NuspecMetadata m, boolean symbols, List<PackageProblem> problems) {
        if (isBlank(m.id())) {
            problems.add(new PackageProblem("", "<id>", "is missing; every package needs an id"));
        } else {
            PackageIds.problem(m.id()).ifPresent(p -> problems.add(new PackageProblem("", "<id>", p)));
        }
        version(m).ifPresent(p -> problems.add(new PackageProblem("", "<version>", p)));
        if (m.authors().isEmpty() && !symbols) {
            problems.add(new PackageProblem("", "<authors>", "is missing or empty; list the authors, separated by commas"));
        }
        if (isBlank(m.description())) {
            problems.add(new PackageProblem("", "<description>", "is missing or empty; every package needs a description"));
        }
        if (m.minClientVersion() != null && !CLIENT_VERSION.matcher(m.minClientVersion()).matches()) {
            problems.add(new PackageProblem("", "<metadata minClientVersion>", "'" + m.minClientVersion()
                    + "' is not a version such as 2.12 or 5.0.0"));
        }
        notEmpty(m.licenseUrl(), "<licenseUrl>", problems);
        notEmpty(m.projectUrl(), "<projectUrl>", problems);
        notEmpty(m.iconUrl(), "<iconUrl>", problems);
        if ("".equals(m.icon())) {
            problems.add(new PackageProblem("", "<icon>", "is empty; give the path of the icon in the package, or drop the element"));
        }
        license(m, problems);
    }

    private static Optional<String> version(NuspecMetadata m) {
        if (isBlank(m.versionText())) {
            return Optional.of("is missing or empty; every package needs a version");
        }
        if (m.tryVersion().isEmpty()) {
            return Optional.of("'" + m.versionText() + "' is not a NuGet version such as 1.2.3 or 1.2.3-beta.1"
                    + (m.versionText().contains("$") ? " (a $token$ without a value?)" : ""));
        }
        return Optional.empty();
    }

    private static void license(NuspecMetadata m, List<PackageProblem> problems) {
        License license = m.license();
        boolean hasLicenseUrl = !isBlank(m.licenseUrl());
        if (Boolean.TRUE.equals(m.requireLicenseAcceptance()) && license == null && !hasLicenseUrl) {
            problems.add(new PackageProblem("", "<requireLicenseAcceptance>",
                    "is true, but there is no <license> or <licenseUrl> to accept"));
        }
        if (license == null) {
            return;
        }
        if (license.type() == License.Type.EXPRESSION) {
            LicenseExpressions.problem(license.text())
                    .ifPresent(p -> problems.add(new PackageProblem("", "<license type=\"expression\">", p)));
        } else if (isBlank(license.text())) {
            problems.add(new PackageProblem("", "<license type=\"file\">", "is empty; give the path of the license file in the package"));
        }
        if (hasLicenseUrl && !isBlank(license.text()) && !m.licenseUrl().equals(PackedNuspec.licenseUrl(license))) {
            problems.add(new PackageProblem("", "<licenseUrl>", "cannot be used together with <license>; drop it"
                    + " (pack writes " + PackedNuspec.licenseUrl(license) + " for older clients itself)"));
        }
    }

    private static void notEmpty(String url, String element, List<PackageProblem> problems) {
        if (url != null && url.isBlank()) {
            problems.add(new PackageProblem("", element, "is empty; give a URL or drop the element"));
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
