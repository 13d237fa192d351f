package io.nugetbridge.core.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading feed JSON the tolerant way servers need: a UTF-8 byte-order mark, strings where numbers belong. */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** Parses a document, skipping a UTF-8 BOM (nuget.org's search and some registrations start with one). */
    static JsonNode parse(byte[] bytes, String what) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            JsonNode node = MAPPER.readTree(bytes, offset, bytes.length - offset);
            if (node == null || node.isMissingNode()) {
                throw new FeedException(what + " is empty, not JSON");
            }
            return node;
        } catch (IOException e) {
            String start = new String(bytes, offset, Math.min(80, bytes.length - offset), StandardCharsets.UTF_8);
            throw new FeedException(what + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + "); it starts with: "
                    + start.replaceAll("\\s+", " "), e);
        }
    }

    /** A text field, or empty when absent, null or blank. Numbers and booleans are read as their text. */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        String text = value.asText().trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A field that servers write as a string or as an array of strings ({@code @type}, {@code authors}). */
    static List<String> textOrArray(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (value.isArray()) {
            value.forEach(item -> {
                if (item.isValueNode() && !item.asText().isBlank()) {
                    result.add(item.asText().trim());
                }
            });
        } else if (value.isValueNode() && !value.asText().isBlank()) {
            result.add(value.asText().trim());
        }
        return result;
    }

    /**
     * A list that servers write as an array, or as one comma-separated string ({@code authors}, {@code tags},
     * {@code owners} in some search responses). Array items are kept as written.
     */
    static List<String> listOrCommaSeparated(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isValueNode() && !value.isNull()) {
            List<String> parts = new ArrayList<>();
            for (String part : value.asText().split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.trim());
                }
            }
            return parts;
        }
        return textOrArray(node, field);
    }

    /** A whole number written as a number or a string; empty when absent or not a number. */
    static Optional<Long> number(JsonNode node, String field) {
        return text(node, field).flatMap(text -> {
            try {
                return Optional.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
