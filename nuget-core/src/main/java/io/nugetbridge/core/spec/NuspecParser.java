package io.nugetbridge.core.spec;

import io.nugetbridge.core.xml.HardenedXml;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks one nuspec document with StAX and builds the model. One instance per document.
 *
 * <p>Rules, after NuGet's manifest reader: elements are found by local name within the namespace of
 * {@code <package>} (whatever it is, or none), names are case-sensitive, unknown elements are skipped,
 * simple values are trimmed at both ends, the last of a repeated metadata element wins, and list items
 * without their key attribute (a dependency without {@code id}, a file without {@code src} …) are
 * dropped as NuGet drops them. A {@code <dependencies>} or {@code <references>} element that mixes
 * flat children with {@code <group>} children is an error, because NuGet refuses it.
 */
final class NuspecParser {

    private final XMLStreamReader xml;
    private final String source;
    private String namespace = "";

    private NuspecParser(XMLStreamReader xml, String source) {
        this.xml = xml;
        this.source = source;
    }

    static Nuspec parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark that survived decoding elsewhere
        }
        DoctypeGuard.check(text, source);
        XMLStreamReader xml;
        try {
            xml = hardenedFactory().createXMLStreamReader(new StringReader(text));
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        }
        try {
            return new NuspecParser(xml, source).document();
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing is held open: the input is a string
            }
        }
    }

    /**
     * The JDK's own StAX implementation (not whatever a plugin class path brings), with every DTD and
     * external-entity feature off and a resolver that refuses to fetch anything.
     */
    static XMLInputFactory hardenedFactory() {
        return HardenedXml.factory();
    }

    private Nuspec document() throws XMLStreamException {
        toRootElement();
        if (!"package".equals(xml.getLocalName())) {
            throw error("the root element is <" + xml.getLocalName() + ">, but a nuspec's root must be <package>");
        }
        namespace = orEmpty(xml.getNamespaceURI());
        Location root = xml.getLocation();
        NuspecMetadata metadata = null;
        List<NuspecFile> files = null;
        while (nextChild()) {
            if (isOurs("metadata") && metadata == null) {
                metadata = metadata();
            } else if (isOurs("files") && files == null) {
                files = files();
            } else {
                skipElement();
            }
        }
        if (metadata == null) {
            throw new NuspecException(source, root.getLineNumber(), root.getColumnNumber(),
                    "<package> has no <metadata> element" + namespaceHint());
        }
        toEndOfDocument();
        return new Nuspec(namespace, metadata, files);
    }

    private void toRootElement() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw error(DoctypeGuard.PROBLEM);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw error("has no root element");
    }

    /** Reads past the root so that trailing garbage is reported, as any XML parser would. */
    private void toEndOfDocument() throws XMLStreamException {
        while (xml.hasNext()) {
            xml.next();
        }
    }

    private NuspecMetadata metadata() throws XMLStreamException {
        NuspecMetadataBuilder metadata = NuspecMetadata.builder().minClientVersion(attribute("minClientVersion"));
        while (nextChild()) {
            if (!isInOurNamespace()) {
                skipElement();
                continue;
            }
            switch (xml.getLocalName()) {
                case "id" -> metadata.id(text());
                case "version" -> metadata.versionText(text());
                case "title" -> metadata.title(text());
                case "authors" -> metadata.authorsText(text());
                case "owners" -> metadata.ownersText(text());
                case "developmentDependency" -> metadata.developmentDependency(bool());
                case "requireLicenseAcceptance" -> metadata.requireLicenseAcceptance(bool());
                case "license" -> metadata.license(license());
                case "licenseUrl" -> metadata.licenseUrl(text());
                case "icon" -> metadata.icon(text());
                case "readme" -> metadata.readme(text());
                case "projectUrl" -> metadata.projectUrl(text());
                case "iconUrl" -> metadata.iconUrl(text());
                case "description" -> metadata.description(text());
                case "summary" -> metadata.summary(text());
                case "releaseNotes" -> metadata.releaseNotes(text());
                case "copyright" -> metadata.copyright(text());
                case "language" -> metadata.language(text());
                case "tags" -> metadata.tagsText(text());
                case "serviceable" -> metadata.serviceable(bool());
                case "packageTypes" -> metadata.packageTypes(packageTypes());
                case "repository" -> metadata.repository(repository());
                case "dependencies" -> metadata.dependencies(dependencies());
                case "references" -> metadata.references(references());
                case "frameworkReferences" -> metadata.frameworkReferences(frameworkReferences());
                case "frameworkAssemblies" -> metadata.frameworkAssemblies(frameworkAssemblies());
                case "contentFiles" -> metadata.contentFiles(contentFiles());
                default -> skipElement();
            }
        }
        return metadata.build();
    }

    private License license() throws XMLStreamException {
        String type = attribute("type");
        String version = attribute("version");
        Location at = xml.getLocation();
        String text = text();
        if (type == null) {
            throw error(at, "<license> has no type attribute; it must be type=\"expression\" or type=\"file\"");
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "expression" -> new License(License.Type.EXPRESSION, text, version);
            case "file" -> new License(License.Type.FILE, text, version);
            default -> throw error(at, "<license> has type=\"" + type + "\"; it must be \"expression\" or \"file\"");
        };
    }

    private Repository repository() throws XMLStreamException {
        Repository repository = new Repository(attribute("type"), attribute("url"), attribute("branch"), attribute("commit"));
        skipElement();
        return repository;
    }

    private List<PackageType> packageTypes() throws XMLStreamException {
        List<PackageType> types = new ArrayList<>();
        while (nextChild()) {
            if (isOurs("packageType")) {
                String name = attribute("name");
                if (!isBlank(name)) {
                    types.add(new PackageType(name, attribute("version")));
                }
            }
            skipElement();
        }
        return types;
    }

    private Dependencies dependencies() throws XMLStreamException {
        List<Dependency> flat = new ArrayList<>();
        List<DependencyGroup> groups = new ArrayList<>();
        boolean sawFlat = false;
        boolean sawGroup = false;
        while (nextChild()) {
            if (isOurs("dependency")) {
                sawFlat = true;
                if (sawGroup) {
                    throw mixed("dependencies", "dependency");
                }
                addIfPresent(flat, dependency());
            } else if (isOurs("group")) {
                sawGroup = true;
                if (sawFlat) {
                    throw mixed("dependencies", "dependency");
                }
                groups.add(dependencyGroup());
            } else {
                skipElement();
            }
        }
        return sawGroup ? Dependencies.grouped(groups) : Dependencies.flat(flat);
    }

    private DependencyGroup dependencyGroup() throws XMLStreamException {
        String targetFramework = attribute("targetFramework");
        List<Dependency> dependencies = new ArrayList<>();
        while (nextChild()) {
            if (isOurs("dependency")) {
                addIfPresent(dependencies, dependency());
            } else {
                skipElement();
            }
        }
        return new DependencyGroup(targetFramework, dependencies);
    }

    /** A dependency, or null when it has no id (NuGet ignores those). */
    private Dependency dependency() throws XMLStreamException {
        String id = attribute("id");
        Dependency dependency = isBlank(id) ? null
                : new Dependency(id, attribute("version"), assetList(attribute("include")), assetList(attribute("exclude")));
        skipElement();
        return dependency;
    }

    private References references() throws XMLStreamException {
        List<String> flat = new ArrayList<>();
        List<ReferenceGroup> groups = new ArrayList<>();
        boolean sawFlat = false;
        boolean sawGroup = false;
        while (nextChild()) {
            if (isOurs("reference")) {
                sawFlat = true;
                if (sawGroup) {
                    throw mixed("references", "reference");
                }
                addIfPresent(flat, referenceFile());
            } else if (isOurs("group")) {
                sawGroup = true;
                if (sawFlat) {
                    throw mixed("references", "reference");
                }
                groups.add(referenceGroup());
            } else {
                skipElement();
            }
        }
        return sawGroup ? References.grouped(groups) : References.flat(flat);
    }

    private ReferenceGroup referenceGroup() throws XMLStreamException {
        String targetFramework = attribute("targetFramework");
        List<String> files = new ArrayList<>();
        while (nextChild()) {
            if (isOurs("reference")) {
                addIfPresent(files, referenceFile());
            } else {
                skipElement();
            }
        }
        return new ReferenceGroup(targetFramework, files);
    }

    private String referenceFile() throws XMLStreamException {
        String file = attribute("file");
        skipElement();
        return isBlank(file) ? null : file;
    }

    private List<FrameworkReferenceGroup> frameworkReferences() throws XMLStreamException {
        List<FrameworkReferenceGroup> groups = new ArrayList<>();
        while (nextChild()) {
            if (!isOurs("group")) {
                skipElement();
                continue;
            }
            String targetFramework = attribute("targetFramework");
            List<String> names = new ArrayList<>();
            while (nextChild()) {
                if (isOurs("frameworkReference")) {
                    addIfPresent(names, blankToNull(attribute("name")));
                }
                skipElement();
            }
            groups.add(new FrameworkReferenceGroup(targetFramework, names));
        }
        return groups;
    }

    private List<FrameworkAssembly> frameworkAssemblies() throws XMLStreamException {
        List<FrameworkAssembly> assemblies = new ArrayList<>();
        while (nextChild()) {
            if (isOurs("frameworkAssembly")) {
                String name = attribute("assemblyName");
                if (!isBlank(name)) {
                    assemblies.add(new FrameworkAssembly(name, attribute("targetFramework")));
                }
            }
            skipElement();
        }
        return assemblies;
    }

    private List<ContentFilesEntry> contentFiles() throws XMLStreamException {
        List<ContentFilesEntry> entries = new ArrayList<>();
        while (nextChild()) {
            if (isOurs("files")) {
                String include = attribute("include");
                if (!isBlank(include)) {
                    entries.add(new ContentFilesEntry(include, attribute("exclude"), attribute("buildAction"),
                            NuspecBooleans.parse(attribute("copyToOutput")), NuspecBooleans.parse(attribute("flatten"))));
                }
            }
            skipElement();
        }
        return entries;
    }

    private List<NuspecFile> files() throws XMLStreamException {
        List<NuspecFile> files = new ArrayList<>();
        while (nextChild()) {
            if (isOurs("file")) {
                String src = attribute("src");
                // pack skips entries without a source; so does the model
                if (!isBlank(src)) {
                    files.add(new NuspecFile(src, attribute("target"), attribute("exclude")));
                }
            }
            skipElement();
        }
        return files;
    }

    // ---- StAX navigation

    /**
     * Moves to the next child element of the current element. Call it on the parent's start tag or
     * after a child has been consumed; returns false on the parent's end tag.
     */
    private boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** Consumes the current element and everything in it; leaves the reader on its end tag. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The element's text (of any nested elements too, as NuGet reads it), trimmed at both ends. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                default -> {
                    // comments and processing instructions carry no value
                }
            }
        }
        return text.toString().strip();
    }

    /** A boolean element; a value that is not true/false/1/0 reads as absent (see {@link NuspecBooleans}). */
    private Boolean bool() throws XMLStreamException {
        return NuspecBooleans.parse(text());
    }

    /** An unqualified attribute of the current element, trimmed, or null when absent. */
    private String attribute(String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (name.equals(xml.getAttributeLocalName(i)) && orEmpty(xml.getAttributeNamespace(i)).isEmpty()) {
                return xml.getAttributeValue(i).strip();
            }
        }
        return null;
    }

    private boolean isInOurNamespace() {
        return namespace.equals(orEmpty(xml.getNamespaceURI()));
    }

    private boolean isOurs(String localName) {
        return localName.equals(xml.getLocalName()) && isInOurNamespace();
    }

    // ---- errors

    private NuspecException mixed(String parent, String flatChild) {
        return error("<" + parent + "> mixes <" + flatChild + "> and <group> children, which NuGet refuses;"
                + " put every <" + flatChild + "> inside a <group>");
    }

    private String namespaceHint() {
        return namespace.isEmpty() ? "" : " in namespace " + namespace;
    }

    private NuspecException error(String problem) {
        return error(xml.getLocation(), problem);
    }

    private NuspecException error(Location at, String problem) {
        return new NuspecException(source, at.getLineNumber(), at.getColumnNumber(), problem);
    }

    private static NuspecException malformed(String source, XMLStreamException e) {
        Location at = e.getLocation();
        String message = HardenedXml.problem(e);
        return new NuspecException(source, at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(),
                "is not well-formed XML: " + message, e);
    }

    // ---- small helpers

    private static List<String> assetList(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <T> void addIfPresent(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
