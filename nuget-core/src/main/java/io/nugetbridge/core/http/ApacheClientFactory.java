package io.nugetbridge.core.http;

import java.net.URI;
import java.time.Duration;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.auth.BasicScheme;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** Builds the Apache HttpClient 5 instance behind {@link NuGetHttpClient} from {@link HttpSettings}. */
final class ApacheClientFactory {

    /** Slack on Apache's own read timeout, which only backs up the {@link Watchdog} and must not beat it. */
    private static final Duration BACKSTOP_SLACK = Duration.ofSeconds(30);

    private ApacheClientFactory() {}

    static CloseableHttpClient create(HttpSettings settings, String userAgent, TlsSocketStrategy tls) {
        Timeout backstop = Timeout.of(max(settings.responseTimeout(), settings.stallTimeout()).plus(BACKSTOP_SLACK));
        // The per-source limit is a semaphore in NuGetHttpClient; the pool only has to be big enough for it,
        // also when several sources share a host.
        int connections = Math.max(64, settings.maxRequestsPerSource() * 4);
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(backstop)
                        // A pooled connection the server closed meanwhile fails a push, which is not retried.
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .setMaxConnPerRoute(connections)
                .setMaxConnTotal(connections)
                .setTlsSocketStrategy(tls)
                .build();
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool)
                .setUserAgent(userAgent)
                // We follow redirects and retry ourselves, to control where credentials go and what is repeated.
                .disableRedirectHandling()
                .disableAutomaticRetries()
                // Bodies are decoded by DecodedEntity, which bounds how far they may grow (a gzip bomb).
                .disableContentCompression()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(backstop).build());
        settings.proxy().ifPresent(proxy -> configureProxy(builder, proxy));
        return builder.build();
    }

    private static void configureProxy(HttpClientBuilder builder, HttpProxy proxy) {
        HttpHost proxyHost = proxyHost(proxy);
        builder.setRoutePlanner(new DefaultRoutePlanner(null) {
            @Override
            protected HttpHost determineProxy(HttpHost target, HttpContext context) {
                return proxy.appliesTo(asUri(target)) ? proxyHost : null;
            }
        });
        // Answers a 407 challenge, should the proxy want another scheme round than the preemptive one.
        proxy.credentials().ifPresent(c -> {
            BasicCredentialsProvider provider = new BasicCredentialsProvider();
            provider.setCredentials(new AuthScope(proxyHost), usernamePassword(c));
            builder.setDefaultCredentialsProvider(provider);
        });
    }

    /**
     * Makes the request carry {@code Proxy-Authorization} from its first byte (also on a CONNECT), so a
     * proxy that wants Basic never costs a 407 round trip, which would also resend a push body.
     */
    static void preemptiveProxyAuth(HttpProxy proxy, HttpClientContext context) {
        proxy.credentials().ifPresent(c -> {
            BasicScheme scheme = new BasicScheme();
            scheme.initPreemptive(usernamePassword(c));
            BasicAuthCache cache = new BasicAuthCache();
            cache.put(proxyHost(proxy), scheme);
            context.setAuthCache(cache);
        });
    }

    private static URI asUri(HttpHost target) {
        try {
            // The multi-argument constructor puts an IPv6 address in brackets.
            return new URI(target.getSchemeName(), null, target.getHostName(), target.getPort(), null, null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid host: " + target, e);
        }
    }

    private static HttpHost proxyHost(HttpProxy proxy) {
        return new HttpHost("http", proxy.host(), proxy.port());
    }

    private static UsernamePasswordCredentials usernamePassword(Credentials credentials) {
        return new UsernamePasswordCredentials(credentials.username(), credentials.password().toCharArray());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
