package io.nugetbridge.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    @Test
    void defaultsFollowNuGet() {
        HttpSettings defaults = HttpSettings.defaults();
        assertThat(defaults.responseTimeout()).isEqualTo(Duration.ofSeconds(100));
        assertThat(defaults.stallTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.maxAttempts()).isEqualTo(3);
        assertThat(defaults.proxy()).isEmpty();
    }

    @Test
    void nonsenseIsRefusedWithTheSettingsName() {
        HttpSettings defaults = HttpSettings.defaults();
        assertThatThrownBy(() -> defaults.withMaxRequestsPerSource(0)).hasMessageContaining("maxHttpRequestsPerSource");
        assertThatThrownBy(() -> defaults.withRetries(0, Duration.ZERO, Duration.ZERO)).hasMessageContaining("attempts");
        assertThatThrownBy(() -> defaults.withRetries(2, Duration.ofMillis(-1), Duration.ZERO))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1))).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> defaults.withMaxRedirects(-1)).hasMessageContaining("redirects");
    }

    @Test
    void withersChangeOnlyTheirPart() {
        HttpSettings changed = HttpSettings.defaults().withMaxRequestsPerSource(2).withMaxRedirects(4);
        assertThat(changed.maxRequestsPerSource()).isEqualTo(2);
        assertThat(changed.maxRedirects()).isEqualTo(4);
        assertThat(changed.maxAttempts()).isEqualTo(3);
    }
}
