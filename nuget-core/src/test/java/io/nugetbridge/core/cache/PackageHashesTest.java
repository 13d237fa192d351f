package io.nugetbridge.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

@RequiresCorpus
class PackageHashesTest {

    @Test
    void anUnsignedPackageHasOneHashTheSameAsOpenssl() {
        PackageHashes hashes = PackageHashes.of(CacheFixtures.polly());

        assertThat(hashes.signed()).isFalse();
        assertThat(hashes.sha512()).isEqualTo(CacheFixtures.POLLY_SHA512);
        assertThat(hashes.contentHash()).isEqualTo(CacheFixtures.POLLY_SHA512);
        assertThat(PackageHashes.signedContentHash(CacheFixtures.polly())).isEmpty();
    }

    @Test
    void aSignedPackageHasTheContentHashDotnetRecordsForIt() {
        PackageHashes hashes = PackageHashes.of(CacheFixtures.unsafe());

        assertThat(hashes.signed()).isTrue();
        assertThat(hashes.sha512()).isEqualTo(CacheFixtures.UNSAFE_SHA512);
        assertThat(hashes.contentHash()).isEqualTo(CacheFixtures.UNSAFE_CONTENT_HASH);
        assertThat(PackageHashes.signedContentHash(CacheFixtures.unsafe())).contains(CacheFixtures.UNSAFE_CONTENT_HASH);
    }

    @Test
    void anotherSignedPackageToo() {
        Path nupkg = Fixtures.path("nupkg/Microsoft.Bcl.AsyncInterfaces.8.0.0.nupkg");

        assertThat(PackageHashes.of(nupkg).contentHash()).isEqualTo(CacheFixtures.ASYNC_INTERFACES_CONTENT_HASH);
    }

    @Test
    void everyCorpusPackageHashesLikeMessageDigestAndIsSignedExactlyWhenItHasASignatureEntry() throws Exception {
        List<Path> packages = Fixtures.files("nupkg", ".nupkg");
        assertThat(packages).hasSizeGreaterThan(25);
        for (Path nupkg : packages) {
            PackageHashes hashes = PackageHashes.of(nupkg);
            String expected = Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(nupkg)));
            boolean hasSignature;
            try (ZipFile zip = new ZipFile(nupkg.toFile())) {
                hasSignature = zip.getEntry(".signature.p7s") != null;
            }
            assertThat(hashes.sha512()).as(nupkg.toString()).isEqualTo(expected);
            assertThat(hashes.signed()).as(nupkg.toString()).isEqualTo(hasSignature);
            if (hasSignature) {
                assertThat(hashes.contentHash()).as(nupkg.toString()).isNotEqualTo(expected).hasSize(88);
            } else {
                assertThat(hashes.contentHash()).as(nupkg.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void aFileThatIsNoZipIsHashedAsAFile() throws Exception {
        Path file = Files.createTempFile("not-a-zip", ".nupkg");
        try {
            Files.writeString(file, "hello");
            PackageHashes hashes = PackageHashes.of(file);
            assertThat(hashes.signed()).isFalse();
            assertThat(hashes.sha512()).isEqualTo(Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-512").digest("hello".getBytes())));
        } finally {
            Files.delete(file);
        }
    }
}
