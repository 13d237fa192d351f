package io.nugetbridge.core.spec;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's StAX writer that indents with two spaces, puts each element on its own
 * line, keeps text-only elements on one line, and checks that every value can be written as XML 1.0.
 * Escaping is the StAX writer's job. Public so that other XML writers (generated POMs) share it.
 */
public final class IndentingXml {

    private static final String INDENT = "  ";

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;
    /** For each open element: whether it has child elements yet (its end tag then goes on a new line). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    public IndentingXml() {
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("utf-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The JDK's XML writer failed to start", e);
        }
    }

    /** Opens the root element and binds the default namespace (none when blank). */
    public IndentingXml root(String name, String namespace) {
        start(name);
        if (namespace != null && !namespace.isEmpty()) {
            run(() -> xml.writeDefaultNamespace(namespace));
        }
        return this;
    }

    public IndentingXml start(String name) {
        newLineForChild();
        run(() -> xml.writeStartElement(name));
        open.push(new boolean[] {false});
        return this;
    }

    /** An element without content. */
    public IndentingXml empty(String name) {
        newLineForChild();
        run(() -> xml.writeEmptyElement(name));
        return this;
    }

    /** An attribute of the element just started; skipped when the value is null. */
    public IndentingXml attribute(String name, String value) {
        if (value != null) {
            checkWritable(value, "attribute " + name);
            run(() -> xml.writeAttribute(name, value));
        }
        return this;
    }

    /** {@code <name>text</name>} on one line; skipped when the text is null. */
    public IndentingXml textElement(String name, String text) {
        if (text == null) {
            return this;
        }
        start(name);
        text(text, "<" + name + ">");
        return end();
    }

    /** The text content of the element just started. */
    public IndentingXml text(String text, String where) {
        checkWritable(text, where);
        // A raw CR would come back as LF (XML normalizes line ends), so it goes out as a character reference.
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            String part = text.substring(from, cr);
            run(() -> xml.writeCharacters(part));
            run(() -> xml.writeEntityRef("#13"));
            from = cr + 1;
        }
        String rest = text.substring(from);
        run(() -> xml.writeCharacters(rest));
        return this;
    }

    public IndentingXml end() {
        boolean[] hasChildren = open.pop();
        if (hasChildren[0]) {
            newLine(open.size());
        }
        run(xml::writeEndElement);
        return this;
    }

    /** Closes what is open and returns the document, ending with a line break. */
    public String finish() {
        while (!open.isEmpty()) {
            end();
        }
        run(xml::writeEndDocument);
        run(xml::close);
        return buffer.toString() + "\n";
    }

    private void newLineForChild() {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        newLine(open.size());
    }

    private void newLine(int depth) {
        run(() -> xml.writeCharacters("\n" + INDENT.repeat(depth)));
    }

    /** XML 1.0 cannot carry most control characters or broken surrogate pairs, escaped or not. */
    private static void checkWritable(String value, String where) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
                i++;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok) {
                throw new IllegalArgumentException("The value of " + where + " contains character U+"
                        + String.format("%04X", (int) c) + ", which XML 1.0 cannot represent");
            }
        }
    }

    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    private static void run(XmlAction action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            // Writing to a string buffer cannot fail for I/O; this is a misuse of the writer.
            throw new IllegalStateException("Writing the nuspec XML failed: " + e.getMessage(), e);
        }
    }
}
