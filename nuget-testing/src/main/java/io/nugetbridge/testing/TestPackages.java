package io.nugetbridge.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small packages made on the spot, for graphs the fixture corpus does not have: a nuspec with dependency groups
 * per framework and one file under {@code lib/}, zipped as a {@code .nupkg}. Written with the JDK's zip, not
 * with the project's packer, so tests of feeds and the wagon do not rest on the code that makes packages.
 */
public final class TestPackages {

    private TestPackages() {}

    /**
     * Writes {@code <id>.<version>.nupkg} into {@code folder}.
     *
     * @param groups target framework to dependencies, each {@code Id:range} ({@code Leaf:[2.0.0,3.0.0)})
     */
    public static Path write(Path folder, String id, String version, Map<String, List<String>> groups) {
        Path nupkg = folder.resolve(id + "." + version + ".nupkg");
        try {
            Files.createDirectories(folder);
            try (OutputStream file = Files.newOutputStream(nupkg); ZipOutputStream zip = new ZipOutputStream(file)) {
                entry(zip, id + ".nuspec", nuspec(id, version, groups));
                entry(zip, "lib/netstandard2.0/" + id + ".txt", id + " " + version + "\n");
                entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://"
                        + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"nuspec\""
                        + " ContentType=\"application/octet\"/><Default Extension=\"txt\" ContentType=\"application/octet\"/>"
                        + "</Types>");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + nupkg, e);
        }
        return nupkg;
    }

    static String nuspec(String id, String version, Map<String, List<String>> groups) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n  <metadata>\n")
                .append("    <id>").append(id).append("</id>\n    <version>").append(version).append("</version>\n")
                .append("    <authors>NuGet Bridge tests</authors>\n    <description>A test package.</description>\n");
        if (!groups.isEmpty()) {
            xml.append("    <dependencies>\n");
            groups.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(group -> {
                xml.append("      <group targetFramework=\"").append(group.getKey()).append("\">\n");
                for (String dependency : group.getValue()) {
                    String[] parts = dependency.split(":", 2);
                    xml.append("        <dependency id=\"").append(parts[0]).append("\" version=\"").append(parts[1])
                            .append("\" />\n");
                }
                xml.append("      </group>\n");
            });
            xml.append("    </dependencies>\n");
        }
        return xml.append("  </metadata>\n</package>\n").toString();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
