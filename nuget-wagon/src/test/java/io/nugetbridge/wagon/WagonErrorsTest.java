package io.nugetbridge.wagon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.testing.ArtipieServer;
import io.nugetbridge.testing.TestNupkg;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.wagon.ResourceDoesNotExistException;
import org.apache.maven.wagon.TransferFailedException;
import org.apache.maven.wagon.authorization.AuthorizationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How the feed's refusals and failures reach Maven: the exception kinds Resolver tells apart, and what to fix. */
@Timeout(60)
class WagonErrorsTest {

    private static final String POM = "nuget/Guarded/1.0.0/Guarded-1.0.0.pom";

    private static ArtipieServer guarded;

    @TempDir
    Path temp;

    @BeforeAll
    static void start(@TempDir Path packages) {
        guarded = ArtipieServer.startWithBasicAuth("it-user", "it-pa55word");
        guarded.pushOrFail(TestNupkg.of("Guarded", "1.0.0").writeTo(packages));
    }

    @AfterAll
    static void stop() {
        guarded.close();
    }

    @Test
    void withoutCredentialsAnAuthorizationErrorNamesTheServerToFix() {
        NuGetWagon wagon = new WagonHarness(temp).connect("guarded-feed", "nuget+" + guarded.serviceIndex());

        assertThatThrownBy(() -> wagon.get(POM, temp.resolve("x").toFile()))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("401")
                .hasMessageContaining("<server><id>guarded-feed</id>");
    }

    @Test
    void aChecksumNeverFailsWithAnythingButNotFound() {
        NuGetWagon wagon = new WagonHarness(temp).connect("guarded-feed", "nuget+" + guarded.serviceIndex());

        assertThatThrownBy(() -> wagon.get(POM + ".sha1", temp.resolve("x").toFile()))
                .isInstanceOf(ResourceDoesNotExistException.class);
    }

    @Test
    void withTheServersCredentialsItWorksAndThePasswordIsNeverShown() throws Exception {
        WagonHarness harness = new WagonHarness(temp);
        NuGetWagon wagon = harness.connect("guarded-feed", "nuget+" + guarded.serviceIndex(), Map.of(),
                WagonHarness.user("it-user", "it-pa55word"));
        wagon.get(POM, temp.resolve("ok.pom").toFile());
        assertThat(temp.resolve("ok.pom")).content().contains("<artifactId>Guarded</artifactId>");

        NuGetWagon wrong = new WagonHarness(temp.resolve("wrong")).connect("guarded-feed",
                "nuget+" + guarded.serviceIndex(), Map.of(), WagonHarness.user("it-user", "not-the-pa55word"));
        assertThatThrownBy(() -> wrong.get(POM, temp.resolve("y").toFile()))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("settings.xml server 'guarded-feed'")
                .hasMessageNotContaining("not-the-pa55word");
        assertThat(harness.log).noneMatch(line -> line.contains("pa55word"));
    }

    @Test
    void plainHttpToAnotherHostIsRefusedNamingTheKnobButOnlyWhenTheFeedIsNeeded() throws Exception {
        NuGetWagon wagon = new WagonHarness(temp).connect("far-feed", "nuget+http://203.0.113.7/v3/index.json");

        assertThatThrownBy(() -> wagon.get("junit/junit/4.13/junit-4.13.pom", temp.resolve("x").toFile()))
                .isInstanceOf(ResourceDoesNotExistException.class);
        assertThatThrownBy(() -> wagon.get(POM, temp.resolve("x").toFile()))
                .isInstanceOf(TransferFailedException.class)
                .hasMessageContaining("Refusing plain HTTP to 203.0.113.7")
                .hasMessageContaining("<server><id>far-feed</id><configuration><allowInsecureConnections>true");
    }

    @Test
    void aFeedThatIsDownIsATransferFailureWithItsUrl() {
        NuGetWagon wagon = new WagonHarness(temp).connect("down-feed", "nuget+http://127.0.0.1:9/index.json",
                Map.of("connectTimeoutSeconds", 2), null);

        assertThatThrownBy(() -> wagon.get("nuget/Any/maven-metadata.xml", temp.resolve("x").toFile()))
                .isInstanceOf(TransferFailedException.class)
                .hasMessageContaining("'down-feed'")
                .hasMessageContaining("http://127.0.0.1:9/index.json");
    }
}
