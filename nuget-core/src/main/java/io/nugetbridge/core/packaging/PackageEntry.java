package io.nugetbridge.core.packaging;

import java.util.Locale;

/**
 * One entry of a .nupkg. {@link #path()} is the name NuGet uses (percent-decoded, forward slashes);
 * {@link #rawName()} is the name as stored in the zip.
 *
 * @param path            decoded path inside the package, e.g. {@code lib/net45/My Lib.dll}
 * @param rawName         the zip entry name as stored, e.g. {@code lib/net45/My%20Lib.dll}
 * @param size            uncompressed size the zip declares, or -1 when unknown (never trusted for limits)
 * @param packagingPart   true for the OPC parts NuGet skips on extraction
 */
public record PackageEntry(String path, String rawName, long size, boolean packagingPart) {

    /** The package signature file at the root of a signed package. */
    public static final String SIGNATURE_FILE = ".signature.p7s";

    /** True for {@code [Content_Types].xml}, {@code _rels/*.rels} and {@code package/services/metadata/core-properties/*.psmdcp}. */
    static boolean isPackagingPart(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.equals("[content_types].xml")
                || (lower.startsWith("_rels/") && lower.endsWith(".rels"))
                || (lower.startsWith("package/services/metadata/core-properties/") && lower.endsWith(".psmdcp"));
    }

    /** The first folder of the path ({@code lib}, {@code build}, ...), or empty for a root file. */
    public String topFolder() {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** True for a file at the root of the package. */
    public boolean isAtRoot() {
        return path.indexOf('/') < 0;
    }
}
