package io.nugetbridge.core.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a {@code .nuspec} into a {@link Nuspec}: authoring nuspecs (with {@code <files>} and
 * {@code $tokens$}) as well as the nuspecs inside packages.
 *
 * <ul>
 *   <li>Any nuspec namespace, or none; elements are matched by name within the namespace of
 *       {@code <package>}, case-sensitively.</li>
 *   <li>UTF-8 or UTF-16 (either byte order), with or without a byte order mark.</li>
 *   <li>Hardened: a DOCTYPE is refused before anything is parsed, and the parser runs with DTDs,
 *       external entities and entity replacement switched off, so XXE and entity-expansion attacks
 *       cannot work.</li>
 *   <li>Lenient about content: missing id, version, authors or description are not errors here
 *       (authoring nuspecs may leave them to tokens); unknown elements are ignored.</li>
 *   <li>Strict about structure NuGet refuses: malformed XML, a root other than {@code <package>}, no
 *       {@code <metadata>}, and dependencies or references mixing flat entries with groups throw a
 *       {@link NuspecException} naming the source, line and column.</li>
 * </ul>
 * I/O failures are thrown as {@link UncheckedIOException}.
 */
public final class NuspecReader {

    /** Far above any real nuspec (the largest on nuget.org are some hundred KiB); stops zip-bomb entries. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private NuspecReader() {}

    /** Reads a nuspec file; errors name the path. */
    public static Nuspec read(Path file) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read nuspec " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads an authoring nuspec the way {@code nuget pack} does: decodes the file, replaces its
     * {@code $tokens$} in the raw text, then parses the result. Errors name the path.
     */
    public static Nuspec read(Path file, TokenReplacer tokens) {
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new NuspecException(source, -1, -1, "is larger than " + MAX_BYTES + " bytes; that is no nuspec");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read nuspec " + source + ": " + e.getMessage(), e);
        }
        return parse(tokens.replace(NuspecText.decode(bytes, source), source).text(), source);
    }

    /**
     * Reads a nuspec from a stream (not closed here).
     *
     * @param sourceName what error messages call the nuspec, e.g.
     *                   {@code CsvHelper.33.0.1.nupkg!/CsvHelper.nuspec}
     */
    public static Nuspec read(InputStream in, String sourceName) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read nuspec " + sourceName + ": " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new NuspecException(sourceName, -1, -1, "is larger than " + MAX_BYTES + " bytes; that is no nuspec");
        }
        return read(bytes, sourceName);
    }

    /** Reads a nuspec from its bytes, detecting UTF-8 or UTF-16 by byte order mark or first character. */
    public static Nuspec read(byte[] bytes, String sourceName) {
        return parse(NuspecText.decode(bytes, sourceName), sourceName);
    }

    /**
     * Reads a nuspec from text already decoded, such as the output of {@link TokenReplacer}. An XML
     * declaration naming an encoding is ignored, as the text is no longer encoded.
     */
    public static Nuspec parse(String text, String sourceName) {
        return NuspecParser.parse(text, sourceName);
    }
}
