package io.nugetbridge.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpProxyTest {

    @Test
    void parsesHostPortAndPercentEncodedCredentials() {
        HttpProxy proxy = HttpProxy.parse("http://alice:s%40cr%3At+x@proxy.corp:3128/", "nuget.config", "");

        assertThat(proxy.host()).isEqualTo("proxy.corp");
        assertThat(proxy.port()).isEqualTo(3128);
        assertThat(proxy.credentials()).hasValueSatisfying(c -> {
            assertThat(c.username()).isEqualTo("alice");
            assertThat(c.password()).isEqualTo("s@cr:t+x");
            assertThat(c.origin()).isEqualTo("nuget.config");
        });
        assertThat(proxy.noProxy()).isEmpty();
    }

    @Test
    void aBareHostAndPortIsHttp() {
        HttpProxy proxy = HttpProxy.parse("proxy.corp:8888", "http_proxy", "");
        assertThat(proxy.host()).isEqualTo("proxy.corp");
        assertThat(proxy.port()).isEqualTo(8888);
        assertThat(proxy.credentials()).isEmpty();
    }

    @Test
    void withoutAPortTheSchemesDefaultApplies() {
        assertThat(HttpProxy.parse("http://proxy.corp", "http_proxy", "").port()).isEqualTo(80);
    }

    @Test
    void aUserWithoutPasswordHasAnEmptyPassword() {
        assertThat(HttpProxy.parse("http://bob@proxy:3128", "http_proxy", "").credentials())
                .hasValueSatisfying(c -> assertThat(c.password()).isEmpty());
    }

    @Test
    void noProxyEntriesAreSplitOnCommasAndSemicolonsAndTrimmed() {
        HttpProxy proxy = HttpProxy.parse("proxy:3128", "x", " localhost, .corp ;10.0.0.1,,");
        assertThat(proxy.noProxy()).containsExactly("localhost", ".corp", "10.0.0.1");
    }

    @Test
    void anInvalidProxyIsReportedWithoutItsPassword() {
        assertThatThrownBy(() -> HttpProxy.parse("http://bob:hunter2 x@proxy:3128", "nuget.config", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nuget.config")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> HttpProxy.parse("http://bob:hunter2@:3128", "nuget.config", ""))
                .hasMessageContaining("no host name")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> HttpProxy.parse("socks5://proxy:1080", "ALL_PROXY", ""))
                .hasMessageContaining("http://");
    }

    @Test
    void theEnvironmentNamesTheProxyAndTheBypassList() {
        Map<String, String> environment = Map.of("http_proxy", "http://u:p@proxy.corp:3128",
                "no_proxy", "localhost,.internal");

        Optional<HttpProxy> proxy = HttpProxy.fromEnvironment(environment, "http");

        assertThat(proxy).hasValueSatisfying(p -> {
            assertThat(p.host()).isEqualTo("proxy.corp");
            assertThat(p.port()).isEqualTo(3128);
            assertThat(p.noProxy()).containsExactly("localhost", ".internal");
            assertThat(p.credentials()).hasValueSatisfying(
                    c -> assertThat(c.origin()).isEqualTo("environment variable http_proxy"));
        });
    }

    @Test
    void lowerCaseVariablesWinAndTheOriginNamesTheOneRead() {
        Map<String, String> environment = Map.of("HTTP_PROXY", "http://u:p@upper:1", "http_proxy",
                "http://u:p@lower:2", "NO_PROXY", "a", "no_proxy", "b");
        HttpProxy proxy = HttpProxy.fromEnvironment(environment, "http").orElseThrow();
        assertThat(proxy.host()).isEqualTo("lower");
        assertThat(proxy.noProxy()).containsExactly("b");

        HttpProxy upper = HttpProxy.fromEnvironment(Map.of("HTTP_PROXY", "http://u:p@upper:1"), "http").orElseThrow();
        assertThat(upper.credentials().orElseThrow().origin()).isEqualTo("environment variable HTTP_PROXY");
    }

    @Test
    void httpsPrefersHttpsProxyAndFallsBackToHttpProxy() {
        Map<String, String> both = Map.of("http_proxy", "http://plain:1", "https_proxy", "http://secure:2");
        assertThat(HttpProxy.fromEnvironment(both, "https")).map(HttpProxy::host).contains("secure");
        assertThat(HttpProxy.fromEnvironment(both, "http")).map(HttpProxy::host).contains("plain");
        assertThat(HttpProxy.fromEnvironment(Map.of("http_proxy", "http://plain:1"), "https"))
                .map(HttpProxy::host).contains("plain");
        assertThat(HttpProxy.fromEnvironment(Map.of("https_proxy", "http://secure:2"), "http")).isEmpty();
    }

    @Test
    void noProxyVariableAloneOrABlankProxyIsNoProxy() {
        assertThat(HttpProxy.fromEnvironment(Map.of("no_proxy", "*"), "http")).isEmpty();
        assertThat(HttpProxy.fromEnvironment(Map.of("http_proxy", "  "), "http")).isEmpty();
        assertThat(HttpProxy.fromEnvironment(Map.of(), "https")).isEmpty();
    }

    @ParameterizedTest(name = "no_proxy={0}, {1} -> proxied={2}")
    @CsvSource(delimiter = '|', value = {
        "corp           | https://feed.corp/x        | false",
        "corp           | https://a.b.corp/x         | false",
        "corp           | https://notcorp/x          | true",
        "corp           | https://corp.example.com/x | true",
        ".corp          | https://corp/x             | false",
        ".corp          | https://x.corp/x           | false",
        "*.corp         | https://x.corp/x           | false",
        "*.corp         | https://corp/x             | false",
        "FEED.Example   | https://feed.example/x     | false",
        "feed.example   | https://FEED.EXAMPLE/x     | false",
        "*              | https://anything/x         | false",
        "10.*           | http://10.1.2.3/x          | false",
        "10.*           | http://110.1.2.3/x         | true",
        "feed-*.corp    | https://feed-eu.corp/x     | false",
        "feed-*.corp    | https://build.corp/x       | true",
        "10.0.0.1       | http://10.0.0.1:8080/x     | false",
        "10.0.0.1       | http://10.0.0.12/x         | true",
        "feed.corp:8443 | https://feed.corp:8443/x   | false",
        "feed.corp:8443 | https://feed.corp/x        | true",
        "feed.corp:443  | https://feed.corp/x        | false",
        "feed.corp:80   | http://feed.corp/x         | false",
        "feed.corp:80   | https://feed.corp/x        | true",
        "::1            | http://[::1]:5000/x        | false",
        "[::1]          | http://[::1]:5000/x        | false",
        "[::1]:5000     | http://[::1]:5000/x        | false",
        "[::1]:5001     | http://[::1]:5000/x        | true",
        "'a.com,b.com'  | https://b.com/x            | false",
        "'a.com,b.com'  | https://c.com/x            | true",
        "''             | https://feed.corp/x        | true",
    })
    void noProxyMatching(String noProxy, String target, boolean proxied) {
        HttpProxy proxy = HttpProxy.parse("http://proxy:3128", "test", noProxy);
        assertThat(proxy.appliesTo(URI.create(target))).isEqualTo(proxied);
    }

    @Test
    void aRecordBuiltByHandCopiesItsList() {
        List<String> bypass = new java.util.ArrayList<>(List.of("a"));
        HttpProxy proxy = new HttpProxy("p", 1, Optional.empty(), bypass);
        bypass.add("b");
        assertThat(proxy.noProxy()).containsExactly("a");
    }
}
