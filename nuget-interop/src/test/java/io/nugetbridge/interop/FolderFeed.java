package io.nugetbridge.interop;

import io.nugetbridge.core.packaging.PackageBuilder;
import io.nugetbridge.core.spec.NuspecReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Writes test packages with our PackageBuilder into a flat folder feed that both clients read. */
final class FolderFeed {

    private FolderFeed() {}

    static Path write(Path folder, Collection<FeedPackage> packages) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (FeedPackage p : packages) {
            PackageBuilder builder = PackageBuilder.of(NuspecReader.read(new ByteArrayInputStream(
                    nuspec(p).getBytes(StandardCharsets.UTF_8)), p.id + ".nuspec"));
            for (String framework : p.libFolders) {
                builder.addFile("lib/" + framework + "/" + p.id + ".dll",
                        (p.id + " " + p.version + " " + framework).getBytes(StandardCharsets.UTF_8));
            }
            // NuGet refuses a package with nothing to install (NU5017); a file at the root is no asset of any kind.
            builder.addFile("readme.txt", p.toString().getBytes(StandardCharsets.UTF_8));
            builder.writeToFolder(folder);
        }
        return folder;
    }

    static String nuspec(FeedPackage p) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\"><metadata>")
                .append("<id>").append(p.id).append("</id><version>").append(p.version).append("</version>")
                .append("<authors>interop</authors><description>A package of an interop test graph.</description>");
        if (!p.groups.isEmpty()) {
            xml.append("<dependencies>");
            for (Map.Entry<String, List<String>> group : p.groups.entrySet()) {
                xml.append(group.getKey().isEmpty() ? "<group>" : "<group targetFramework=\"" + group.getKey() + "\">");
                for (String dependency : group.getValue()) {
                    String[] idAndRange = dependency.split(" ", 2);
                    xml.append("<dependency id=\"").append(idAndRange[0]).append("\" version=\"")
                            .append(idAndRange[1]).append("\" />");
                }
                xml.append("</group>");
            }
            xml.append("</dependencies>");
        }
        return xml.append("</metadata></package>").toString();
    }
}
