package io.nugetbridge.core.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Writes the {@code .nupkg.metadata} of a package folder that has only the {@code .nupkg.sha512} older
 * NuGet versions wrote, the way NuGet does ({@code LocalFolderUtility.GenerateNupkgMetadataFile}): the
 * content hash is the signed content's hash for a signed package, else the {@code .sha512} file's text,
 * and the source is left out, as it is not known.
 */
final class MetadataRegeneration {

    private MetadataRegeneration() {}

    /** The caller holds the package's lock. */
    static void regenerate(PackagePaths paths) throws IOException {
        Optional<String> signed = PackageHashes.signedContentHash(paths.nupkg());
        String contentHash = signed.isPresent() ? signed.get()
                : Files.readString(paths.sha512(), StandardCharsets.UTF_8).strip();
        NupkgMetadata.of(contentHash, Optional.empty()).writeInto(paths.versionFolder());
    }
}
