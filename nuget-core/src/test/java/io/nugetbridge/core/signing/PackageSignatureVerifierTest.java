package io.nugetbridge.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.config.SignatureValidationMode;
import io.nugetbridge.core.config.TrustedCertificate;
import io.nugetbridge.core.config.TrustedSigner;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signature validation over the signed packages of the corpus. The expected signers were read off each
 * {@code .signature.p7s} with OpenSSL ({@code openssl cms -cmsout -print}, the signer's
 * {@code -fingerprint -sha256}, and the countersignature's signingCertificateV2 hash), not by the code
 * under test.
 */
@RequiresCorpus
class PackageSignatureVerifierTest {

    private static final String MS_AUTHOR_1 = "3F9001EA83C560D712C24CF213C3D312CB3BFF51EE89435D3430BD06B5D0EECE";
    private static final String MS_AUTHOR_2 = "AA12DA22A49BCE7D5C1AE64CC1F3D892F150DA76140F210ABD2CBFFCA2C18A27";
    private static final String MS_AUTHOR_3 = "566A31882BE208BE4422F7CFD66ED09F5D4524A5994F50CCC8B05EC0528C1353";
    private static final String NUGET_ORG_1 = "0E5F38F57DC1BCC806D8494F4F90FBCEDD988B46760709CBEEC6F4219AA6157D";
    private static final String NUGET_ORG_2 = "5A2901D6ADA3D18260B9C6DFE2133C95D74B9EEF6AE0E5DC334C8454D1477DF4";
    private static final String NUGET_ORG_3 = "1F4B311D9ACC115C8DC8018B5A49E00FCE6DA8E2855F9F014CA6F34570BC482D";
    private static final String UIPATH = "ABD1E1BB749DDC96B46A1DBD91B93A2D8B3B5572D1E20A52F6165ED96FC117E0";
    private static final String IRON_SOFTWARE = "088B94D9EBA81EDC1E4C252F00E535650B7B3E4822F67A9842960FC206BE4F7D";
    /** SHA-512 of the Microsoft author certificate of MSTest.TestAdapter 1.3.2 ({@code openssl x509 -fingerprint -sha512}). */
    private static final String MS_AUTHOR_1_SHA512 = "56B47CC0FAA36D5BFF2197EECEBCE7160626AFAD691C9D0285180003C19BAD17"
            + "A35B24A84A2200E00A1D6EC12361BC9E0B3838C50E0D68A15688162D87F37684";

    /** Package, primary type, primary certificate, repository countersigner (or "-"), owners of the repository signature. */
    private static final List<String[]> SIGNED = List.of(
            row("CsvHelper.33.0.1", "REPOSITORY", NUGET_ORG_3, "-", "joshclose"),
            row("Dapper.2.0.78", "REPOSITORY", NUGET_ORG_1, "-", "marc.gravell;nick.craver;StackExchange"),
            row("IronSoftware.Common.2024.1.7", "AUTHOR", IRON_SOFTWARE, NUGET_ORG_2, "IronSoftware"),
            row("MSTest.TestAdapter.1.3.2", "AUTHOR", MS_AUTHOR_1, "-", ""),
            row("Microsoft.AspNet.Web.Optimization.zh-Hans.1.1.3", "REPOSITORY", NUGET_ORG_1, "-", "aspnet;Microsoft"),
            row("Microsoft.AspNet.WebApi.Client.5.2.9", "AUTHOR", MS_AUTHOR_2, NUGET_ORG_2, "aspnet;Microsoft"),
            row("Microsoft.Bcl.AsyncInterfaces.8.0.0", "AUTHOR", MS_AUTHOR_3, NUGET_ORG_2, "dotnetframework;Microsoft"),
            row("Microsoft.Extensions.Logging.Abstractions.6.0.0", "AUTHOR", MS_AUTHOR_2, NUGET_ORG_2,
                    "aspnet;dotnetframework;Microsoft"),
            row("Microsoft.NETCore.Platforms.3.0.0", "AUTHOR", MS_AUTHOR_1, NUGET_ORG_1, "dotnetframework;Microsoft"),
            row("Microsoft.Office.Interop.Excel.15.0.4795.1001", "REPOSITORY", NUGET_ORG_2, "-", "CamronBute"),
            row("Microsoft.Web.Infrastructure.1.0.0.0", "REPOSITORY", NUGET_ORG_1, "-", "aspnet;Microsoft"),
            row("NUnit.Console.3.12.0", "REPOSITORY", NUGET_ORG_1, "-", "charliepoole;ChrisMaddock;NUnit;rprouse"),
            row("NUnit.ConsoleRunner.3.12.0", "REPOSITORY", NUGET_ORG_1, "-", "charliepoole;ChrisMaddock;NUnit;rprouse"),
            row("NUnit3TestAdapter.4.0.0", "REPOSITORY", NUGET_ORG_2, "-", "charliepoole;OsirisTerje;rprouse"),
            row("Qmuli.Adlib.Client.5.2.9.0", "REPOSITORY", NUGET_ORG_2, "-", "aroche;brightertools"),
            row("StyleCop.Analyzers.1.1.118", "REPOSITORY", NUGET_ORG_1, "-", "sharwell"),
            row("Swagger.Net.0.5.5", "REPOSITORY", NUGET_ORG_1, "-", "miketrionfo"),
            row("System.Data.SQLite.Core.1.0.113.7", "REPOSITORY", NUGET_ORG_1, "-", "mistachkin;SQLite"),
            // Countersigned by the UiPath gallery; the nuget.org certificate is in the bag but signs nothing.
            row("System.Memory.4.5.5", "AUTHOR", MS_AUTHOR_2, UIPATH, "microsoft;dotnetframework"),
            row("System.Runtime.CompilerServices.Unsafe.6.0.0", "AUTHOR", MS_AUTHOR_2, UIPATH, "Microsoft"),
            row("bootstrap.4.6.0", "REPOSITORY", NUGET_ORG_1, "-", "Supergibbs;twbs"),
            row("nuget.versioning.5.0.0", "AUTHOR", MS_AUTHOR_1, NUGET_ORG_1, "Microsoft;nuget"),
            row("test-stubs/TestPackage.AuthorSigned.1.0.0", "AUTHOR", MS_AUTHOR_1, "-", ""));

    /** Trusted under the documented example's trustedSigners: a Microsoft author, or nuget.org with owner microsoft/aspnet/nuget. */
    private static final Set<String> TRUSTED_BY_DOCS_EXAMPLE = Set.of("MSTest.TestAdapter.1.3.2",
            "Microsoft.AspNet.Web.Optimization.zh-Hans.1.1.3", "Microsoft.AspNet.WebApi.Client.5.2.9",
            "Microsoft.Bcl.AsyncInterfaces.8.0.0", "Microsoft.Extensions.Logging.Abstractions.6.0.0",
            "Microsoft.NETCore.Platforms.3.0.0", "Microsoft.Web.Infrastructure.1.0.0.0", "System.Memory.4.5.5",
            "System.Runtime.CompilerServices.Unsafe.6.0.0", "nuget.versioning.5.0.0",
            "test-stubs/TestPackage.AuthorSigned.1.0.0");

    @TempDir
    Path temp;

    @Test
    void everySignedCorpusPackageIsIntactAndSaysWhoSignedIt() {
        assertThat(signedInCorpus()).containsExactlyInAnyOrderElementsOf(SIGNED.stream().map(r -> r[0]).toList());
        PackageSignatureVerifier verifier = verifier(SignatureValidationMode.ACCEPT, List.of());
        for (String[] row : SIGNED) {
            Signer primary = verifier.verify(nupkg(row[0])).orElseThrow();
            assertThat(primary.type()).as(row[0]).hasToString(row[1]);
            assertThat(primary.fingerprint("SHA-256")).as(row[0]).isEqualTo(row[2]);
            if (row[1].equals("REPOSITORY")) {
                assertThat(String.join(";", primary.owners())).as(row[0]).isEqualTo(row[4]);
                assertThat(primary.serviceIndex()).as(row[0]).contains("https://api.nuget.org/v3/index.json");
            }
        }
    }

    @Test
    void theDocumentedTrustedSignersAcceptExactlyTheMicrosoftPackages() {
        NuGetConfig docs = NuGetConfig.load(ConfigLocations.onlyFile(Fixtures.path("nuget-config/NuGet-docs-example.nuget.config")),
                Map.of());
        SignaturePolicy policy = new SignaturePolicy(SignatureValidationMode.REQUIRE, docs.trustedSigners(), "test");
        PackageSignatureVerifier verifier = new PackageSignatureVerifier(policy);
        for (String[] row : SIGNED) {
            if (TRUSTED_BY_DOCS_EXAMPLE.contains(row[0])) {
                assertThat(verifier.verify(nupkg(row[0]))).as(row[0]).isPresent();
            } else {
                assertThatThrownBy(() -> verifier.verify(nupkg(row[0]))).as(row[0]).isInstanceOf(SignatureException.class)
                        .hasMessageContaining("is not signed by a trusted signer").hasMessageContaining(row[2]);
            }
        }
    }

    @Test
    void aRepositoryCountersignatureIsTrustedForItsOwnCertificateOnly() {
        PackageSignatureVerifier nugetOrg = verifier(SignatureValidationMode.REQUIRE,
                List.of(repository("nuget.org", List.of(), sha256(NUGET_ORG_1), sha256(NUGET_ORG_2))));
        Signer countersigner = nugetOrg.verify(nupkg("nuget.versioning.5.0.0")).orElseThrow();
        assertThat(countersigner.type()).isEqualTo(SignatureType.REPOSITORY);
        assertThat(countersigner.fingerprint("SHA-256")).isEqualTo(NUGET_ORG_1);
        assertThat(countersigner.owners()).containsExactly("Microsoft", "nuget");

        // System.Memory carries the nuget.org certificate, but its countersignature is UiPath's.
        assertThatThrownBy(() -> nugetOrg.verify(nupkg("System.Memory.4.5.5"))).isInstanceOf(SignatureException.class)
                .hasMessageContaining(UIPATH).hasMessageContaining("https://gallery.uipath.com/api/v3/index.json");
        PackageSignatureVerifier uipath = verifier(SignatureValidationMode.REQUIRE,
                List.of(repository("UiPath", List.of("MICROSOFT"), sha256(UIPATH))));
        assertThat(uipath.verify(nupkg("System.Memory.4.5.5")).orElseThrow().fingerprint("SHA-256")).isEqualTo(UIPATH);
    }

    @Test
    void ownersRestrictARepositoryEntry() {
        PackageSignatureVerifier onlyNunit = verifier(SignatureValidationMode.REQUIRE,
                List.of(repository("nuget.org", List.of("nunit"), sha256(NUGET_ORG_1), sha256(NUGET_ORG_2))));
        assertThat(onlyNunit.verify(nupkg("NUnit.Console.3.12.0"))).isPresent();
        assertThatThrownBy(() -> onlyNunit.verify(nupkg("Dapper.2.0.78"))).hasMessageContaining("marc.gravell");
    }

    @Test
    void theFingerprintIsComparedWithTheEntrysHashAlgorithm() {
        TrustedSigner sha512 = author("microsoft", new TrustedCertificate(MS_AUTHOR_1_SHA512.toLowerCase(), "SHA512", false));
        assertThat(verifier(SignatureValidationMode.REQUIRE, List.of(sha512)).verify(nupkg("MSTest.TestAdapter.1.3.2")))
                .isPresent();
        TrustedSigner mislabelled = author("microsoft", new TrustedCertificate(MS_AUTHOR_1, "SHA384", false));
        assertThatThrownBy(() -> verifier(SignatureValidationMode.REQUIRE, List.of(mislabelled))
                .verify(nupkg("MSTest.TestAdapter.1.3.2"))).isInstanceOf(SignatureException.class);
        // An author entry does not trust a repository signature with the same certificate, nor the reverse.
        assertThatThrownBy(() -> verifier(SignatureValidationMode.REQUIRE, List.of(author("nuget.org", sha256(NUGET_ORG_1))))
                .verify(nupkg("Dapper.2.0.78"))).isInstanceOf(SignatureException.class);
    }

    @Test
    void oneChangedByteIsRefusedInEveryMode() throws IOException {
        Path copy = temp.resolve("Dapper.2.0.78.nupkg");
        byte[] bytes = Files.readAllBytes(nupkg("Dapper.2.0.78"));
        int signatureEntry = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(".signature.p7s");
        int target = 2000;
        assertThat(target).as("the changed byte lies in the signed content, before the signature entry").isLessThan(signatureEntry);
        bytes[target] ^= 0x01;
        Files.write(copy, bytes);

        PackageSignatureVerifier trusting = verifier(SignatureValidationMode.REQUIRE,
                List.of(repository("nuget.org", List.of(), sha256(NUGET_ORG_1))));
        assertThat(trusting.verify(nupkg("Dapper.2.0.78"))).isPresent();
        assertThatThrownBy(() -> trusting.verify(copy)).isInstanceOf(SignatureException.class)
                .hasMessageContaining("Dapper.2.0.78.nupkg was changed after it was signed");
        assertThatThrownBy(() -> verifier(SignatureValidationMode.ACCEPT, List.of()).verify(copy))
                .hasMessageContaining("changed after it was signed");
    }

    @Test
    void anUnsignedPackageIsRefusedOnlyInRequireMode() {
        Path unsigned = nupkg("DapperExtensions.1.3.0-a");
        assertThat(verifier(SignatureValidationMode.ACCEPT, List.of()).verify(unsigned)).isEmpty();
        assertThatThrownBy(() -> verifier(SignatureValidationMode.REQUIRE, List.of(author("microsoft", sha256(MS_AUTHOR_1))))
                .verify(unsigned)).isInstanceOf(SignatureException.class)
                .hasMessage("DapperExtensions.1.3.0-a.nupkg is not signed, and signatureValidationMode is require (test);"
                        + " only signed packages from a trusted signer are accepted");
    }

    @Test
    void repositoryEntriesWithoutCertificatesTrustNothing() {
        Path file = Fixtures.path("nuget-config/dependabot-core-trusted-signers.nuget.config");
        SignaturePolicy policy = SignaturePolicy.of(NuGetConfig.load(ConfigLocations.onlyFile(file), Map.of()));
        assertThat(policy.mode()).isEqualTo(SignatureValidationMode.REQUIRE);
        assertThat(policy.origin()).isEqualTo(file.toAbsolutePath().normalize() + " line 7");
        assertThatThrownBy(() -> new PackageSignatureVerifier(policy).verify(nupkg("Dapper.2.0.78")))
                .hasMessageContaining("repository 'nuget.org' (0 certificate(s))").hasMessageContaining(NUGET_ORG_1);
    }

    private static String[] row(String... values) {
        return values;
    }

    private static Path nupkg(String name) {
        return Fixtures.path("nupkg/" + name + ".nupkg");
    }

    private static List<String> signedInCorpus() {
        Path root = Fixtures.path("nupkg");
        return Fixtures.files("nupkg", ".nupkg").stream().filter(PackageSignatureVerifierTest::isSigned)
                .map(p -> root.relativize(p).toString().replace('\\', '/').replaceAll("\\.nupkg$", ""))
                .collect(Collectors.toList());
    }

    private static boolean isSigned(Path nupkg) {
        try (var reader = io.nugetbridge.core.packaging.PackageReader.open(nupkg)) {
            return reader.isSigned();
        }
    }

    private static PackageSignatureVerifier verifier(SignatureValidationMode mode, List<TrustedSigner> signers) {
        return new PackageSignatureVerifier(new SignaturePolicy(mode, signers, "test"));
    }

    private static TrustedCertificate sha256(String fingerprint) {
        return new TrustedCertificate(fingerprint, "SHA256", false);
    }

    private static TrustedSigner author(String name, TrustedCertificate... certificates) {
        return new TrustedSigner(TrustedSigner.Kind.AUTHOR, name, Optional.empty(), List.of(certificates), List.of(),
                Path.of("/repo/nuget.config"), 1);
    }

    private static TrustedSigner repository(String name, List<String> owners, TrustedCertificate... certificates) {
        return new TrustedSigner(TrustedSigner.Kind.REPOSITORY, name, Optional.empty(), List.of(certificates), owners,
                Path.of("/repo/nuget.config"), 1);
    }
}
