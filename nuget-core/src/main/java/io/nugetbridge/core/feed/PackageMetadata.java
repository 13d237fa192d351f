package io.nugetbridge.core.feed;

import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.version.NuGetVersion;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a feed's metadata says about one version: a V3 registration's catalog entry or a V2 OData entry,
 * as far as the server filled it in. Servers leave out most fields (Artipie writes only id and version, Azure Artifacts leaves out the
 * id), so everything but the version is optional and the nuspec stays the source of truth for restore.
 *
 * @param id              the id as the entry spells it, else as it was asked for
 * @param version         the version, parsed
 * @param versionAsListed the version string exactly as written
 * @param listed          {@code listed}, absent meaning listed; nuget.org's 1900 publish date means unlisted
 * @param packageContent  the .nupkg URL from the leaf or its catalog entry
 * @param dependencyGroups the catalog entry's groups, empty when the server gave none (which also means
 *                        "no dependencies", so only the nuspec can tell the two apart)
 * @param deprecation     the deprecation notice, when there is one
 * @param vulnerabilities the known vulnerabilities, severity 0 (low) to 3 (critical)
 * @param sha512          the base64 SHA-512 of the .nupkg, when the feed states it (V2 {@code PackageHash})
 */
public record PackageMetadata(String id, NuGetVersion version, String versionAsListed, boolean listed,
        Optional<URI> packageContent, List<DependencyGroup> dependencyGroups, Optional<Deprecation> deprecation,
        List<Vulnerability> vulnerabilities, Optional<String> description, List<String> authors,
        Optional<String> licenseExpression, Optional<String> projectUrl, Optional<String> published,
        Optional<String> sha512) {

    public PackageMetadata {
        dependencyGroups = List.copyOf(dependencyGroups);
        vulnerabilities = List.copyOf(vulnerabilities);
        authors = List.copyOf(authors);
    }

    /** Why a version is deprecated; reasons NuGet does not know are read as {@link #OTHER}, as NuGet does. */
    public enum DeprecationReason { LEGACY, CRITICAL_BUGS, OTHER }

    /** A deprecation notice with what to use instead, when the owner said. */
    public record Deprecation(List<DeprecationReason> reasons, Optional<String> message,
            Optional<String> alternateId, Optional<String> alternateRange) {

        public Deprecation {
            reasons = List.copyOf(reasons);
        }
    }

    /** An advisory against a version. */
    public record Vulnerability(URI advisoryUrl, int severity) {}

    /** The listing as {@link Feed#versions} reports it. */
    public FeedPackage toFeedPackage() {
        return new FeedPackage(id, version, versionAsListed, listed, packageContent, sha512);
    }
}
