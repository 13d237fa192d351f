package io.nugetbridge.core.spec;

import io.nugetbridge.core.version.NuGetVersion;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything under {@code <metadata>}, in the order NuGet writes it. Every text value is kept as the
 * file wrote it, trimmed at both ends the way NuGet trims (inner line breaks of a description survive);
 * null means the element (or attribute) was absent, {@code ""} that it was present but empty.
 *
 * <p>Nothing is required here: authoring nuspecs may lack elements or hold {@code $tokens$}, and it is
 * a validator's job, not the model's, to say what pack needs.
 *
 * @param id                       the package id
 * @param versionText              the version as written, e.g. {@code 1.0.0}, {@code 2.3.4+build.119} or
 *                                 {@code $version$}; see {@link #version()}
 * @param minClientVersion         the {@code minClientVersion} attribute of {@code <metadata>}
 * @param title                    display title
 * @param authorsText              the authors as written (comma-separated); see {@link #authors()}
 * @param ownersText               the owners as written (deprecated by NuGet); see {@link #owners()}
 * @param developmentDependency    true for build-only packages (analyzers, source packages)
 * @param requireLicenseAcceptance whether the client must prompt for the license
 * @param license                  SPDX expression or license file
 * @param licenseUrl               deprecated URL (pack writes {@code https://aka.ms/deprecateLicenseUrl} when
 *                                 {@code <license>} is used)
 * @param icon                     path of the icon inside the package
 * @param readme                   path of the readme inside the package
 * @param projectUrl               project home page
 * @param iconUrl                  deprecated icon URL
 * @param description              long description (may span lines)
 * @param summary                  short description (deprecated)
 * @param releaseNotes             release notes (may span lines)
 * @param copyright                copyright line
 * @param language                 locale such as {@code en-US}
 * @param tagsText                 tags as written (space-delimited); see {@link #tags()}
 * @param serviceable              marks packages Microsoft may service
 * @param packageTypes             {@code <packageTypes>} entries; empty when absent
 * @param repository               source repository, or null
 * @param dependencies             package dependencies; {@link Dependencies#NONE} when absent
 * @param references               explicit assembly references; {@link References#NONE} when absent
 * @param frameworkReferences      shared-framework references by target framework; empty when absent
 * @param frameworkAssemblies      GAC assembly references; empty when absent
 * @param contentFiles             {@code <contentFiles>} entries; empty when absent
 */
public record NuspecMetadata(
        String id,
        String versionText,
        String minClientVersion,
        String title,
        String authorsText,
        String ownersText,
        Boolean developmentDependency,
        Boolean requireLicenseAcceptance,
        License license,
        String licenseUrl,
        String icon,
        String readme,
        String projectUrl,
        String iconUrl,
        String description,
        String summary,
        String releaseNotes,
        String copyright,
        String language,
        String tagsText,
        Boolean serviceable,
        List<PackageType> packageTypes,
        Repository repository,
        Dependencies dependencies,
        References references,
        List<FrameworkReferenceGroup> frameworkReferences,
        List<FrameworkAssembly> frameworkAssemblies,
        List<ContentFilesEntry> contentFiles) {

    private static final Pattern COMMA = Pattern.compile(",");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[\\s,]+");

    public NuspecMetadata {
        packageTypes = packageTypes == null ? List.of() : List.copyOf(packageTypes);
        dependencies = dependencies == null ? Dependencies.NONE : dependencies;
        references = references == null ? References.NONE : references;
        frameworkReferences = frameworkReferences == null ? List.of() : List.copyOf(frameworkReferences);
        frameworkAssemblies = frameworkAssemblies == null ? List.of() : List.copyOf(frameworkAssemblies);
        contentFiles = contentFiles == null ? List.of() : List.copyOf(contentFiles);
    }

    public static NuspecMetadataBuilder builder() {
        return new NuspecMetadataBuilder();
    }

    /** A builder holding every value of this metadata, to change a few. */
    public NuspecMetadataBuilder toBuilder() {
        return new NuspecMetadataBuilder(this);
    }

    /**
     * The version, parsed with NuGet's lenient rules (4-part and SemVer 2.0.0 versions, leading zeros).
     *
     * @throws IllegalArgumentException when the version is absent or not a version, typically an
     *                                  authoring nuspec whose {@code $version$} token was not replaced
     */
    public NuGetVersion version() {
        if (versionText == null) {
            throw new IllegalArgumentException("The nuspec of '" + id + "' has no <version>");
        }
        try {
            return NuGetVersion.parse(versionText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The nuspec of '" + id + "' has version '" + versionText
                    + "', which is not a NuGet version" + (versionText.contains("$") ? " (a $token$ not replaced?)" : "")
                    + ": " + e.getMessage(), e);
        }
    }

    /** The version, or empty when it is absent or not (yet) a version. */
    public Optional<NuGetVersion> tryVersion() {
        return versionText == null ? Optional.empty() : NuGetVersion.tryParse(versionText);
    }

    /** The authors split on commas and trimmed, as NuGet splits them. */
    public List<String> authors() {
        return split(authorsText, COMMA);
    }

    /** The owners split on commas and trimmed. */
    public List<String> owners() {
        return split(ownersText, COMMA);
    }

    /** The tags split on whitespace (NuGet's separator) and on commas (which many authors use too). */
    public List<String> tags() {
        return split(tagsText, TAG_SEPARATORS);
    }

    private static List<String> split(String text, Pattern separator) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(separator.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
