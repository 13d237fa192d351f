package io.nugetbridge.core.config;

import io.nugetbridge.core.xml.XmlElement;
import io.nugetbridge.core.xml.XmlFileException;
import io.nugetbridge.core.xml.XmlFiles;
import java.nio.file.Path;

/**
 * Reads one nuget.config file into {@link ConfigElement}s with the hardened reader every XML file here goes
 * through ({@link XmlFiles}): a DOCTYPE is refused before parsing, no entity is ever resolved. Malformed XML
 * fails with the file path and line, as current NuGet does (its docs still say such files are ignored; they
 * are not).
 */
final class ConfigFileParser {

    private ConfigFileParser() {}

    /** The {@code <configuration>} root of the file. */
    static ConfigElement parse(Path file) {
        XmlElement root;
        try {
            root = XmlFiles.read(file, "NuGet config file");
        } catch (XmlFileException e) {
            throw new ConfigException(file, e.line(), e.problem(), e);
        }
        if (!root.name().equals("configuration")) {
            throw new ConfigException(file, root.line(), "the root element is <" + root.name()
                    + ">; a NuGet config file must have <configuration> as its root");
        }
        return convert(root);
    }

    private static ConfigElement convert(XmlElement element) {
        return new ConfigElement(element.name(), element.attributes(),
                element.children().stream().map(ConfigFileParser::convert).toList(), element.text(),
                element.file(), element.line());
    }
}
