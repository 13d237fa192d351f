package io.nugetbridge.core.spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link Nuspec} as UTF-8 XML without a byte order mark, indented by two spaces, starting with
 * {@code <?xml version="1.0" encoding="utf-8"?>}.
 *
 * <p>The namespace is the one the model holds; when it holds none, the lowest one the content needs
 * ({@link NuspecSchema#minimumFor}). Elements come in the order NuGet's pack writes them (checked
 * against the packages in the corpus, e.g. StyleCop.Analyzers puts {@code developmentDependency} right
 * after {@code owners}): id, version, title, authors, owners, developmentDependency,
 * requireLicenseAcceptance, license, licenseUrl, icon, readme, projectUrl, iconUrl, description,
 * summary, releaseNotes, copyright, language, tags, serviceable, packageTypes, repository, dependencies,
 * references, frameworkReferences, frameworkAssemblies, contentFiles; then {@code <files>} when the model
 * has that section. Values are written as the model holds them: nothing is normalized, so reading the
 * output gives the same model back.
 */
public final class NuspecWriter {

    private NuspecWriter() {}

    /** The nuspec as XML text (ending with a line break). */
    public static String toXml(Nuspec nuspec) {
        String namespace = nuspec.schemaNamespace().isBlank()
                ? NuspecSchema.minimumFor(nuspec.metadata())
                : nuspec.schemaNamespace();
        IndentingXml xml = new IndentingXml().root("package", namespace);
        metadata(xml, nuspec.metadata());
        if (nuspec.declaresFiles()) {
            files(xml, nuspec.files());
        }
        return xml.finish();
    }

    /** The nuspec as UTF-8 bytes, without a byte order mark. */
    public static byte[] toBytes(Nuspec nuspec) {
        return toXml(nuspec).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the nuspec to a stream (not closed here). */
    public static void write(Nuspec nuspec, OutputStream out) {
        try {
            out.write(toBytes(nuspec));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write nuspec: " + e.getMessage(), e);
        }
    }

    /** Writes the nuspec to a file, replacing it. */
    public static void write(Nuspec nuspec, Path file) {
        try {
            Files.write(file, toBytes(nuspec));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write nuspec " + file + ": " + e.getMessage(), e);
        }
    }

    private static void metadata(IndentingXml xml, NuspecMetadata m) {
        xml.start("metadata").attribute("minClientVersion", m.minClientVersion());
        xml.textElement("id", m.id())
                .textElement("version", m.versionText())
                .textElement("title", m.title())
                .textElement("authors", m.authorsText())
                .textElement("owners", m.ownersText())
                .textElement("developmentDependency", bool(m.developmentDependency()))
                .textElement("requireLicenseAcceptance", bool(m.requireLicenseAcceptance()));
        license(xml, m.license());
        xml.textElement("licenseUrl", m.licenseUrl())
                .textElement("icon", m.icon())
                .textElement("readme", m.readme())
                .textElement("projectUrl", m.projectUrl())
                .textElement("iconUrl", m.iconUrl())
                .textElement("description", m.description())
                .textElement("summary", m.summary())
                .textElement("releaseNotes", m.releaseNotes())
                .textElement("copyright", m.copyright())
                .textElement("language", m.language())
                .textElement("tags", m.tagsText())
                .textElement("serviceable", bool(m.serviceable()));
        packageTypes(xml, m.packageTypes());
        repository(xml, m.repository());
        dependencies(xml, m.dependencies());
        references(xml, m.references());
        frameworkReferences(xml, m.frameworkReferences());
        frameworkAssemblies(xml, m.frameworkAssemblies());
        contentFiles(xml, m.contentFiles());
        xml.end();
    }

    private static void license(IndentingXml xml, License license) {
        if (license == null) {
            return;
        }
        xml.start("license")
                .attribute("type", license.type().xmlValue())
                .attribute("version", license.version())
                .text(license.text() == null ? "" : license.text(), "<license>")
                .end();
    }

    private static void packageTypes(IndentingXml xml, List<PackageType> types) {
        if (types.isEmpty()) {
            return;
        }
        xml.start("packageTypes");
        for (PackageType type : types) {
            xml.empty("packageType").attribute("name", type.name()).attribute("version", type.version());
        }
        xml.end();
    }

    private static void repository(IndentingXml xml, Repository repository) {
        if (repository == null) {
            return;
        }
        xml.empty("repository")
                .attribute("type", repository.type())
                .attribute("url", repository.url())
                .attribute("branch", repository.branch())
                .attribute("commit", repository.commit());
    }

    private static void dependencies(IndentingXml xml, Dependencies dependencies) {
        if (dependencies.isEmpty()) {
            return;
        }
        xml.start("dependencies");
        if (dependencies.grouped()) {
            for (DependencyGroup group : dependencies.groups()) {
                if (group.dependencies().isEmpty()) {
                    xml.empty("group").attribute("targetFramework", group.targetFramework());
                    continue;
                }
                xml.start("group").attribute("targetFramework", group.targetFramework());
                group.dependencies().forEach(d -> dependency(xml, d));
                xml.end();
            }
        } else {
            dependencies.flat().forEach(d -> dependency(xml, d));
        }
        xml.end();
    }

    private static void dependency(IndentingXml xml, Dependency dependency) {
        xml.empty("dependency")
                .attribute("id", dependency.id())
                .attribute("version", dependency.versionText())
                .attribute("include", joined(dependency.include()))
                .attribute("exclude", joined(dependency.exclude()));
    }

    private static void references(IndentingXml xml, References references) {
        if (references.isEmpty()) {
            return;
        }
        xml.start("references");
        if (references.grouped()) {
            for (ReferenceGroup group : references.groups()) {
                if (group.files().isEmpty()) {
                    xml.empty("group").attribute("targetFramework", group.targetFramework());
                    continue;
                }
                xml.start("group").attribute("targetFramework", group.targetFramework());
                group.files().forEach(file -> xml.empty("reference").attribute("file", file));
                xml.end();
            }
        } else {
            references.flat().forEach(file -> xml.empty("reference").attribute("file", file));
        }
        xml.end();
    }

    private static void frameworkReferences(IndentingXml xml, List<FrameworkReferenceGroup> groups) {
        if (groups.isEmpty()) {
            return;
        }
        xml.start("frameworkReferences");
        for (FrameworkReferenceGroup group : groups) {
            if (group.names().isEmpty()) {
                xml.empty("group").attribute("targetFramework", group.targetFramework());
                continue;
            }
            xml.start("group").attribute("targetFramework", group.targetFramework());
            group.names().forEach(name -> xml.empty("frameworkReference").attribute("name", name));
            xml.end();
        }
        xml.end();
    }

    private static void frameworkAssemblies(IndentingXml xml, List<FrameworkAssembly> assemblies) {
        if (assemblies.isEmpty()) {
            return;
        }
        xml.start("frameworkAssemblies");
        for (FrameworkAssembly assembly : assemblies) {
            xml.empty("frameworkAssembly")
                    .attribute("assemblyName", assembly.assemblyName())
                    .attribute("targetFramework", assembly.targetFramework());
        }
        xml.end();
    }

    private static void contentFiles(IndentingXml xml, List<ContentFilesEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        xml.start("contentFiles");
        for (ContentFilesEntry entry : entries) {
            xml.empty("files")
                    .attribute("include", entry.include())
                    .attribute("exclude", entry.exclude())
                    .attribute("buildAction", entry.buildAction())
                    .attribute("copyToOutput", bool(entry.copyToOutput()))
                    .attribute("flatten", bool(entry.flatten()));
        }
        xml.end();
    }

    private static void files(IndentingXml xml, List<NuspecFile> files) {
        if (files.isEmpty()) {
            xml.empty("files");
            return;
        }
        xml.start("files");
        for (NuspecFile file : files) {
            xml.empty("file").attribute("src", file.src()).attribute("target", file.target()).attribute("exclude", file.exclude());
        }
        xml.end();
    }

    private static String bool(Boolean value) {
        return value == null ? null : NuspecBooleans.format(value);
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }
}
