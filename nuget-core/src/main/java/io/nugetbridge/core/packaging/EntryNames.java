package io.nugetbridge.core.packaging;

import io.nugetbridge.core.text.PercentDecoding;
import java.util.Optional;

/**
 * Package entry names as NuGet reads them (percent-decoded, either slash) and the checks that keep
 * a hostile name from escaping the folder it is extracted into.
 */
final class EntryNames {

    private EntryNames() {}

    /**
     * The decoded path with forward slashes. Readers must percent-decode (older NuGet stored
     * {@code My%20Lib.dll}); a malformed escape is kept literally, as .NET's unescape does.
     */
    static String decode(String rawName) {
        String slashes = rawName.replace('\\', '/');
        return PercentDecoding.decode(slashes);
    }

    /**
     * Why a decoded path must not be written to disk, or empty when it is safe: absolute paths,
     * drive letters, UNC names, {@code ..} or {@code .} segments, empty segments and control characters
     * are refused.
     */
    static Optional<String> unsafeReason(String path) {
        if (path.isEmpty()) {
            return Optional.of("the name is empty");
        }
        if (path.startsWith("/")) {
            return Optional.of("it is an absolute path");
        }
        if (path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':') {
            return Optional.of("it starts with a drive letter");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return Optional.of("it contains a control character");
            }
            if (c == ':') {
                return Optional.of("it contains ':' (a drive letter or an NTFS stream)");
            }
        }
        String withoutTrailingSlash = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (String segment : withoutTrailingSlash.split("/", -1)) {
            if (segment.isEmpty()) {
                return Optional.of("it has an empty path segment");
            }
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.of("it contains a '" + segment + "' segment");
            }
        }
        return Optional.empty();
    }
}
