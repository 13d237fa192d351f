package io.nugetbridge.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.NuGetConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, items 5 and 6: what a push target may be. A URL with a password in it is refused with the URL
 * shown redacted (it printed the password at info and six times with -X); a mistyped URL
 * ({@code ht!tp://bad url/}, {@code https//host}) or a relative folder that does not exist is refused instead
 * of pushing into a folder named after the text. NuGet requires an absolute URI for a push source
 * (PackageSourceProviderExtensions.ValidateSource: "The specified source is invalid"), and creates the folder
 * of an absolute file path; a relative folder that does not exist is refused unless written as one (./x).
 */
class PushSourceResolverTest {

    @TempDir
    Path work;

    @Test
    void aPasswordInTheSourceUrlIsNeverShown() throws IOException {
        PushSourceResolver resolver = new PushSourceResolver(emptyConfig());
        String url = "http://user:Pw5ecret@127.0.0.1:9/v3/index.json";

        assertThatThrownBy(() -> resolver.resolve(Optional.of(url), "nuget.source", work))
                .isInstanceOf(PushException.class)
                .hasMessageNotContaining("Pw5ecret").hasMessageNotContaining("user:")
                .hasMessageContaining("http://***@127.0.0.1:9/v3/index.json")
                .hasMessageContaining("nuget.username");
    }

    @Test
    void mistypedUrlsAreRefusedAndCreateNothing() throws IOException {
        PushSourceResolver resolver = new PushSourceResolver(emptyConfig());
        for (String typo : new String[] {"ht!tp://bad url/v3/index.json", "https//127.0.0.1:9/v3/index.json",
                "http://bad url/v3/index.json", "https:/127.0.0.1/v3/index.json", "http://", "ftp://host/feed"}) {
            assertThatThrownBy(() -> resolver.resolve(Optional.of(typo), "nuget.source", work)).as(typo)
                    .isInstanceOf(PushException.class).hasMessageContaining(typo).hasMessageContaining("nuget.source");
        }
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsOnly("project");
        }
    }

    @Test
    void aRelativeFolderThatDoesNotExistIsRefusedUnlessWrittenAsOne() throws IOException {
        PushSourceResolver resolver = new PushSourceResolver(emptyConfig());

        assertThatThrownBy(() -> resolver.resolve(Optional.of("feeds/local"), "nuget.source", work))
                .isInstanceOf(PushException.class).hasMessageContaining("does not exist").hasMessageContaining("./feeds/local");
        assertThat(resolver.resolve(Optional.of("./feeds/local"), "nuget.source", work).location())
                .isEqualTo(work.resolve("feeds/local").toString());
        assertThat(resolver.resolve(Optional.of(work.resolve("abs").toString()), "nuget.source", work).location())
                .isEqualTo(work.resolve("abs").toString());
        Files.createDirectories(work.resolve("existing/feed"));
        assertThat(resolver.resolve(Optional.of("existing/feed"), "nuget.source", work).location())
                .isEqualTo(work.resolve("existing/feed").toString());
        assertThat(resolver.resolve(Optional.of("https://127.0.0.1:9/v3/index.json"), "nuget.source", work).location())
                .isEqualTo("https://127.0.0.1:9/v3/index.json");
    }

    private NuGetConfig emptyConfig() throws IOException {
        Path project = Files.createDirectories(work.resolve("project"));
        Path file = Files.writeString(project.resolve("nuget.config"), "<configuration><packageSources><clear/>"
                + "</packageSources></configuration>");
        return NuGetConfig.load(ConfigLocations.onlyFile(file), Map.of());
    }
}
