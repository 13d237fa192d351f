package io.nugetbridge.core.signing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/**
 * Verifies a repository countersignature. BouncyCastle's own check follows RFC 5652 to the letter and
 * refuses a countersignature whose signed attributes carry a content type, but NuGet's repository
 * countersignatures (nuget.org's among them) always carry one. So the two steps are done here with
 * BouncyCastle's parsed structures: the countersignature's message digest must be the digest of the
 * primary signature value, and its signature over the signed attributes must verify with its certificate.
 */
final class CountersignatureCheck {

    private CountersignatureCheck() {}

    static boolean verifies(SignerInformation countersignature, SignerInformation primary, X509Certificate certificate,
            Provider provider) {
        AttributeTable attributes = countersignature.getSignedAttributes();
        Attribute messageDigest = attributes == null ? null : attributes.get(CMSAttributes.messageDigest);
        if (messageDigest == null || messageDigest.getAttrValues().size() != 1) {
            return false;
        }
        byte[] expected = ASN1OctetString.getInstance(messageDigest.getAttrValues().getObjectAt(0)).getOctets();
        try {
            String digestName = new DefaultAlgorithmNameFinder()
                    .getAlgorithmName(countersignature.getDigestAlgorithmID().getAlgorithm());
            byte[] actual = MessageDigest.getInstance(digestName, provider).digest(primary.getSignature());
            if (!MessageDigest.isEqual(expected, actual)) {
                return false;
            }
            String signatureName = new DefaultCMSSignatureAlgorithmNameGenerator().getSignatureName(
                    countersignature.getDigestAlgorithmID(),
                    countersignature.toASN1Structure().getDigestEncryptionAlgorithm());
            Signature signature = Signature.getInstance(signatureName, provider);
            signature.initVerify(certificate.getPublicKey());
            signature.update(countersignature.getEncodedSignedAttributes());
            return signature.verify(countersignature.getSignature());
        } catch (GeneralSecurityException | IOException e) {
            return false;
        }
    }
}
