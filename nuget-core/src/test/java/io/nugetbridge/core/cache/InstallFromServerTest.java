package io.nugetbridge.core.cache;

import io.nugetbridge.testing.RequiresCorpus;

import static io.nugetbridge.core.cache.CacheFixtures.V430;
import static io.nugetbridge.core.cache.CacheFixtures.V600;
import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.feed.ServiceIndexCache;
import io.nugetbridge.core.feed.V3Feed;
import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpSettings;
import io.nugetbridge.core.http.NuGetHttpClient;
import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.ArtipieServer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Installs from a real NuGet server (Artipie) through our V3 feed, and checks every byte of the layout. */
@Timeout(120)
@RequiresCorpus
class InstallFromServerTest {

    private static ArtipieServer server;
    private static NuGetHttpClient http;

    @TempDir
    Path root;

    private V3Feed feed;
    private GlobalPackagesFolder cache;

    @BeforeAll
    static void startServer() {
        server = ArtipieServer.start();
        server.pushOrFail(CacheFixtures.polly());
        server.pushOrFail(CacheFixtures.unsafe());
        http = new NuGetHttpClient(HttpSettings.defaults());
    }

    @AfterAll
    static void stopServer() throws Exception {
        http.close();
        server.close();
    }

    @BeforeEach
    void newFeed() {
        feed = new V3Feed(server.serviceIndex(), Endpoint.anonymous("artipie"), http, new ServiceIndexCache(http));
        cache = new GlobalPackagesFolder(root, List.of(), NuGetLog.SILENT);
    }

    @Test
    void installsAnUnsignedPackageExactlyAsDotnetLaysItOut() throws Exception {
        InstalledPackage polly = cache.install("Polly", V430, feed, Optional.empty());

        Path folder = root.resolve("polly/4.3.0");
        assertThat(polly.folder()).isEqualTo(folder);
        assertThat(polly.origin()).isEqualTo(InstalledPackage.Origin.DOWNLOADED);
        assertThat(CacheFixtures.files(folder)).containsExactly(
                ".nupkg.metadata",
                "lib/dotnet/Polly.XML", "lib/dotnet/Polly.dll", "lib/dotnet/Polly.pdb",
                "lib/net35/Polly.XML", "lib/net35/Polly.dll", "lib/net35/Polly.pdb",
                "lib/net40/Polly.XML", "lib/net40/Polly.dll", "lib/net40/Polly.pdb",
                "lib/net45/Polly.XML", "lib/net45/Polly.dll", "lib/net45/Polly.pdb",
                "lib/portable-net45+netcore45+wpa81+wp8/Polly.XML",
                "lib/portable-net45+netcore45+wpa81+wp8/Polly.dll",
                "lib/portable-net45+netcore45+wpa81+wp8/Polly.pdb",
                "polly.4.3.0.nupkg", "polly.4.3.0.nupkg.sha512", "polly.nuspec");
        assertThat(Files.readAllBytes(polly.nupkg())).isEqualTo(Files.readAllBytes(CacheFixtures.polly()));
        assertThat(Files.readString(folder.resolve("polly.4.3.0.nupkg.sha512"))).isEqualTo(CacheFixtures.POLLY_SHA512);
        assertThat(polly.sha512()).isEqualTo(CacheFixtures.POLLY_SHA512);
        assertThat(polly.nuspec()).isEqualTo(folder.resolve("polly.nuspec"));
        assertThat(Files.readString(folder.resolve(".nupkg.metadata"))).isEqualTo(metadata(CacheFixtures.POLLY_SHA512));
        assertThat(polly.source()).contains(server.serviceIndex().toString());
        assertSameBytesAsInPackage(folder, CacheFixtures.polly(), "Polly.nuspec", "polly.nuspec");
        assertSameBytesAsInPackage(folder, CacheFixtures.polly(),
                "lib/portable-net45%2Bnetcore45%2Bwpa81%2Bwp8/Polly.dll", "lib/portable-net45+netcore45+wpa81+wp8/Polly.dll");
        assertSameBytesAsInPackage(folder, CacheFixtures.polly(), "lib/net45/Polly.XML", "lib/net45/Polly.XML");
        // Nothing of ours is left beside the version folder, not even the lock file.
        assertThat(CacheFixtures.names(root.resolve("polly"))).containsExactly("4.3.0");
    }

