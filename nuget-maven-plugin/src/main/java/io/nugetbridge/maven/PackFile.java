package io.nugetbridge.maven;

import io.nugetbridge.core.spec.NuspecFile;

/**
 * One {@code <file>} of the {@code files} parameter: packed after the nuspec's own {@code <files>}, with
 * the same meaning as in a nuspec, and {@code src} relative to the project's folder.
 *
 * <pre>{@code
 * <files>
 *   <file>
 *     <src>target/bin/Release/netstandard2.0/*.dll</src>
 *     <target>lib/netstandard2.0</target>
 *   </file>
 * </files>
 * }</pre>
 */
public class PackFile {

    /** The source pattern: a path, or wildcards {@code *} and {@code **}; {@code ;} separates several. */
    private String src;

    /** The folder (or, for one file of the same extension, the path) in the package. */
    private String target;

    /** {@code ;}-separated wildcards to leave out. */
    private String exclude;

    NuspecFile toNuspecFile() {
        return new NuspecFile(src, target, exclude);
    }

    String src() {
        return src;
    }
}
