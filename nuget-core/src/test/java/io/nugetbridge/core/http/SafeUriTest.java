package io.nugetbridge.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeUriTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://feed.example/v3/index.json                     | https://feed.example/v3/index.json",
        "https://feed.example:8443/v3/index.json?semVerLevel=2.0.0 | https://feed.example:8443/v3/index.json?semVerLevel=2.0.0",
        "https://user:pass@feed.example/v3/index.json           | https://***@feed.example/v3/index.json",
        "https://blob.example/p.nupkg?sv=2020-08-04&sig=abc%2Bd&se=x | https://blob.example/p.nupkg?sv=2020-08-04&sig=***&se=x",
        "https://s3.example/p?X-Amz-Signature=ab&X-Amz-Credential=cd&X-Amz-Security-Token=ef | https://s3.example/p?X-Amz-Signature=***&X-Amz-Credential=***&X-Amz-Security-Token=***",
        "https://feed.example/api?apikey=k&access_token=t&id=Polly | https://feed.example/api?apikey=***&access_token=***&id=Polly",
        "http://[::1]:5000/index.json                           | http://[::1]:5000/index.json",
        "https://feed.example/%E4%B8%AD/index.json              | https://feed.example/%E4%B8%AD/index.json",
    })
    void secretsAreMaskedAndTheRestKept(String uri, String shown) {
        assertThat(SafeUri.of(URI.create(uri))).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"250, 250 ms", "1000, 1 s", "1500, 1.5 s", "300000, 300 s"})
    void durationsReadNaturally(long millis, String shown) {
        assertThat(Durations.format(Duration.ofMillis(millis))).isEqualTo(shown);
    }
}
