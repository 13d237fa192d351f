package io.nugetbridge.wagon;

import io.nugetbridge.core.publish.PackageFile;
import io.nugetbridge.core.publish.PushProgress;
import java.util.function.Consumer;

/**
 * Turns core's running total of bytes pushed into the per-chunk progress events a wagon fires. Maven's
 * listeners (Resolver's {@code WagonTransferListener}) only count the length of each chunk, so the chunks
 * carry no data.
 */
final class UploadProgress implements PushProgress {

    private static final int CHUNK = 64 * 1024;

    private final Consumer<byte[]> chunkSent;
    private final byte[] full = new byte[CHUNK];
    private long reported;

    UploadProgress(Consumer<byte[]> chunkSent) {
        this.chunkSent = chunkSent;
    }

    @Override
    public synchronized void uploaded(PackageFile file, long sent, long total) {
        // A retried push starts over from zero.
        if (sent < reported) {
            reported = 0;
        }
        long pending = sent - reported;
        while (pending > 0) {
            int piece = (int) Math.min(pending, CHUNK);
            chunkSent.accept(piece == CHUNK ? full : new byte[piece]);
            pending -= piece;
        }
        reported = sent;
    }
}
