package io.nugetbridge.core.project;

import io.nugetbridge.core.xml.XmlElement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluated item ({@code PackageReference}, {@code PackageVersion}, {@code GlobalPackageReference}): its
 * type, its identity, its metadata (attributes and child elements, expanded) and where it was declared.
 *
 * @param type     the item type as written
 * @param include  one identity of its {@code Include}
 * @param metadata metadata names (lower case) to expanded values
 * @param element  the element, for messages
 */
record MsBuildItem(String type, String include, Map<String, String> metadata, XmlElement element) {

    MsBuildItem {
        metadata = Map.copyOf(metadata);
    }

    /** A metadata value when present and not blank. */
    Optional<String> metadata(String name) {
        String value = metadata.get(name.toLowerCase(Locale.ROOT));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    MsBuildItem withMetadata(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(metadata);
        merged.putAll(more);
        return new MsBuildItem(type, include, merged, element);
    }
}
