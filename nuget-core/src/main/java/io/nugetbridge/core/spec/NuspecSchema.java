package io.nugetbridge.core.spec;

import java.util.List;

/**
 * The six nuspec XML namespaces, and the rule for picking the lowest one a nuspec needs when the model
 * does not say which it came with.
 *
 * <p>NuGet's pack writes the minimum schema version the content requires, so that older clients can
 * still read the package. Its exact rule inspects every property; this class keeps the part that
 * matters in practice (section 7 of nuget-reference.md):
 * <ul>
 *   <li>{@link #V6} ({@code 2013/05}) for {@code <contentFiles>} or a dependency with {@code include} or
 *       {@code exclude};</li>
 *   <li>{@link #V5} ({@code 2013/01}) for {@code <references>} groups with a target framework;</li>
 *   <li>{@link #V4} ({@code 2012/06}) for {@code <dependencies>} written as groups, or
 *       {@code <frameworkReferences>};</li>
 *   <li>{@link #V3} ({@code 2011/10}) for a prerelease version;</li>
 *   <li>{@link #V1} ({@code 2010/07}) otherwise.</li>
 * </ul>
 * Readers accept any namespace (or none), so the choice only matters to old clients.
 */
public final class NuspecSchema {

    private static final String BASE = "http://schemas.microsoft.com/packaging/";

    public static final String V1 = BASE + "2010/07/nuspec.xsd";
    public static final String V2 = BASE + "2011/08/nuspec.xsd";
    public static final String V3 = BASE + "2011/10/nuspec.xsd";
    public static final String V4 = BASE + "2012/06/nuspec.xsd";
    public static final String V5 = BASE + "2013/01/nuspec.xsd";
    public static final String V6 = BASE + "2013/05/nuspec.xsd";

    /** The namespaces NuGet defines, oldest first. */
    public static final List<String> KNOWN = List.of(V1, V2, V3, V4, V5, V6);

    private NuspecSchema() {}

    /** Whether the namespace is one NuGet defines (nuget.exe on .NET Framework refuses the others). */
    public static boolean isKnown(String namespace) {
        return KNOWN.contains(namespace);
    }

    /** The lowest namespace that can express this metadata, by the rule in the class comment. */
    public static String minimumFor(NuspecMetadata metadata) {
        boolean dependencyAssetFilters = metadata.dependencies().all()
                .anyMatch(d -> !d.include().isEmpty() || !d.exclude().isEmpty());
        if (!metadata.contentFiles().isEmpty() || dependencyAssetFilters) {
            return V6;
        }
        boolean referenceGroupsWithFramework = metadata.references().groups().stream()
                .anyMatch(g -> g.targetFramework() != null && !g.targetFramework().isBlank());
        if (referenceGroupsWithFramework) {
            return V5;
        }
        if (metadata.dependencies().grouped() || !metadata.frameworkReferences().isEmpty()) {
            return V4;
        }
        if (metadata.tryVersion().map(v -> v.isPrerelease()).orElse(false)) {
            return V3;
        }
        return V1;
    }
}
