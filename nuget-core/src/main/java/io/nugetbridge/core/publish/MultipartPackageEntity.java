package io.nugetbridge.core.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/**
 * The body of NuGet's push: {@code multipart/form-data} with one part, the package file, streamed from
 * disk (memory stays flat however large the package). Its length is known up front, so it is sent with a
 * {@code Content-Length}, which every server takes; NuGet's chunked encoding only served to abort an
 * anonymous upload on a 401, which preemptive authentication makes moot.
 */
final class MultipartPackageEntity extends AbstractHttpEntity {

    private static final int BUFFER = 64 * 1024;

    private final PackageFile file;
    private final PushProgress progress;
    private final byte[] head;
    private final byte[] tail;

    MultipartPackageEntity(PackageFile file, PushProgress progress) {
        this(file, progress, "nuget-bridge-" + UUID.randomUUID());
    }

    private MultipartPackageEntity(PackageFile file, PushProgress progress, String boundary) {
        super(ContentType.parse("multipart/form-data; boundary=" + boundary), null, false);
        this.file = file;
        this.progress = progress;
        this.head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"package\"; filename=\"package.nupkg\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public long getContentLength() {
        return head.length + file.size() + tail.length;
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public InputStream getContent() throws IOException {
        return new SequenceInputStream(java.util.Collections.enumeration(List.of(new ByteArrayInputStream(head),
                Files.newInputStream(file.path()), new ByteArrayInputStream(tail))));
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        long total = getContentLength();
        out.write(head);
        long sent = head.length;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file.path())) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                sent += read;
                progress.uploaded(file, sent, total);
            }
        }
        out.write(tail);
        out.flush();
        progress.uploaded(file, total, total);
    }

    @Override
    public void close() {
        // nothing held open between writes
    }
}
