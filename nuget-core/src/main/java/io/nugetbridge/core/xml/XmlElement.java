package io.nugetbridge.core.xml;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a small XML file read whole (packages.config, project files, props files): its local
 * name, attributes as written, child elements, trimmed text, and where it stands, so every reader built on
 * it can name the file and line in its errors.
 *
 * @param name       the local name
 * @param attributes attribute local names to values, in document order
 * @param children   child elements in document order (comments and processing instructions dropped)
 * @param text       the element's own text, trimmed
 * @param file       the file it was read from
 * @param line       its 1-based line
 */
public record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, String text,
        Path file, int line) {

    public XmlElement {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        children = List.copyOf(children);
    }

    /** An attribute by exact name. */
    public Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    /** An attribute by name in any case (MSBuild reads {@code Version} and {@code version} alike). */
    public Optional<String> attributeIgnoreCase(String attributeName) {
        return attributes.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(attributeName))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The children with this name, in any case. */
    public List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equalsIgnoreCase(childName)).toList();
    }

    /** The first child with this name, in any case. */
    public Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equalsIgnoreCase(childName)).findFirst();
    }

    /** {@code /repo/app/app.csproj line 12}: where this element is, for messages. */
    public String location() {
        return file + " line " + line;
    }
}
