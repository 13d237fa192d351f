package io.nugetbridge.core.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the OPC parts of a package (ours or NuGet's) into plain values, for comparisons in tests. */
final class OpcDocuments {

    /** An element's local name, its attributes in document order, and its text. */
    record Item(String name, Map<String, String> attributes, String text) {}

    private OpcDocuments() {}

    /** The child elements of the root of the part. */
    static List<Item> children(PackageReader reader, String path) {
        PackageEntry entry = reader.entry(path).orElseThrow(() -> new AssertionError(reader.file() + " has no " + path));
        try (InputStream in = reader.open(entry)) {
            return children(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Item> children(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            List<Item> items = new ArrayList<>();
            NodeList nodes = root.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                    Element element = (Element) nodes.item(i);
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int a = 0; a < element.getAttributes().getLength(); a++) {
                        Node attribute = element.getAttributes().item(a);
                        attributes.put(attribute.getNodeName(), attribute.getNodeValue());
                    }
                    items.add(new Item(element.getLocalName(), attributes, element.getTextContent()));
                }
            }
            return items;
        } catch (Exception e) {
            throw new AssertionError("Cannot parse " + new String(xml, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }
}
