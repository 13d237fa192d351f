package io.nugetbridge.core.xml;

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
 * Reads a small XML file whole into {@link XmlElement}s, hardened as every XML read in nuget-core is
 * ({@link HardenedXml}): any encoding {@link XmlText} detects, a DOCTYPE refused before parsing, no entity
 * ever resolved. Errors name the file, the line and the kind of file expected.
 */
public final class XmlFiles {

    /** Far above any real packages.config or project file; stops a runaway file from filling memory. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private XmlFiles() {}

    /**
     * The root element of the file.
     *
     * @param kind what the file should be, for messages: {@code "packages.config"}, {@code "project file"}
     */
    public static XmlElement read(Path file, String kind) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + kind + " " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new XmlFileException(file, -1, "is larger than " + MAX_BYTES + " bytes; that is no " + kind);
        }
        String text;
        try {
            text = XmlText.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new XmlFileException(file, -1, "is not valid " + XmlText.charsetOf(bytes).name() + " text; save it as UTF-8", e);
        }
        if (text.isBlank()) {
            throw new XmlFileException(file, 1, "is empty; a " + kind + " needs at least its root element");
        }
        OptionalInt doctype = HardenedXml.doctypeOffset(text);
        if (doctype.isPresent()) {
            throw new XmlFileException(file, HardenedXml.lineAndColumn(text, doctype.getAsInt())[0], "contains a DOCTYPE; a "
                    + kind + " must not declare DTDs or entities, so it is refused before anything is resolved");
        }
        XMLStreamReader xml = null;
        try {
            xml = HardenedXml.factory().createXMLStreamReader(new StringReader(text));
            return walk(xml, file, kind);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new XmlFileException(file, at == null ? -1 : at.getLineNumber(), "is not well-formed XML ("
                    + HardenedXml.problem(e) + "); fix the " + kind + " or restore it from version control", e);
        } finally {
            close(xml);
        }
    }

    private static XmlElement walk(XMLStreamReader xml, Path file, String kind) throws XMLStreamException {
        Deque<Open> open = new ArrayDeque<>();
        XmlElement root = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XmlFileException(file, xml.getLocation().getLineNumber(), "contains a DOCTYPE; refused");
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                }
                open.push(new Open(xml.getLocalName(), attributes, xml.getLocation().getLineNumber()));
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !open.isEmpty()) {
                open.peek().text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                Open done = open.pop();
                XmlElement element = new XmlElement(done.name, done.attributes, done.children, done.text.toString().strip(),
                        file, done.line);
                if (open.isEmpty()) {
                    root = element;
                } else {
                    open.peek().children.add(element);
                }
            }
        }
        if (root == null) {
            throw new XmlFileException(file, -1, "has no root element; it is not a " + kind);
        }
        return root;
    }

    private static final class Open {
        final String name;
        final Map<String, String> attributes;
        final int line;
        final List<XmlElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Open(String name, Map<String, String> attributes, int line) {
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
