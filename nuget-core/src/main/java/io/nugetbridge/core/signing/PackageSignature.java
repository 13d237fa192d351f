package io.nugetbridge.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.esf.CommitmentTypeIndication;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;

/**
 * A package's {@code .signature.p7s}, read with BouncyCastle: a CMS SignedData whose content is NuGet's
 * signature content ({@code Version:1}, then {@code <hash OID>-Hash:<base64>}), one signer, and
 * optionally repository countersignatures on it. Parsing verifies each signer's signature over what it
 * signs; whether the signed hash matches the package is the verifier's job.
 */
final class PackageSignature {

    private static final Provider BC = new BouncyCastleProvider();
    private static final ASN1ObjectIdentifier COMMITMENT_TYPE = new ASN1ObjectIdentifier("1.2.840.113549.1.9.16.2.16");
    private static final ASN1ObjectIdentifier PROOF_OF_ORIGIN = new ASN1ObjectIdentifier("1.2.840.113549.1.9.16.6.1");
    private static final ASN1ObjectIdentifier PROOF_OF_RECEIPT = new ASN1ObjectIdentifier("1.2.840.113549.1.9.16.6.2");
    private static final ASN1ObjectIdentifier SERVICE_INDEX = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.84.2.1.1.1");
    private static final ASN1ObjectIdentifier OWNERS = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.84.2.1.1.2");
    private static final Map<String, String> HASHES = Map.of("2.16.840.1.101.3.4.2.1", "SHA-256",
            "2.16.840.1.101.3.4.2.2", "SHA-384", "2.16.840.1.101.3.4.2.3", "SHA-512");

    private final Signer primary;
    private final List<Signer> countersigners;
    private final String hashAlgorithm;
    private final byte[] signedHash;

    private PackageSignature(Signer primary, List<Signer> countersigners, String hashAlgorithm, byte[] signedHash) {
        this.primary = primary;
        this.countersigners = List.copyOf(countersigners);
        this.hashAlgorithm = hashAlgorithm;
        this.signedHash = signedHash.clone();
    }

    /** Parses and cryptographically checks the signature file; {@code packageName} is for messages. */
    static PackageSignature read(byte[] p7s, String packageName) {
        try {
            CMSSignedData cms = new CMSSignedData(p7s);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1 || cms.getSignedContent() == null) {
                throw new SignatureException(packageName + ": its signature must have exactly one signer and"
                        + " embedded content, as NuGet's signatures do; it has " + signers.size() + " signer(s)");
            }
            @SuppressWarnings("unchecked")
            Store<X509CertificateHolder> certificates = cms.getCertificates();
            SignerInformation signer = signers.iterator().next();
            Signer primary = verified(signer, null, certificates, packageName);
            List<Signer> countersigners = new ArrayList<>();
            for (SignerInformation counter : signer.getCounterSignatures().getSigners()) {
                countersigners.add(verified(counter, signer, certificates, packageName));
            }
            String[] content = content((byte[]) cms.getSignedContent().getContent(), packageName);
            return new PackageSignature(primary, countersigners, content[0], Base64.getDecoder().decode(content[1]));
        } catch (CMSException | IllegalArgumentException e) {
            throw new SignatureException(packageName + ": its .signature.p7s is not a valid CMS signature: "
                    + e.getMessage(), e);
        }
    }

    Signer primary() {
        return primary;
    }

    List<Signer> countersigners() {
        return countersigners;
    }

    /** The JDK name of the hash the signature content uses. */
    String hashAlgorithm() {
        return hashAlgorithm;
    }

    byte[] signedHash() {
        return signedHash.clone();
    }

    /** The signer, checked; {@code countersigned} is the primary signer when {@code signer} countersigns it. */
    private static Signer verified(SignerInformation signer, SignerInformation countersigned,
            Store<X509CertificateHolder> certificates, String packageName) {
        String what = countersigned == null ? "signature" : "countersignature";
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = certificates.getMatches(signer.getSID());
        if (matches.isEmpty()) {
            throw new SignatureException(packageName + ": the certificate of its " + what + " is not in the signature");
        }
        X509CertificateHolder holder = matches.iterator().next();
        try {
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
            boolean valid = countersigned == null
                    ? signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(holder))
                    : CountersignatureCheck.verifies(signer, countersigned, certificate, BC);
            if (!valid) {
                throw new SignatureException(packageName + ": its " + what + " does not verify against its certificate");
            }
            return new Signer(type(signer.getSignedAttributes()), certificate,
                    text(signer.getSignedAttributes(), SERVICE_INDEX), owners(signer.getSignedAttributes()));
        } catch (CMSException | OperatorCreationException | CertificateException e) {
            throw new SignatureException(packageName + ": its " + what + " does not verify: " + e.getMessage(), e);
        }
    }

    private static SignatureType type(AttributeTable attributes) {
        Attribute attribute = attributes == null ? null : attributes.get(COMMITMENT_TYPE);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return SignatureType.UNKNOWN;
        }
        ASN1ObjectIdentifier id = CommitmentTypeIndication.getInstance(attribute.getAttrValues().getObjectAt(0))
                .getCommitmentTypeId();
        return id.equals(PROOF_OF_ORIGIN) ? SignatureType.AUTHOR
                : id.equals(PROOF_OF_RECEIPT) ? SignatureType.REPOSITORY : SignatureType.UNKNOWN;
    }

    private static Optional<String> text(AttributeTable attributes, ASN1ObjectIdentifier oid) {
        Attribute attribute = attributes == null ? null : attributes.get(oid);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return Optional.empty();
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        return value instanceof ASN1String s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static List<String> owners(AttributeTable attributes) {
        Attribute attribute = attributes == null ? null : attributes.get(OWNERS);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return List.of();
        }
        List<String> owners = new ArrayList<>();
        for (ASN1Encodable owner : ASN1Sequence.getInstance(attribute.getAttrValues().getObjectAt(0))) {
            if (owner instanceof ASN1String s) {
                owners.add(s.getString());
            }
        }
        return owners;
    }

    /** {hash algorithm, base64 hash} from NuGet's signature content, LF or CRLF line ends. */
    private static String[] content(byte[] bytes, String packageName) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || !lines.get(0).equals("Version:1")) {
            throw new SignatureException(packageName + ": its signature content is not NuGet's version 1 format");
        }
        for (String line : lines.subList(1, lines.size())) {
            int marker = line.indexOf("-Hash:");
            if (marker > 0 && HASHES.containsKey(line.substring(0, marker))) {
                return new String[] {HASHES.get(line.substring(0, marker)), line.substring(marker + 6).strip()};
            }
        }
        throw new SignatureException(packageName + ": its signature content names no SHA-256, SHA-384 or SHA-512 hash");
    }
}
