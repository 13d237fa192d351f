package io.nugetbridge.core.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One file to put in a package: where it goes ({@link #path()}, forward slashes, as NuGet readers see
 * it) and where its bytes come from, a file on disk (streamed when the package is written, never held
 * in memory) or a byte array.
 *
 * <p>The path is tidied as NuGet's pack tidies target paths: backslashes become slashes, leading,
 * doubled and trailing slashes and {@code .} segments go. Whether what remains is allowed in a package
 * (no {@code ..}, no drive letters, no control characters) is checked when the package is validated,
 * so that the error can name the nuspec element it came from.
 */
public final class PackageFile {

    private final String path;
    private final Path source;
    private final byte[] content;
    private final String declaredBy;

    private PackageFile(String path, Path source, byte[] content, String declaredBy) {
        this.path = tidy(path);
        this.source = source;
        this.content = content;
        this.declaredBy = declaredBy;
    }

    /** A file on disk, packed at {@code packagePath}. */
    public static PackageFile of(String packagePath, Path source) {
        return new PackageFile(packagePath, Objects.requireNonNull(source, "source"), null, null);
    }

    /** Bytes packed at {@code packagePath} (for small generated files; large ones belong on disk). */
    public static PackageFile of(String packagePath, byte[] content) {
        return new PackageFile(packagePath, null, Objects.requireNonNull(content, "content").clone(), null);
    }

    /** The path inside the package, e.g. {@code lib/net8.0/My Lib.dll}. */
    public String path() {
        return path;
    }

    /** The file on disk the bytes come from, or empty for in-memory content. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    /** Where the bytes come from, for messages. */
    public String origin() {
        return source != null ? source.toString() : "(" + content.length + " bytes in memory)";
    }

    /** The same file, remembering the nuspec element that selected it, so errors can point there. */
    PackageFile declaredBy(String element) {
        return new PackageFile(path, source, content, element);
    }

    /** The element that selected the file, else {@code <files>}. */
    String element() {
        return declaredBy != null ? declaredBy : "<files>";
    }

    long size() throws IOException {
        return source != null ? Files.size(source) : content.length;
    }

    InputStream open() throws IOException {
        return source != null ? Files.newInputStream(source) : new ByteArrayInputStream(content);
    }

    FileTime lastModified() throws IOException {
        return source != null ? Files.getLastModifiedTime(source) : FileTime.fromMillis(System.currentTimeMillis());
    }

    static String tidy(String path) {
        Objects.requireNonNull(path, "path");
        return Arrays.stream(path.replace('\\', '/').split("/"))
                .filter(segment -> !segment.isEmpty() && !segment.equals("."))
                .collect(Collectors.joining("/"));
    }

    @Override
    public String toString() {
        return path + " <- " + origin();
    }
}
