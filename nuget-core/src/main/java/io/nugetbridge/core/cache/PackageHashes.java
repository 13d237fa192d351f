package io.nugetbridge.core.cache;

import io.nugetbridge.core.packaging.PackageException;
import io.nugetbridge.core.packaging.SignedContentDigest;
import io.nugetbridge.core.packaging.SignedContentEdits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The two hashes NuGet records for a package, both base64 SHA-512: {@code sha512} of the file as it is
 * (the {@code .nupkg.sha512} file, and what a feed's package hash is checked against) and
 * {@code contentHash} (the {@code .nupkg.metadata} value, and what lock files and
 * {@code project.assets.json} hold), which for a signed package leaves the signature out. Both come from
 * one read of the file.
 *
 * @param sha512      hash of the whole file
 * @param contentHash hash of the unsigned content; equal to {@code sha512} for an unsigned package
 * @param signed      whether the package carries a NuGet signature
 */
record PackageHashes(String sha512, String contentHash, boolean signed) {

    private static final int BUFFER = 64 * 1024;

    static PackageHashes of(Path nupkg) {
        return compute(nupkg, true);
    }

    /**
     * The content hash of a signed package, empty for an unsigned one; only the zip's directory is read
     * to tell, so an unsigned package costs no hashing.
     */
    static Optional<String> signedContentHash(Path nupkg) {
        PackageHashes hashes = compute(nupkg, false);
        return hashes.signed() ? Optional.of(hashes.contentHash()) : Optional.empty();
    }

    private static PackageHashes compute(Path nupkg, boolean wholeFileToo) {
        try (FileChannel file = FileChannel.open(nupkg, StandardOpenOption.READ)) {
            Optional<List<SignedContentEdits.Edit>> edits = SignedContentEdits.of(file);
            if (edits.isEmpty() && !wholeFileToo) {
                return new PackageHashes("", "", false);
            }
            MessageDigest whole = newDigest();
            MessageDigest content = edits.isPresent() ? newDigest() : whole;
            SignedContentDigest unsigned = new SignedContentDigest(content, edits.orElse(List.of()));
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            long position = 0;
            for (int read; (read = file.read(buffer, position)) >= 0; buffer.clear()) {
                whole.update(buffer.array(), 0, read);
                if (edits.isPresent()) {
                    unsigned.update(position, buffer.array(), read);
                }
                position += read;
            }
            String sha512 = Base64.getEncoder().encodeToString(whole.digest());
            return new PackageHashes(sha512,
                    edits.isPresent() ? Base64.getEncoder().encodeToString(content.digest()) : sha512, edits.isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + nupkg + " to hash it: " + e.getMessage(), e);
        } catch (PackageException e) {
            throw new CacheException(e.getMessage(), e); // a damaged zip directory
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-512", e);
        }
    }
}
