package io.nugetbridge.core.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code .nupkg.metadata} file NuGet writes last into a package folder: its presence is what makes
 * the package count as installed. Written as dotnet writes it (two-space indent, the platform's line
 * separator, no final newline, {@code source} left out when unknown, as NuGet 6.12 and later do), read
 * as NuGet reads it (property names in any case, unknown properties ignored, version 1 without a source).
 *
 * @param version     the file format version; NuGet writes 2
 * @param contentHash base64 SHA-512 of the package, over the unsigned content for a signed package
 * @param source      the source the package came from (a URL or a folder), when known
 */
public record NupkgMetadata(int version, String contentHash, Optional<String> source) {

    /** The literal file name in every package folder. */
    public static final String FILE_NAME = ".nupkg.metadata";

    /** The format version NuGet writes today. */
    public static final int CURRENT_VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    public static NupkgMetadata of(String contentHash, Optional<String> source) {
        return new NupkgMetadata(CURRENT_VERSION, contentHash, source);
    }

    /** Reads a metadata file; a file that is not NuGet's JSON is an error naming it and what to do. */
    public static NupkgMetadata read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("Cannot read " + file + ": it does not exist", e);
        } catch (JsonProcessingException e) {
            throw corrupt(file, "it is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw corrupt(file, "it is not a JSON object");
        }
        int version = CURRENT_VERSION;
        String contentHash = "";
        Optional<String> source = Optional.empty();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey().toLowerCase(Locale.ROOT)) {
                case "version" -> version = value.canConvertToInt() ? value.asInt() : version;
                case "contenthash" -> contentHash = value.isTextual() ? value.asText() : contentHash;
                case "source" -> source = value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
                default -> { /* NuGet ignores what it does not know; so do we. */ }
            }
        }
        return new NupkgMetadata(version, contentHash, source);
    }

    /** The file's bytes, exactly as dotnet formats them. */
    public byte[] toBytes() {
        String newline = System.lineSeparator();
        StringBuilder text = new StringBuilder("{").append(newline)
                .append("  \"version\": ").append(version).append(',').append(newline)
                .append("  \"contentHash\": ").append(quote(contentHash));
        source.ifPresent(s -> text.append(',').append(newline).append("  \"source\": ").append(quote(s)));
        return text.append(newline).append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the file into {@code folder} through a temporary name, so a reader sees all of it or none. */
    void writeInto(Path folder) throws IOException {
        AtomicFiles.write(folder.resolve(FILE_NAME), toBytes());
    }

    /** JSON string escaping as NuGet's writers do it: quotes, backslashes and control characters only. */
    private static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static CacheException corrupt(Path file, String why) {
        return new CacheException("The package metadata file " + file + " cannot be read: " + why + ". Delete the"
                + " folder " + file.getParent() + " so that the package is installed again.");
    }
}
