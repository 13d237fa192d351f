package io.nugetbridge.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.packaging.PackageEntry;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.io.InputStream;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;

/** The CMS checks themselves: a signature or countersignature value with one bit changed no longer verifies. */
@RequiresCorpus
class PackageSignatureTest {

    @Test
    void aChangedPrimarySignatureValueIsRefused() throws Exception {
        byte[] p7s = signatureOf("nuget.versioning.5.0.0");
        assertThat(PackageSignature.read(p7s, "nuget.versioning").countersigners()).hasSize(1);
        flip(p7s, primary(p7s).getSignature());
        assertThatThrownBy(() -> PackageSignature.read(p7s, "nuget.versioning")).isInstanceOf(SignatureException.class)
                .hasMessageContaining("nuget.versioning: its signature does not verify");
    }

    @Test
    void aChangedCountersignatureValueIsRefused() throws Exception {
        byte[] p7s = signatureOf("nuget.versioning.5.0.0");
        SignerInformation counter = primary(p7s).getCounterSignatures().getSigners().iterator().next();
        flip(p7s, counter.getSignature());
        assertThatThrownBy(() -> PackageSignature.read(p7s, "nuget.versioning"))
                .hasMessageContaining("its countersignature does not verify");
    }

    @Test
    void garbageIsNoSignature() {
        assertThatThrownBy(() -> PackageSignature.read(new byte[] {1, 2, 3}, "x.nupkg"))
                .isInstanceOf(SignatureException.class).hasMessageContaining("x.nupkg: its .signature.p7s is not a valid CMS");
    }

    private static SignerInformation primary(byte[] p7s) throws CMSException {
        return new CMSSignedData(p7s).getSignerInfos().getSigners().iterator().next();
    }

    /** Changes the last byte of {@code value} where it stands in {@code bytes}. */
    private static void flip(byte[] bytes, byte[] value) {
        outer:
        for (int i = 0; i <= bytes.length - value.length; i++) {
            for (int j = 0; j < value.length; j++) {
                if (bytes[i + j] != value[j]) {
                    continue outer;
                }
            }
            bytes[i + value.length - 1] ^= 0x01;
            return;
        }
        throw new AssertionError("value not found in the signature file");
    }

    private static byte[] signatureOf(String name) throws IOException {
        try (PackageReader reader = PackageReader.open(Fixtures.path("nupkg/" + name + ".nupkg"));
                InputStream in = reader.open(reader.entry(PackageEntry.SIGNATURE_FILE).orElseThrow())) {
            return in.readAllBytes();
        }
    }
}
