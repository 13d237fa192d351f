package io.nugetbridge.core.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * A response body decoded from its {@code Content-Encoding} (gzip, deflate) by us rather than by HttpClient,
 * so that its decoded size is bounded while it is read: past {@link #FREE_BYTES}, an encoded body may decode
 * to at most {@link #MAX_RATIO} times the bytes that came over the wire. A .nupkg is a zip, which gzip barely
 * shrinks, and JSON shrinks ten- to twentyfold; a 1 MiB body that decodes to 1 GiB is a bomb, and the read
 * stops at once instead of filling the disk (issue 19). Absolute caps per kind of body are the callers'.
 */
final class DecodedEntity extends HttpEntityWrapper {

    /** Decoded bytes allowed whatever the ratio: small documents may compress very well. */
    static final long FREE_BYTES = 16L * 1024 * 1024;

    /** Decoded bytes per encoded byte past {@link #FREE_BYTES}; deflate's own maximum is about 1,032. */
    static final long MAX_RATIO = 100;

    /** What requests advertise; both are decoded here. */
    static final String ACCEPTED = "gzip, deflate";

    private final String encoding;
    private final URI uri;

    private DecodedEntity(HttpEntity encoded, String encoding, URI uri) {
        super(encoded);
        this.encoding = encoding;
        this.uri = uri;
    }

    /** Replaces the response's entity with its decoded form, when it has an entity and an encoding. */
    static void decode(ClassicHttpResponse response, URI uri) {
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return;
        }
        Optional<String> encoding = encodingOf(response, entity);
        if (encoding.isEmpty()) {
            return;
        }
        String name = encoding.get();
        if (!name.equals("gzip") && !name.equals("x-gzip") && !name.equals("deflate")) {
            throw new NuGetHttpException(uri, response.getCode(), "The response from " + SafeUri.of(uri)
                    + " has Content-Encoding '" + name + "', which was not asked for (requests accept " + ACCEPTED
                    + "); tell the feed's owner", null);
        }
        response.setEntity(new DecodedEntity(entity, name, uri));
        response.removeHeaders(HttpHeaders.CONTENT_ENCODING);
        response.removeHeaders(HttpHeaders.CONTENT_LENGTH);
    }

    private static Optional<String> encodingOf(ClassicHttpResponse response, HttpEntity entity) {
        Header header = response.getFirstHeader(HttpHeaders.CONTENT_ENCODING);
        String value = header != null ? header.getValue() : entity.getContentEncoding();
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("identity")) {
            return Optional.empty();
        }
        return Optional.of(value.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public InputStream getContent() throws IOException {
        CountingStream wire = new CountingStream(super.getContent());
        InputStream decoded = encoding.equals("deflate") ? deflate(wire) : new GZIPInputStream(wire, 16 * 1024);
        return new BoundedStream(decoded, wire);
    }

    /** Deflate as servers send it: zlib-wrapped as the RFC says, or raw as some older servers do. */
    private static InputStream deflate(CountingStream wire) throws IOException {
        wire.mark(2);
        int first = wire.read();
        int second = wire.read();
        wire.reset();
        boolean zlib = first >= 0 && second >= 0 && (first & 0x0F) == 8 && ((first << 8) | second) % 31 == 0;
        return new InflaterInputStream(wire, new Inflater(!zlib), 16 * 1024);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (InputStream in = getContent()) {
            in.transferTo(out);
        }
    }

    @Override
    public long getContentLength() {
        return -1;
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isStreaming() {
        return true;
    }

    /** Counts the encoded bytes read off the wire. */
    private static final class CountingStream extends java.io.BufferedInputStream {
        private long count;
        private long markedCount;

        CountingStream(InputStream in) {
            super(in, 16 * 1024);
        }

        @Override
        public synchronized int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            markedCount = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = markedCount;
        }
    }

    /** Stops the read once the decoded bytes outgrow what the encoded ones could honestly hold. */
    private final class BoundedStream extends FilterInputStream {
        private final CountingStream wire;
        private long decoded;

        BoundedStream(InputStream decoded, CountingStream wire) {
            super(decoded);
            this.wire = wire;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            decoded += n;
            long allowed = Math.max(FREE_BYTES, MAX_RATIO * wire.count);
            if (decoded > allowed) {
                throw new NuGetHttpException(uri, 0, "The response from " + SafeUri.of(uri) + " (Content-Encoding: "
                        + encoding + ") decodes to more than " + allowed + " bytes from " + wire.count + " bytes sent,"
                        + " more than " + MAX_RATIO + " times its size, which no real NuGet document or package does;"
                        + " refusing it as a compression bomb. Tell the feed's owner", null);
            }
        }
    }
}
