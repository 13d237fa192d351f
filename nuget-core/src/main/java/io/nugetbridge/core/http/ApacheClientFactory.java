package io.nugetbridge.core.http;

import java.util.Optional;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;

/** Builds the Apache HttpClient 5 instance behind {@link NuGetHttpClient} from {@link HttpSettings}. */
final class ApacheClientFactory {

    private ApacheClientFactory() {}

    static CloseableHttpClient create(HttpSettings settings, String userAgent) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        // The socket timeout bounds the silence between two reads: the stall timeout.
                        .setSocketTimeout(Timeout.of(settings.stallTimeout()))
                        .build())
                .setMaxConnPerRoute(settings.maxRequestsPerSource())
                .setMaxConnTotal(Math.max(64, settings.maxRequestsPerSource() * 4))
                .build();
        HttpClientBuilder builder = org.apache.hc.client5.http.impl.classic.HttpClients.custom()
                .setConnectionManager(connections)
                .setUserAgent(userAgent)
                // We follow redirects and retry ourselves, to control where credentials go and what is repeated.
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                        .build());
        settings.proxy().ifPresent(proxy -> configureProxy(builder, proxy));
        return builder.build();
    }

    private static void configureProxy(HttpClientBuilder builder, HttpProxy proxy) {
        HttpHost proxyHost = new HttpHost(proxy.host(), proxy.port());
        builder.setRoutePlanner(new DefaultRoutePlanner(null) {
            @Override
            protected HttpHost determineProxy(HttpHost target, HttpContext context) {
                java.net.URI uri = java.net.URI.create(target.toURI());
                return proxy.appliesTo(uri) ? proxyHost : null;
            }
        });
        Optional<Credentials> credentials = proxy.credentials();
        credentials.ifPresent(c -> {
            BasicCredentialsProvider provider = new BasicCredentialsProvider();
            provider.setCredentials(new AuthScope(proxyHost),
                    new UsernamePasswordCredentials(c.username(), c.password().toCharArray()));
            builder.setDefaultCredentialsProvider(provider);
        });
    }
}
