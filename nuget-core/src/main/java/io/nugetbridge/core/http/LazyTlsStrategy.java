package io.nugetbridge.core.http;

import java.io.IOException;
import java.net.Socket;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * HttpClient's default TLS (the JDK's trust store, as {@code javax.net.ssl.*} properties set it, and its
 * hostname check), set up on the first https connection instead of when the client is built. Setting it up
 * reads and parses the whole trust store: in a fresh Maven JVM about 0.15 s of CPU on the path of the first
 * request, which a build against http sources (a feed on this machine, a folder and a loopback server in CI)
 * would pay for nothing. Thread-safe; the strategy is made once.
 */
final class LazyTlsStrategy implements TlsSocketStrategy {

    private final Supplier<? extends TlsSocketStrategy> factory;
    private volatile TlsSocketStrategy strategy;

    LazyTlsStrategy() {
        this(DefaultClientTlsStrategy::createDefault);
    }

    LazyTlsStrategy(Supplier<? extends TlsSocketStrategy> factory) {
        this.factory = factory;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return strategy().upgrade(socket, target, port, attachment, context);
    }

    /** Whether a connection has needed TLS yet. */
    boolean isSetUp() {
        return strategy != null;
    }

    private TlsSocketStrategy strategy() throws SSLException {
        TlsSocketStrategy made = strategy;
        if (made == null) {
            synchronized (this) {
                made = strategy;
                if (made == null) {
                    made = make();
                    strategy = made;
                }
            }
        }
        return made;
    }

    /** The strategy; a trust store that cannot be read fails the connection (an I/O error), as it fails no other. */
    private TlsSocketStrategy make() throws SSLException {
        try {
            return factory.get();
        } catch (RuntimeException e) {
            throw new SSLException("Java's TLS could not be set up (" + e.getMessage() + "); check the trust store"
                    + " given with -Djavax.net.ssl.trustStore and its password", e);
        }
    }
}
