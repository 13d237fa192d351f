package io.nugetbridge.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal .nupkg for end-to-end tests (restore, the wagon): a nuspec at the root (what every NuGet reader
 * requires) with dependency groups, and payload files. Written with the JDK's zip rather than the project's
 * PackageBuilder, so that tests of feeds, restore and the wagon do not rest on the code that makes packages.
 */
public final class TestNupkg {

    private final String id;
    private final String version;
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();

    private TestNupkg(String id, String version) {
        this.id = id;
        this.version = version;
    }

    public static TestNupkg of(String id, String version) {
        return new TestNupkg(id, version);
    }

    /** A dependency group; {@code ""} is the group without a framework. Each dependency is {@code "Id range"}. */
    public TestNupkg group(String framework, String... dependencies) {
        groups.put(framework, List.of(dependencies));
        return this;
    }

    /** Payload files, e.g. {@code lib/net8.0/Foo.dll}. */
    public TestNupkg files(String... paths) {
        files.addAll(List.of(paths));
        return this;
    }

    /** Writes {@code <id>.<version>.nupkg} into {@code folder} (created when missing). */
    public Path writeTo(Path folder) {
        Path nupkg = folder.resolve(id + "." + version + ".nupkg");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = Files.newOutputStream(nupkg); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(id + ".nuspec"));
            zip.write(nuspec().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (String file : files) {
                zip.putNextEntry(new ZipEntry(file));
                zip.write(file.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nupkg;
    }

    private String nuspec() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<package xmlns=\"http://schemas.microsoft.com/packaging/2012/06/nuspec.xsd\">\n  <metadata>\n")
                .append("    <id>").append(id).append("</id>\n    <version>").append(version).append("</version>\n")
                .append("    <authors>tests</authors>\n    <description>").append(id).append(" for tests</description>\n");
        if (!groups.isEmpty()) {
            xml.append("    <dependencies>\n");
            groups.forEach((framework, dependencies) -> {
                xml.append(framework.isEmpty() ? "      <group>\n" : "      <group targetFramework=\"" + framework + "\">\n");
                for (String dependency : dependencies) {
                    String[] parts = dependency.split(" ", 2);
                    xml.append("        <dependency id=\"").append(parts[0]).append("\" version=\"").append(parts[1])
                            .append("\" />\n");
                }
                xml.append("      </group>\n");
            });
            xml.append("    </dependencies>\n");
        }
        return xml.append("  </metadata>\n</package>\n").toString();
    }
}
