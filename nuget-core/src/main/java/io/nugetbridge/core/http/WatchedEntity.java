package io.nugetbridge.core.http;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/** An entity whose every read and write tells the {@link Watchdog} that the attempt is still moving. */
final class WatchedEntity extends HttpEntityWrapper {

    private final Watchdog watchdog;

    WatchedEntity(HttpEntity wrapped, Watchdog watchdog) {
        super(wrapped);
        this.watchdog = watchdog;
    }

    @Override
    public InputStream getContent() throws IOException {
        return new FilterInputStream(super.getContent()) {
            @Override
            public int read() throws IOException {
                int value = super.read();
                watchdog.progress();
                return value;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int count = super.read(buffer, offset, length);
                watchdog.progress();
                return count;
            }
        };
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        super.writeTo(new FilterOutputStream(out) {
            @Override
            public void write(int value) throws IOException {
                out.write(value);
                watchdog.progress();
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                out.write(buffer, offset, length);
                watchdog.progress();
            }
        });
    }
}
