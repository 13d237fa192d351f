package io.nugetbridge.core.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * Feeds a package's bytes to a digest in file order, leaving out or replacing the ranges that
 * {@link SignedContentEdits} name, so the digest is that of the package as it was before it was signed.
 * The cache feeds it alongside the whole-file SHA-512 in one pass; {@link #of(Path, MessageDigest)} is
 * the one-call form signature validation uses (nuget.org signs SHA-256 content hashes).
 */
public final class SignedContentDigest {

    private static final int BUFFER = 64 * 1024;

    private final MessageDigest digest;
    private final List<SignedContentEdits.Edit> edits;
    private int next;

    public SignedContentDigest(MessageDigest digest, List<SignedContentEdits.Edit> edits) {
        this.digest = digest;
        this.edits = List.copyOf(edits);
    }

    /**
     * The digest of a signed package's unsigned content; empty when NuGet would not count the package as
     * signed (no signature entry in NuGet's form, or a zip64 archive).
     */
    public static Optional<byte[]> of(Path nupkg, MessageDigest digest) {
        try (FileChannel file = FileChannel.open(nupkg, StandardOpenOption.READ)) {
            Optional<List<SignedContentEdits.Edit>> edits = SignedContentEdits.of(file);
            if (edits.isEmpty()) {
                return Optional.empty();
            }
            SignedContentDigest unsigned = new SignedContentDigest(digest, edits.get());
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            long position = 0;
            for (int read; (read = file.read(buffer, position)) >= 0; buffer.clear()) {
                unsigned.update(position, buffer.array(), read);
                position += read;
            }
            return Optional.of(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + nupkg + " to hash its signed content: " + e.getMessage(), e);
        }
    }

    /** {@code length} bytes of {@code chunk} that stand at {@code position} in the file. */
    public void update(long position, byte[] chunk, int length) {
        long at = position;
        long chunkEnd = position + length;
        while (at < chunkEnd) {
            SignedContentEdits.Edit edit = next < edits.size() ? edits.get(next) : null;
            if (edit == null || at < edit.start()) {
                long until = edit == null ? chunkEnd : Math.min(chunkEnd, edit.start());
                digest.update(chunk, (int) (at - position), (int) (until - at));
                at = until;
                continue;
            }
            if (at == edit.start()) {
                digest.update(edit.replacement());
            }
            // max: a damaged zip may yield overlapping edits; never step back over bytes already fed.
            at = Math.max(at, Math.min(chunkEnd, edit.end()));
            if (at >= edit.end()) {
                next++;
            }
        }
    }
}
