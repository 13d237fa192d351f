package io.nugetbridge.core.http;

import static io.nugetbridge.core.http.StubServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * https sources, against a TLS server on 127.0.0.1 with a certificate of its own making (no real feed can be
 * made to present an untrusted certificate on demand): TLS is set up only when a connection needs it, a
 * certificate the JVM does not trust is an error that says what to do and is not retried, and one it trusts
 * carries the request.
 */
@Timeout(30)
class TlsTest {

    private static final char[] PASSWORD = "test".toCharArray();
    private static X509Certificate certificate;
    private static SSLContext serverContext;

    @BeforeAll
    static void makeCertificate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=nuget-bridge test server");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(1))), name, keys.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry("server", keys.getPrivate(), PASSWORD, new Certificate[] {certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, PASSWORD);
        serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);
    }

    @Test
    void aCertificateTheJvmDoesNotTrustIsRefusedOnceWithAdvice() throws Exception {
        try (TlsServer server = new TlsServer(); NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3))) {
            URI uri = server.uri("/v3/index.json");

            assertThatThrownBy(() -> client.getBytes(uri, TestSettings.FEED, 1024))
                    .isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("Could not GET " + uri)
                    .hasMessageContaining("'test-feed'")
                    .hasMessageContaining("TLS certificate was not accepted")
                    .hasMessageContaining("unable to find valid certification path")
                    .hasMessageContaining("-Djavax.net.ssl.trustStore=");
            assertThat(server.connections()).as("not retried").hasValue(1);
        }
    }

    @Test
    void tlsIsSetUpOnlyWhenAConnectionNeedsItAndThenCarriesTheRequest() throws Exception {
        LazyTlsStrategy tls = new LazyTlsStrategy(() -> new DefaultClientTlsStrategy(trustingOurServer()));
        try (StubServer plain = StubServer.start((exchange, index) -> respond(exchange, 200, "{\"plain\":true}"));
                TlsServer server = new TlsServer();
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1), Pause.SLEEP, tls)) {
            assertThat(tls.isSetUp()).isFalse();

            client.getBytes(URI.create("http://127.0.0.1:" + plain.port() + "/v3/index.json"), TestSettings.FEED, 1024);
            assertThat(tls.isSetUp()).as("after a plain http request").isFalse();

            byte[] body = client.getBytes(server.uri("/v3/index.json"), TestSettings.FEED, 1024).orElseThrow();
            assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"tls\":true}");
            assertThat(tls.isSetUp()).isTrue();
            assertThat(server.requestLines()).singleElement().isEqualTo("GET /v3/index.json HTTP/1.1");
        }
    }

    @Test
    void aTrustedCertificateForAnotherNameIsRefusedToo() throws Exception {
        LazyTlsStrategy tls = new LazyTlsStrategy(() -> new DefaultClientTlsStrategy(trustingOurServer()));
        try (TlsServer server = new TlsServer();
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(3), Pause.SLEEP, tls)) {
            URI byName = URI.create(server.uri("/v3/index.json").toString().replace("127.0.0.1", "localhost"));

            assertThatThrownBy(() -> client.getBytes(byName, TestSettings.FEED, 1024))
                    .isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("TLS certificate was not accepted")
                    .hasMessageContaining("localhost")
                    .hasMessageContaining("use the host name the certificate is for");
            assertThat(server.connections()).as("not retried").hasValue(1);
        }
    }

    @Test
    void aTrustStoreThatCannotBeReadIsNamedWhenAConnectionNeedsTls() throws Exception {
        LazyTlsStrategy tls = new LazyTlsStrategy(() -> {
            throw new IllegalStateException("Keystore was tampered with, or password was incorrect");
        });
        try (TlsServer server = new TlsServer();
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1), Pause.SLEEP, tls)) {
            assertThatThrownBy(() -> client.getBytes(server.uri("/v3/index.json"), TestSettings.FEED, 1024))
                    .isInstanceOf(NuGetHttpException.class)
                    .hasMessageContaining("Java's TLS could not be set up (Keystore was tampered with")
                    .hasMessageContaining("-Djavax.net.ssl.trustStore");
            assertThat(tls.isSetUp()).isFalse();
        }
    }

    private static SSLContext trustingOurServer() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("server", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepts TLS connections one at a time and answers each request with a small JSON body, then closes. */
    private static final class TlsServer implements AutoCloseable {
        private final SSLServerSocket socket;
        private final AtomicInteger connections = new AtomicInteger();
        private final List<String> requestLines = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        TlsServer() throws IOException {
            socket = (SSLServerSocket) serverContext.getServerSocketFactory()
                    .createServerSocket(0, 16, InetAddress.getLoopbackAddress());
            acceptor = new Thread(this::serve, "tls-test-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI uri(String path) {
            return URI.create("https://127.0.0.1:" + socket.getLocalPort() + path);
        }

        AtomicInteger connections() {
            return connections;
        }

        List<String> requestLines() {
            return requestLines;
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket accepted = socket.accept()) {
                    connections.incrementAndGet();
                    answer((SSLSocket) accepted);
                } catch (IOException e) {
                    // a refused handshake or the server closing: the next connection, if any
                }
            }
        }

        private void answer(SSLSocket connection) throws IOException {
            connection.startHandshake();
            InputStream in = connection.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    return;
                }
                head.append((char) next);
            }
            requestLines.add(head.substring(0, head.indexOf("\r\n")));
            byte[] body = "{\"tls\":true}".getBytes(StandardCharsets.UTF_8);
            OutputStream out = connection.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            acceptor.join(5000);
        }
    }
}
