package io.nugetbridge.core.xml;

import java.util.OptionalInt;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one way nuget-core parses XML it did not write (nuspecs, nuget.config files): the JDK's own StAX
 * with every DTD and external-entity feature off, behind a plain text scan that finds a DOCTYPE before
 * the parser sees anything. No NuGet file needs a DTD, and a DTD is how external entity (XXE) and
 * entity-expansion ("billion laughs") attacks get in, so callers refuse a document that has one.
 */
public final class HardenedXml {

    /**
     * How deep elements may nest. Real nuget.config, nuspec, project and V2 feed documents stay under ten
     * levels; a limit keeps a hostile file from exhausting the parser or any reader that walks the tree
     * (1,000 levels once ended Maven with a StackOverflowError).
     */
    public static final int MAX_ELEMENT_DEPTH = 100;

    private static final String DEPTH_LIMIT_CODE = "JAXP00010006";

    private HardenedXml() {}

    /**
     * The JDK's StAX implementation (not whatever a plugin class path brings), with DTDs, external
     * entities and entity replacement off, and a resolver that refuses to fetch anything.
     */
    public static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // The JDK's own limit (JAXP's jdk.xml.maxElementDepth), enforced by the parser as it reads.
        factory.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
        factory.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("refusing to load external resource " + systemId);
        });
        return factory;
    }

    /**
     * Where a DOCTYPE starts in the prolog (after white space, processing instructions and comments),
     * or empty when the document has none.
     */
    public static OptionalInt doctypeOffset(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = after(text, "?>", i + 2);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i + 4);
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                return OptionalInt.of(i);
            } else {
                return OptionalInt.empty(); // the root element (or garbage the parser will report)
            }
        }
        return OptionalInt.empty();
    }

    /** The 1-based line and column of a character offset, as {@code {line, column}}. */
    public static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /**
     * The parser's own words for a well-formedness error, without the "ParseError at [row,col]" prefix
     * the JDK adds (callers report the location themselves, from {@link XMLStreamException#getLocation()}).
     */
    public static String problem(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains(DEPTH_LIMIT_CODE)) {
            return "elements are nested more than " + MAX_ELEMENT_DEPTH + " deep; no NuGet or MSBuild file needs that"
                    + " many levels, so the file is refused";
        }
        int marker = message.indexOf("Message: ");
        if (marker >= 0) {
            message = message.substring(marker + "Message: ".length());
        }
        return message.strip();
    }

    private static int after(String text, String terminator, int from) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? text.length() : end + terminator.length();
    }
}
