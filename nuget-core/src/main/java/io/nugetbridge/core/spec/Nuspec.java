package io.nugetbridge.core.spec;

import java.util.List;

/**
 * A whole {@code .nuspec}: the {@code <metadata>} plus, in authoring nuspecs, the {@code <files>} section
 * that tells {@code nuget pack} what to put in the package.
 *
 * @param schemaNamespace the XML namespace of {@code <package>} as the file used it (one of
 *                        {@link NuspecSchema}'s, or any other), {@code ""} when the file had none
 * @param metadata        the metadata
 * @param files           the {@code <file>} entries, or null when the nuspec has no {@code <files>}
 *                        element; the difference matters, since pack includes everything under the base
 *                        folder when the element is missing but nothing when it is empty
 */
public record Nuspec(String schemaNamespace, NuspecMetadata metadata, List<NuspecFile> files) {

    public Nuspec {
        schemaNamespace = schemaNamespace == null ? "" : schemaNamespace;
        if (metadata == null) {
            throw new IllegalArgumentException("A nuspec needs metadata");
        }
        files = files == null ? null : List.copyOf(files);
    }

    /** A nuspec without a {@code <files>} section and without a namespace of its own (the writer picks one). */
    public static Nuspec of(NuspecMetadata metadata) {
        return new Nuspec("", metadata, null);
    }

    /** Whether the nuspec has a {@code <files>} element (possibly empty). */
    public boolean declaresFiles() {
        return files != null;
    }

    public Nuspec withSchemaNamespace(String namespace) {
        return new Nuspec(namespace, metadata, files);
    }

    public Nuspec withMetadata(NuspecMetadata newMetadata) {
        return new Nuspec(schemaNamespace, newMetadata, files);
    }

    public Nuspec withFiles(List<NuspecFile> newFiles) {
        return new Nuspec(schemaNamespace, metadata, newFiles);
    }
}
