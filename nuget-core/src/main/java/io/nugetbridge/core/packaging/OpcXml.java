package io.nugetbridge.core.packaging;

import java.nio.charset.StandardCharsets;

/**
 * The few XML documents of a package's OPC parts, written the way .NET's {@code XDocument.Save} writes
 * them in NuGet: UTF-8 without a byte order mark, the declaration on its own line, CRLF line ends (also
 * inside text, which .NET's writer normalizes), two-space indent and {@code " />"} for empty elements.
 */
final class OpcXml {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
    static final String NEW_LINE = "\r\n";

    private final StringBuilder text = new StringBuilder(DECLARATION);

    /** Appends a line (a CRLF goes before it). */
    OpcXml line(String content) {
        text.append(NEW_LINE).append(content);
        return this;
    }

    byte[] toBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Escapes element text, with every line break as CRLF. */
    static String text(String value) {
        String normalized = value.replace("\r\n", "\n").replace('\r', '\n').replace("\n", NEW_LINE);
        return escape(normalized, false);
    }

    /** Escapes an attribute value. */
    static String attribute(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                        throw new IllegalArgumentException("Character U+" + String.format("%04X", (int) c)
                                + " cannot be written in XML: " + value);
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
