package io.nugetbridge.core.project;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import io.nugetbridge.core.xml.XmlElement;
import io.nugetbridge.core.xml.XmlFileException;
import io.nugetbridge.core.xml.XmlFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a packages.config the way NuGet's {@code PackagesConfigReader} does: the root must be
 * {@code <packages>}; each {@code <package>} needs an id and a valid version; an id listed twice is an error;
 * other elements and attributes are ignored. UTF-8 (with or without byte order mark) and UTF-16 files are read.
 */
public final class PackagesConfigReader {

    private PackagesConfigReader() {}

    public static PackagesConfigFile read(Path file) {
        XmlElement root = XmlFiles.read(file, "packages.config");
        if (!root.name().equals("packages")) {
            throw new XmlFileException(file, root.line(), "the root element is <" + root.name()
                    + ">, but a packages.config must have <packages> as its root, with one <package id=\"...\""
                    + " version=\"...\" /> per package");
        }
        List<PackagesConfigEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (XmlElement element : root.children("package")) {
            PackagesConfigEntry entry = entry(element);
            if (!seen.add(entry.id().toLowerCase(Locale.ROOT))) {
                throw new XmlFileException(file, element.line(), "lists the package '" + entry.id()
                        + "' more than once; keep one <package> element per id");
            }
            entries.add(entry);
        }
        return new PackagesConfigFile(file, entries);
    }

    private static PackagesConfigEntry entry(XmlElement element) {
        String id = element.attribute("id").map(String::trim).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new XmlFileException(element.file(), element.line(),
                        "a <package> element has no id attribute; write <package id=\"...\" version=\"...\" />"));
        String versionText = element.attribute("version").map(String::trim).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new XmlFileException(element.file(), element.line(),
                        "the package '" + id + "' has no version attribute; packages.config needs an exact version"));
        NuGetVersion version = NuGetVersion.tryParse(versionText).orElseThrow(() -> new XmlFileException(element.file(),
                element.line(), "the package '" + id + "' has version '" + versionText + "', which is not a NuGet version"
                        + " (examples: 1.0.0, 4.0.30506.0, 2.0.0-beta1)"));
        Optional<NuGetFramework> framework = element.attribute("targetFramework").map(String::trim)
                .filter(s -> !s.isEmpty()).map(NuGetFramework::parse);
        Optional<VersionRange> allowed = element.attribute("allowedVersions").map(String::trim).filter(s -> !s.isEmpty())
                .map(text -> VersionRange.tryParse(text).orElseThrow(() -> new XmlFileException(element.file(),
                        element.line(), "the package '" + id + "' has allowedVersions '" + text
                                + "', which is not a NuGet version range (example: [8,10))")));
        boolean development = element.attribute("developmentDependency").map(v -> v.trim().equalsIgnoreCase("true"))
                .orElse(false);
        return new PackagesConfigEntry(id, versionText, version, framework, allowed, development);
    }
}
