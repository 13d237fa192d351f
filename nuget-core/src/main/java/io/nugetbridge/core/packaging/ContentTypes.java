package io.nugetbridge.core.packaging;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code [Content_Types].xml} part: a {@code Default} for {@code rels} and {@code psmdcp}, then one
 * for each payload file extension in the order first met (matched case-insensitively, spelled as first
 * met: System.Memory's package lists {@code TXT}), then {@code nuspec}, then an {@code Override} for
 * each file without an extension, as NuGet's {@code PackageBuilder} writes it. Every payload type is
 * {@code application/octet}.
 */
final class ContentTypes {

    static final String PART_NAME = "[Content_Types].xml";

    private static final String NAMESPACE = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String OCTET = "application/octet";

    /** Lower-cased extension to the spelling first met. */
    private final Map<String, String> extensions = new LinkedHashMap<>();
    private final Set<String> withoutExtension = new LinkedHashSet<>();

    /** Records a payload entry by its entry name (forward slashes, as stored). */
    void add(String entryName) {
        String extension = extensionOf(entryName);
        String key = extension.toLowerCase(Locale.ROOT);
        if (extension.isEmpty()) {
            withoutExtension.add("/" + entryName);
        } else if (!key.equals("rels") && !key.equals("psmdcp")) {
            // Those two already have their Default; a second one for the same extension would make the part invalid.
            extensions.putIfAbsent(key, extension);
        }
    }

    /**
     * The extension as .NET's {@code Path.GetExtension} finds it, without the dot: after the last dot
     * of the file name, empty when there is none or the name ends with it ({@code _._} gives
     * {@code _}, {@code .editorconfig} gives {@code editorconfig}).
     */
    static String extensionOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1);
    }

    byte[] toXml() {
        Map<String, String> all = new LinkedHashMap<>(extensions);
        all.putIfAbsent("nuspec", "nuspec");
        OpcXml xml = new OpcXml().line("<Types xmlns=\"" + NAMESPACE + "\">")
                .line(defaultType("rels", "application/vnd.openxmlformats-package.relationships+xml"))
                .line(defaultType("psmdcp", "application/vnd.openxmlformats-package.core-properties+xml"));
        all.values().forEach(extension -> xml.line(defaultType(extension, OCTET)));
        withoutExtension.forEach(part -> xml.line("  <Override PartName=\"" + OpcXml.attribute(part)
                + "\" ContentType=\"" + OCTET + "\" />"));
        return xml.line("</Types>").toBytes();
    }

    private static String defaultType(String extension, String contentType) {
        return "  <Default Extension=\"" + OpcXml.attribute(extension) + "\" ContentType=\"" + contentType + "\" />";
    }
}
