package io.nugetbridge.core.config;

import java.io.File;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Path values in nuget.config: relative to the folder of the file that declares them, as in NuGet.
 * Files shared with Windows developers write {@code .\PackageCache}; off Windows the backslashes are
 * read as separators, since a file name with a backslash in it is never what was meant.
 */
final class ConfigPaths {

    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private ConfigPaths() {}

    /** True for a value with a scheme ({@code https://...}, {@code file://...}). */
    static boolean isUrl(String value) {
        return URL.matcher(value).matches();
    }

    static Path resolve(String value, Path declaringFile) {
        String path = File.separatorChar == '/' ? value.replace('\\', '/') : value;
        Path folder = declaringFile.toAbsolutePath().getParent();
        return folder.resolve(path).normalize();
    }
}
