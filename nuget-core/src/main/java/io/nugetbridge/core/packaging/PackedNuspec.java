package io.nugetbridge.core.packaging;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.Dependencies;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.spec.FrameworkAssembly;
import io.nugetbridge.core.spec.FrameworkReferenceGroup;
import io.nugetbridge.core.spec.License;
import io.nugetbridge.core.spec.Nuspec;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.NuspecSchema;
import io.nugetbridge.core.spec.NuspecWriter;
import io.nugetbridge.core.spec.ReferenceGroup;
import io.nugetbridge.core.spec.References;
import io.nugetbridge.core.version.VersionRange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The nuspec as NuGet's pack writes it into a package, from validated metadata: the version normalized
 * (build metadata kept), dependency ranges in NuGet's short form ({@code 1.0.0}, {@code [1.0.0]}), target
 * frameworks spelled as pack spells them ({@code .NETStandard2.0}, {@code net8.0}), the
 * {@code licenseUrl} NuGet derives from {@code <license>} for old clients, {@code requireLicenseAcceptance}
 * always present, no {@code <files>}, and the lowest schema namespace the metadata and files need.
 * The bytes are UTF-8 with a byte order mark and CRLF line ends, like .NET's XML writer.
 */
final class PackedNuspec {

    /** What NuGet writes as {@code licenseUrl} for a license file. */
    static final String DEPRECATED_LICENSE_URL = "https://aka.ms/deprecateLicenseUrl";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PackedNuspec() {}

    static Nuspec of(NuspecMetadata metadata, List<PackageFile> files) {
        NuspecMetadata packed = metadata.toBuilder()
                .versionText(metadata.version().toFullString())
                .requireLicenseAcceptance(Boolean.TRUE.equals(metadata.requireLicenseAcceptance()))
                .licenseUrl(metadata.license() == null ? metadata.licenseUrl() : licenseUrl(metadata.license()))
                .dependencies(dependencies(metadata.dependencies()))
                .references(references(metadata.references()))
                .frameworkReferences(metadata.frameworkReferences().stream()
                        .map(g -> new FrameworkReferenceGroup(framework(g.targetFramework()), g.names())).toList())
                .frameworkAssemblies(metadata.frameworkAssemblies().stream()
                        .map(a -> new FrameworkAssembly(a.assemblyName(), frameworks(a))).toList())
                .build();
        return new Nuspec(schema(packed, files), packed, null);
    }

    /** The bytes of the nuspec entry. */
    static byte[] bytes(Nuspec nuspec) {
        String text = NuspecWriter.toXml(nuspec).replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
        byte[] xml = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + xml.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(xml, 0, withBom, BOM.length, xml.length);
        return withBom;
    }

    /** NuGet's URL for a license: the licenses.nuget.org page of an expression, or the deprecation notice. */
    static String licenseUrl(License license) {
        if (license.type() == License.Type.FILE) {
            return DEPRECATED_LICENSE_URL;
        }
        return "https://licenses.nuget.org/" + license.text().replace(" ", "%20");
    }

    private static Dependencies dependencies(Dependencies dependencies) {
        if (!dependencies.grouped()) {
            return Dependencies.flat(dependencies.flat().stream().map(PackedNuspec::dependency).toList());
        }
        return Dependencies.grouped(dependencies.groups().stream()
                .map(g -> new DependencyGroup(framework(g.targetFramework()),
                        g.dependencies().stream().map(PackedNuspec::dependency).toList()))
                .toList());
    }

    private static Dependency dependency(Dependency dependency) {
        VersionRange range = dependency.range();
        String version = range.equals(VersionRange.ALL) ? null : range.toNuspecString();
        return new Dependency(dependency.id(), version, dependency.include(), dependency.exclude());
    }

    private static References references(References references) {
        if (!references.grouped()) {
            return references;
        }
        return References.grouped(references.groups().stream()
                .map(g -> new ReferenceGroup(framework(g.targetFramework()), g.files())).toList());
    }

    /** The framework as pack writes it; null (no attribute) for the group that applies to every framework. */
    private static String framework(String targetFramework) {
        if (targetFramework == null || targetFramework.isBlank()) {
            return null;
        }
        String spelled = NuGetFramework.parse(targetFramework).toNuspecString();
        return spelled.isEmpty() ? null : spelled;
    }

    private static String frameworks(FrameworkAssembly assembly) {
        if (assembly.targetFramework() == null) {
            return null;
        }
        return assembly.targetFrameworks().stream().map(PackedNuspec::framework)
                .filter(f -> f != null).collect(Collectors.joining(", "));
    }

    /** The higher of what the metadata needs and what the files need (section 7 of nuget-reference.md). */
    static String schema(NuspecMetadata metadata, List<PackageFile> files) {
        int level = NuspecSchema.KNOWN.indexOf(NuspecSchema.minimumFor(metadata));
        for (PackageFile file : files) {
            level = Math.max(level, NuspecSchema.KNOWN.indexOf(neededBy(file.path())));
        }
        return NuspecSchema.KNOWN.get(level);
    }

    private static String neededBy(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("contentfiles/")
                || lower.startsWith("content/") && (lower.endsWith(".install.xdt") || lower.endsWith(".uninstall.xdt"))) {
            return NuspecSchema.V6;
        }
        String[] segments = lower.split("/");
        boolean frameworkFolder = segments.length > 2 && NuGetFramework.parse(segments[1]).isSpecific();
        if (frameworkFolder && (segments[0].equals("content") || segments[0].equals("tools"))
                || segments.length == 3 && segments[0].equals("lib") && segments[2].equals("_._")) {
            return NuspecSchema.V4;
        }
        return NuspecSchema.V1;
    }
}
