package io.nugetbridge.core.lockfile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads packages.lock.json as NuGet does: version 1 and 2 files ({@code dependencies} per target), comments and
 * trailing commas allowed (NuGet's JSON reader takes them), target keys in short or full form with an optional
 * {@code /rid}, a {@code null} dependency range meaning every version.
 */
public final class LockFileReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private LockFileReader() {}

    public static PackagesLockFile read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new LockFileException("Cannot read the lock file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses lock file text; {@code source} names it in errors. */
    public static PackagesLockFile parse(String text, String source) {
        JsonNode root;
        try (JsonParser parser = JSON.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            root = JSON.readTree(parser);
        } catch (IOException e) {
            throw new LockFileException(source + " is not valid JSON (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "); delete it and restore"
                    + " again to write a new one, or take it back from version control", e);
        }
        if (root == null || !root.isObject() || !root.path("version").canConvertToInt()) {
            throw new LockFileException(source + " is not a packages.lock.json: it needs a numeric \"version\" and"
                    + " \"dependencies\" per target framework");
        }
        int version = root.path("version").asInt();
        if (version > 2) {
            throw new LockFileException(source + " has format version " + version + ", newer than this restore reads (1 and 2);"
                    + " it was written by a newer NuGet");
        }
        List<LockTarget> targets = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("dependencies").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> target = it.next();
            targets.add(target(target.getKey(), target.getValue(), source));
        }
        return new PackagesLockFile(version, targets);
    }

    private static LockTarget target(String key, JsonNode packages, String source) {
        int slash = key.indexOf('/');
        NuGetFramework framework = NuGetFramework.parse(slash < 0 ? key : key.substring(0, slash));
        Optional<String> rid = slash < 0 ? Optional.empty() : Optional.of(key.substring(slash + 1));
        List<LockedPackage> locked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = packages.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            locked.add(lockedPackage(entry.getKey(), entry.getValue(), source + " (" + key + ", " + entry.getKey() + ")"));
        }
        return new LockTarget(framework, rid, locked);
    }

    private static LockedPackage lockedPackage(String id, JsonNode json, String where) {
        LockType type = text(json, "type").flatMap(LockType::parse).orElseThrow(() -> new LockFileException(where
                + " has no valid \"type\" (Direct, Transitive, Project or CentralTransitive)"));
        List<LockedDependency> dependencies = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.path("dependencies").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> dependency = it.next();
            String range = dependency.getValue().isNull() ? "" : dependency.getValue().asText().trim();
            dependencies.add(new LockedDependency(dependency.getKey(),
                    range.isEmpty() ? VersionRange.ALL : parse(range, where, VersionRange::parse)));
        }
        return new LockedPackage(id, type, text(json, "requested").map(r -> parse(r, where, VersionRange::parse)),
                text(json, "resolved").map(v -> parse(v, where, NuGetVersion::parse)), text(json, "contentHash"), dependencies);
    }

    private static <T> T parse(String text, String where, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new LockFileException(where + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText().trim());
    }
}
