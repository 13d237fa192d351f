package io.nugetbridge.core.packaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The package's relationships ({@code _rels/.rels}) and core properties ({@code .psmdcp}) parts, in the
 * shape NuGet's {@code PackageBuilder} writes them. Readers skip both; old OPC tooling and some servers
 * still look at them, so they are written like NuGet's, relationship ids included.
 */
final class OpcParts {

    static final String RELATIONSHIPS = "_rels/.rels";
    static final String CORE_PROPERTIES_FOLDER = "package/services/metadata/core-properties/";

    private static final String RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String MANIFEST_TYPE = "http://schemas.microsoft.com/packaging/2010/07/manifest";
    private static final String CORE_PROPERTIES_TYPE =
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    private OpcParts() {}

    /** {@code _rels/.rels}: the manifest (the nuspec) and the core properties, each with NuGet's id. */
    static byte[] relationships(String nuspecEntry, String corePropertiesEntry) {
        return new OpcXml().line("<Relationships xmlns=\"" + RELATIONSHIPS_NAMESPACE + "\">")
                .line(relationship(MANIFEST_TYPE, "/" + nuspecEntry))
                .line(relationship(CORE_PROPERTIES_TYPE, "/" + corePropertiesEntry))
                .line("</Relationships>")
                .toBytes();
    }

    private static String relationship(String type, String target) {
        return "  <Relationship Type=\"" + type + "\" Target=\"" + OpcXml.attribute(target) + "\" Id=\""
                + relationshipId(target) + "\" />";
    }

    /** NuGet's id: {@code R} and the first 16 hex digits (upper case) of the SHA-512 of the target. */
    static String relationshipId(String target) {
        byte[] hash = PackageHash.newSha512().digest(target.getBytes(StandardCharsets.UTF_8));
        return "R" + HexFormat.of().withUpperCase().formatHex(hash, 0, 8);
    }

    /**
     * The {@code .psmdcp} entry name. NuGet uses a random GUID (or, deterministic, a hash of every file's
     * bytes); ours is the first 32 hex digits of a SHA-512 over the nuspec bytes and each payload path
     * and size, known before the payload streams. The relationships part, which names it, comes first
     * in the zip, so a name from the payload's bytes would need a second pass over gigabytes.
     */
    static String corePropertiesEntry(byte[] nuspec, List<PackageFile> files, List<Long> sizes) {
        MessageDigest digest = PackageHash.newSha512();
        digest.update(nuspec);
        for (int i = 0; i < files.size(); i++) {
            digest.update(files.get(i).path().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Long.toString(sizes.get(i)).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
        }
        return CORE_PROPERTIES_FOLDER + HexFormat.of().formatHex(digest.digest(), 0, 16).toLowerCase(Locale.ROOT)
                + ".psmdcp";
    }

    /** The core properties NuGet writes: creator, description, identifier, version, keywords, lastModifiedBy. */
    static byte[] coreProperties(CoreProperties values) {
        return new OpcXml()
                .line("<coreProperties xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                        + " xmlns:dcterms=\"http://purl.org/dc/terms/\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xmlns=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\">")
                .line("  <dc:creator>" + OpcXml.text(values.creator()) + "</dc:creator>")
                .line("  <dc:description>" + OpcXml.text(values.description()) + "</dc:description>")
                .line("  <dc:identifier>" + OpcXml.text(values.identifier()) + "</dc:identifier>")
                .line("  <version>" + OpcXml.text(values.version()) + "</version>")
                .line("  <keywords>" + OpcXml.text(values.keywords()) + "</keywords>")
                .line("  <lastModifiedBy>" + OpcXml.text(values.lastModifiedBy()) + "</lastModifiedBy>")
                .line("</coreProperties>")
                .toBytes();
    }

    /**
     * The values of the core properties part.
     *
     * @param creator        the authors joined with {@code ", "}
     * @param version        the normalized version (NuGet leaves build metadata out here)
     * @param keywords       the tags joined with spaces
     * @param lastModifiedBy the tool that wrote the package
     */
    record CoreProperties(String creator, String description, String identifier, String version, String keywords,
            String lastModifiedBy) {}
}
