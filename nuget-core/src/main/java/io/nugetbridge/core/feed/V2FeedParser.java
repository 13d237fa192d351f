package io.nugetbridge.core.feed;

import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.xml.HardenedXml;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one page of a V2 (OData Atom) feed: its entries and its {@code next} link. What counts follows
 * NuGet's V2FeedParser: the id from {@code d:Id} or the entry's {@code title} (else the id asked for), the
 * version from {@code d:NormalizedVersion} or {@code d:Version}, the download URL from
 * {@code content/@src}, listed when {@code d:Published} is after 1901, dependencies from
 * {@code d:Dependencies} ({@code id:range:framework|...}, where Nexus writes a literal {@code null}).
 * Properties marked {@code m:null="true"} are absent. DTDs are refused.
 */
final class V2FeedParser {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DATA = "http://schemas.microsoft.com/ado/2007/08/dataservices";
    static final String METADATA = "http://schemas.microsoft.com/ado/2007/08/dataservices/metadata";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** One page: its entries in document order, and the absolute next-page URL when there is one. */
    record Page(List<PackageMetadata> entries, Optional<URI> next) {}

    private V2FeedParser() {}

    static Page parse(byte[] xml, URI pageUri, String askedId) {
        String what = "The V2 feed page " + pageUri;
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                return readFeed(reader, pageUri, askedId, what);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new FeedException(what + " is not valid XML (" + HardenedXml.problem(e).lines().reduce((a, b) -> b)
                    .orElse("") + "); is the source a NuGet V2 feed?", e);
        }
    }

    private static Page readFeed(XMLStreamReader reader, URI pageUri, String askedId, String what)
            throws XMLStreamException {
        URI base = pageUri;
        List<PackageMetadata> entries = new ArrayList<>();
        Optional<URI> next = Optional.empty();
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new FeedException(what + " declares a DTD; V2 feeds never need one, so it is refused.");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            if (depth == 1) {
                if (!"feed".equals(reader.getLocalName()) && !"entry".equals(reader.getLocalName())) {
                    throw new FeedException(what + " is a <" + reader.getLocalName() + "> document, not an Atom"
                            + " feed; is the source a NuGet V2 feed URL?");
                }
                base = resolve(pageUri, reader.getAttributeValue(XML, "base")).orElse(pageUri);
                if ("entry".equals(reader.getLocalName())) {
                    readEntry(reader, base, askedId).ifPresent(entries::add);
                    depth--;
                }
            } else if (depth == 2 && "link".equals(reader.getLocalName())
                    && "next".equals(reader.getAttributeValue(null, "rel"))) {
                next = resolve(base, reader.getAttributeValue(null, "href"));
            } else if (depth == 2 && "entry".equals(reader.getLocalName())) {
                readEntry(reader, base, askedId).ifPresent(entries::add);
                depth--;
            }
        }
        return new Page(entries, next);
    }

    /** Reads from an entry's start to its end; empty when the entry has no usable version. */
    private static Optional<PackageMetadata> readEntry(XMLStreamReader reader, URI base, String askedId)
            throws XMLStreamException {
        Map<String, String> properties = new HashMap<>();
        String title = null;
        String contentSrc = null;
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = reader.getLocalName();
                if (depth == 2 && "title".equals(name)) {
                    title = reader.getElementText().trim();
                    depth--;
                } else if (depth == 2 && "content".equals(name)) {
                    contentSrc = reader.getAttributeValue(null, "src");
                } else if (depth == 3 && DATA.equals(reader.getNamespaceURI())) {
                    boolean isNull = "true".equalsIgnoreCase(reader.getAttributeValue(METADATA, "null"));
                    String text = reader.getElementText().trim();
                    depth--;
                    if (!isNull && !text.isEmpty()) {
                        properties.put(name, text);
                    }
                }
            }
        }
        String versionText = properties.getOrDefault("NormalizedVersion", properties.get("Version"));
        Optional<NuGetVersion> version = Optional.ofNullable(versionText).flatMap(NuGetVersion::tryParse);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String id = properties.getOrDefault("Id", title == null || title.isEmpty() ? askedId : title);
        Optional<String> hash = Optional.ofNullable(properties.get("PackageHash"))
                .filter(h -> "SHA512".equalsIgnoreCase(properties.getOrDefault("PackageHashAlgorithm", "SHA512")));
        return Optional.of(new PackageMetadata(id, version.get(), properties.get("Version"),
                isListed(properties.get("Published")), resolve(base, contentSrc),
                dependencyGroups(properties.get("Dependencies")), Optional.empty(), List.of(),
                Optional.ofNullable(properties.get("Description")),
                Optional.ofNullable(properties.get("Authors")).map(V2FeedParser::commaList).orElse(List.of()),
                Optional.empty(), Optional.ofNullable(properties.get("ProjectUrl")),
                Optional.ofNullable(properties.get("Published")), hash));
    }

    /** NuGet's rule: listed unless published in 1900 or 1901 (its "unlisted" marker date). */
    private static boolean isListed(String published) {
        if (published == null || published.length() < 4) {
            return true;
        }
        try {
            return Integer.parseInt(published.substring(0, 4)) > 1901;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * {@code id:range:framework} items separated by {@code |}. An empty (or Nexus's {@code null}) range means
     * every version; an empty or {@code null} framework means the fallback group; an item with only a
     * framework says that framework needs nothing.
     */
    static List<DependencyGroup> dependencyGroups(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Map<String, List<Dependency>> groups = new LinkedHashMap<>();
        for (String item : text.split("\\|")) {
            String[] parts = item.split(":", -1);
            String id = parts[0].trim();
            String range = parts.length > 1 ? nullToEmpty(parts[1]) : "";
            String framework = parts.length > 2 ? nullToEmpty(parts[2]) : "";
            List<Dependency> group = groups.computeIfAbsent(framework, f -> new ArrayList<>());
            if (!id.isEmpty()) {
                group.add(Dependency.of(id, range.isEmpty() ? null : range));
            }
        }
        List<DependencyGroup> result = new ArrayList<>();
        groups.forEach((framework, deps) -> result.add(new DependencyGroup(framework.isEmpty() ? null : framework, deps)));
        return result;
    }

    private static String nullToEmpty(String part) {
        String trimmed = part.trim();
        return trimmed.toLowerCase(Locale.ROOT).equals("null") ? "" : trimmed;
    }

    private static List<String> commaList(String text) {
        List<String> values = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                values.add(part.trim());
            }
        }
        return values;
    }

    private static Optional<URI> resolve(URI base, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        try {
            // xml:base "https://www.nuget.org/api/v2" is a folder even without its trailing slash.
            String baseText = base.toString();
            URI folder = baseText.endsWith("/") || base.getRawQuery() != null ? base : URI.create(baseText + "/");
            return Optional.of(folder.resolve(reference.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The shared hardened setup (no DTD, no external entity, nothing fetched), namespace-aware for Atom. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = HardenedXml.factory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
