package io.nugetbridge.core.cache;

import io.nugetbridge.core.packaging.PackageHash;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A package complete in a global packages folder or a fallback folder: its folder and files, its
 * hashes and where it came from. The files are NuGet's ({@code <lowerid>.<lowerversion>.nupkg}, ...),
 * whoever wrote them; in a fallback folder they are for reading only.
 *
 * @param id       the id as asked (the folder is its lower-cased form)
 * @param version  the version as asked
 * @param folder   {@code <root>/<lowerid>/<lowerversion>}
 * @param metadata the folder's {@code .nupkg.metadata}: the content hash and, when known, the source
 * @param origin   how this call got it
 */
public record InstalledPackage(String id, NuGetVersion version, Path folder, NupkgMetadata metadata, Origin origin) {

    /** How a call to {@link GlobalPackagesFolder} obtained the package. */
    public enum Origin {
        /** It was already in the global packages folder (put there by us or by another tool). */
        GLOBAL_FOLDER,
        /** It was found in a fallback folder, which is never written. */
        FALLBACK_FOLDER,
        /** This call downloaded and installed it. */
        DOWNLOADED
    }

    private PackagePaths paths() {
        return PackagePaths.of(folder.getParent().getParent(), id, version);
    }

    /** The {@code .nupkg}, what the wagon serves. Folders written by other tools in nupkg-less modes may lack it. */
    public Path nupkg() {
        return paths().nupkg();
    }

    /** The lower-cased {@code <lowerid>.nuspec}. */
    public Path nuspec() {
        return paths().nuspec();
    }

    /** The {@code .nupkg.sha512} file. */
    public Path sha512File() {
        return paths().sha512();
    }

    /** The base64 SHA-512 of the .nupkg: the {@code .sha512} file's text, else computed from the .nupkg. */
    public String sha512() {
        Path file = sha512File();
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip()
                    : PackageHash.sha512Base64(nupkg());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The content hash lock files and {@code project.assets.json} record (signature left out). */
    public String contentHash() {
        return metadata.contentHash();
    }

    /** The source the package was installed from, when the metadata says (NuGet omits it when regenerating). */
    public Optional<String> source() {
        return metadata.source();
    }

    /** True for a package in a fallback folder, which must not be changed. */
    public boolean readOnly() {
        return origin == Origin.FALLBACK_FOLDER;
    }
}