    @Test
    void installsASignedPackageWithTheContentHashDotnetRecordsAndKeepsItsSignatureFile() throws Exception {
        InstalledPackage unsafe = cache.install("System.Runtime.CompilerServices.Unsafe", V600, feed, Optional.empty());

        Path folder = root.resolve("system.runtime.compilerservices.unsafe/6.0.0");
        assertThat(CacheFixtures.files(folder)).containsExactly(
                ".nupkg.metadata", ".signature.p7s", "Icon.png", "LICENSE.TXT", "THIRD-PARTY-NOTICES.TXT",
                "buildTransitive/netcoreapp2.0/System.Runtime.CompilerServices.Unsafe.targets",
                "buildTransitive/netcoreapp3.1/_._",
                "lib/net461/System.Runtime.CompilerServices.Unsafe.dll",
                "lib/net461/System.Runtime.CompilerServices.Unsafe.xml",
                "lib/net6.0/System.Runtime.CompilerServices.Unsafe.dll",
                "lib/net6.0/System.Runtime.CompilerServices.Unsafe.xml",
                "lib/netcoreapp3.1/System.Runtime.CompilerServices.Unsafe.dll",
                "lib/netcoreapp3.1/System.Runtime.CompilerServices.Unsafe.xml",
                "lib/netstandard2.0/System.Runtime.CompilerServices.Unsafe.dll",
                "lib/netstandard2.0/System.Runtime.CompilerServices.Unsafe.xml",
                "system.runtime.compilerservices.unsafe.6.0.0.nupkg",
                "system.runtime.compilerservices.unsafe.6.0.0.nupkg.sha512",
                "system.runtime.compilerservices.unsafe.nuspec",
                "useSharedDesignerContext.txt");
        assertThat(Files.readString(unsafe.sha512File())).isEqualTo(CacheFixtures.UNSAFE_SHA512);
        assertThat(unsafe.contentHash()).isEqualTo(CacheFixtures.UNSAFE_CONTENT_HASH);
        assertThat(Files.readString(folder.resolve(".nupkg.metadata"))).isEqualTo(metadata(CacheFixtures.UNSAFE_CONTENT_HASH));
        assertSameBytesAsInPackage(folder, CacheFixtures.unsafe(), ".signature.p7s", ".signature.p7s");
    }

    @Test
    void aSecondInstallSendsNoRequestAtAll() {
        InstalledPackage first = cache.install("Polly", V430, feed, Optional.empty());
        server.clearRequests();

        GlobalPackagesFolder again = new GlobalPackagesFolder(root, List.of(), NuGetLog.SILENT);
        V3Feed freshFeed = new V3Feed(server.serviceIndex(), Endpoint.anonymous("artipie"), http, new ServiceIndexCache(http));
        InstalledPackage second = again.install("polly", V430, freshFeed, Optional.empty());

        assertThat(server.requests()).isEmpty();
        assertThat(second.origin()).isEqualTo(InstalledPackage.Origin.GLOBAL_FOLDER);
        assertThat(second.folder()).isEqualTo(first.folder());
        assertThat(second.metadata()).isEqualTo(first.metadata());
        assertThat(again.find("POLLY", NuGetVersion.parse("4.3"))).isPresent();
    }

    private String metadata(String contentHash) {
        String nl = System.lineSeparator();
        return "{" + nl + "  \"version\": 2," + nl + "  \"contentHash\": \"" + contentHash + "\"," + nl
                + "  \"source\": \"" + server.serviceIndex() + "\"" + nl + "}";
    }

    private static void assertSameBytesAsInPackage(Path folder, Path nupkg, String entry, String file) throws Exception {
        try (ZipFile zip = new ZipFile(nupkg.toFile())) {
            ZipEntry zipEntry = zip.getEntry(entry);
            try (InputStream in = zip.getInputStream(zipEntry)) {
                assertThat(Files.readAllBytes(folder.resolve(file))).as(file).isEqualTo(in.readAllBytes());
            }
        }
    }
}
