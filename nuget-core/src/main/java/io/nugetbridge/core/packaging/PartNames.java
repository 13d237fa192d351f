package io.nugetbridge.core.packaging;

import java.util.Locale;
import java.util.Optional;

/**
 * Package paths turned into zip entry names, and the paths a package may not contain.
 *
 * <p>NuGet escapes each path segment as a URI and then unescapes what is safe, so today's packages
 * store names raw (spaces and non-ASCII as UTF-8), and readers percent-decode any name with a
 * {@code %} in it. Writing raw names and escaping only {@code %} itself as {@code %25} gives every
 * reader the same path back (section 7 of nuget-reference.md; NuGet/Home#5726).
 */
final class PartNames {

    private PartNames() {}

    /** The zip entry name for a (tidied, valid) package path. */
    static String entryName(String path) {
        return path.replace("%", "%25");
    }

    /**
     * Why a package path cannot be packed, or empty when it can: paths our own reader would refuse to
     * extract (absolute, {@code ..}, drive letters, control characters), and the names of the parts
     * pack writes itself.
     */
    static Optional<String> problem(String path) {
        if (path.isEmpty()) {
            return Optional.of("the target path is empty; give a file name or a folder ending with '/'");
        }
        Optional<String> unsafe = EntryNames.unsafeReason(path);
        if (unsafe.isPresent()) {
            return Optional.of("'" + path + "' cannot be a path in a package, because " + unsafe.get());
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.indexOf('/') < 0 && lower.endsWith(".nuspec")) {
            return Optional.of("'" + path + "' would be a second nuspec at the package root; a package has exactly one");
        }
        if (PackageEntry.isPackagingPart(path) || lower.equals(PackageEntry.SIGNATURE_FILE)) {
            return Optional.of("'" + path + "' is a name pack writes itself (or the signature's); choose another target");
        }
        return Optional.empty();
    }
}
