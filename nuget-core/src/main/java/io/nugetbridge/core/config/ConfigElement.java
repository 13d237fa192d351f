package io.nugetbridge.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a nuget.config file as written: its name, attributes (values not yet expanded), child
 * elements, text, and where it stands. Sections are read from these, so every error can name the file
 * and the line.
 */
record ConfigElement(String name, Map<String, String> attributes, List<ConfigElement> children, String text,
        Path file, int line) {

    ConfigElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    /** The attribute, or a {@link ConfigException} at this element saying it is missing. */
    String requireAttribute(String attributeName, String what) {
        return attribute(attributeName).orElseThrow(() -> new ConfigException(file, line,
                "<" + name + "> in " + what + " has no " + attributeName + " attribute; NuGet requires one"));
    }

    boolean isClear() {
        return name.equals("clear");
    }

    /** Name and place only: attribute values may be passwords. */
    @Override
    public String toString() {
        return "<" + name + "> at " + location();
    }

    /** Where this element is, for messages: {@code /repo/nuget.config line 12}. */
    String location() {
        return file + " line " + line;
    }
}
