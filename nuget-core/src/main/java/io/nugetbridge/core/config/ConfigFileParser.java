package io.nugetbridge.core.config;

import io.nugetbridge.core.xml.HardenedXml;
import io.nugetbridge.core.xml.XmlText;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one nuget.config file into {@link ConfigElement}s with the hardened reader the nuspec code uses:
 * a DOCTYPE is refused before parsing, no entity is ever resolved. Malformed XML fails with the file
 * path and line, as current NuGet does (its docs still say such files are ignored; they are not).
 */
final class ConfigFileParser {

    /** Far above any real nuget.config; stops a runaway file from filling memory. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private ConfigFileParser() {}

    /** The {@code <configuration>} root of the file. */
    static ConfigElement parse(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read NuGet config file " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ConfigException(file, -1, "is larger than " + MAX_BYTES + " bytes; that is no nuget.config");
        }
        String text;
        try {
            text = XmlText.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, -1, "is not valid " + XmlText.charsetOf(bytes).name()
                    + " text; save it as UTF-8", e);
        }
        if (text.isBlank()) {
            throw new ConfigException(file, 1, "is empty; a NuGet config file needs at least <configuration/>");
        }
        OptionalInt doctype = HardenedXml.doctypeOffset(text);
        if (doctype.isPresent()) {
            throw new ConfigException(file, HardenedXml.lineAndColumn(text, doctype.getAsInt())[0],
                    "contains a DOCTYPE; nuget.config files must not declare DTDs or entities, so it is refused"
                            + " before anything is resolved");
        }
        ConfigElement root = elements(text, file);
        if (!root.name().equals("configuration")) {
            throw new ConfigException(file, root.line(), "the root element is <" + root.name()
                    + ">; a NuGet config file must have <configuration> as its root");
        }
        return root;
    }

    private static ConfigElement elements(String text, Path file) {
        XMLStreamReader xml = null;
        try {
            xml = HardenedXml.factory().createXMLStreamReader(new StringReader(text));
            return walk(xml, file);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new ConfigException(file, at == null ? -1 : at.getLineNumber(),
                    "is not well-formed XML: " + HardenedXml.problem(e), e);
        } finally {
            close(xml);
        }
    }

    /** Builds the tree bottom-up; comments and processing instructions are dropped, text is kept (owners). */
    private static ConfigElement walk(XMLStreamReader xml, Path file) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        ConfigElement root = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ConfigException(file, xml.getLocation().getLineNumber(), "contains a DOCTYPE; refused");
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                }
                open.push(new Builder(xml.getLocalName(), attributes, xml.getLocation().getLineNumber()));
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !open.isEmpty()) {
                open.peek().text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                Builder done = open.pop();
                ConfigElement element = new ConfigElement(done.name, done.attributes, done.children,
                        done.text.toString().strip(), file, done.line);
                if (open.isEmpty()) {
                    root = element;
                } else {
                    open.peek().children.add(element);
                }
            }
        }
        if (root == null) {
            throw new ConfigException(file, -1, "has no root element; a NuGet config file needs <configuration>");
        }
        return root;
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes;
        final int line;
        final List<ConfigElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing is held open: the input is a string
            }
        }
    }
}
