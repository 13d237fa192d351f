package io.nugetbridge.core.spec;

import java.util.Arrays;
import java.util.List;

/**
 * One {@code <file src target exclude>} entry of an authoring nuspec's {@code <files>} section.
 *
 * @param src     the source pattern as written (relative to the nuspec folder; may hold several
 *                {@code ;}-separated patterns, {@code *} and {@code **}, either slash)
 * @param target  the folder or path inside the package, or null when absent (pack then keeps the
 *                path below the wildcard)
 * @param exclude {@code ;}-separated globs to leave out, or null when absent
 */
public record NuspecFile(String src, String target, String exclude) {

    /** The source patterns one by one: pack treats {@code a;b} as two entries with the same target. */
    public List<String> sources() {
        return split(src);
    }

    /** The exclude globs one by one. */
    public List<String> excludes() {
        return split(exclude);
    }

    private static List<String> split(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
