package io.nugetbridge.core.packaging.analysis;

import java.util.Locale;

/** The bits of .NET's {@code Path} the rules use, on a package's forward-slash paths. */
final class PackagePaths {

    private PackagePaths() {}

    /** {@code Path.GetDirectoryName}: {@code lib/net45} for {@code lib/net45/a.dll}, {@code ""} at the root. */
    static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** {@code Path.GetFileName}. */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code Path.GetFileNameWithoutExtension}. */
    static String baseName(String path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** {@code Path.GetExtension}: {@code .props}, or {@code ""}. */
    static String extension(String path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    static boolean endsWithIgnoreCase(String text, String suffix) {
        return text.length() >= suffix.length()
                && text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static int slashes(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
