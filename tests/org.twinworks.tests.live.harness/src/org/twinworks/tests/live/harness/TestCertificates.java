// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.live.harness;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes certificates for tests, good and deliberately bad: OPC UA application instance certificates (self-signed
 * or issued by a test CA) with any validity, URI, host names, key size and signature algorithm, and CRLs. Keys
 * live in memory only; nothing private is ever written to the repository.
 */
public final class TestCertificates {
	private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

	/** What an application certificate says and how it is made. */
	public record Spec(String commonName, String applicationUri, List<String> hosts, Instant notBefore,
			Instant notAfter, int keyBits, String signatureAlgorithm) {

		/** A good server certificate: RSA 2048, SHA-256, valid from a day ago for a year. */
		public static Spec good(String applicationUri, List<String> hosts) {
			Instant now = Instant.now();
			return new Spec("Virtual plant (test)", applicationUri, hosts, now.minus(Duration.ofDays(1)),
					now.plus(Duration.ofDays(365)), 2048, "SHA256withRSA");
		}

		public Spec validity(Instant from, Instant until) {
			return new Spec(commonName, applicationUri, hosts, from, until, keyBits, signatureAlgorithm);
		}

		public Spec uri(String uri) {
			return new Spec(commonName, uri, hosts, notBefore, notAfter, keyBits, signatureAlgorithm);
		}

		public Spec hosts(List<String> names) {
			return new Spec(commonName, applicationUri, names, notBefore, notAfter, keyBits, signatureAlgorithm);
		}

		public Spec keyBits(int bits) {
			return new Spec(commonName, applicationUri, hosts, notBefore, notAfter, bits, signatureAlgorithm);
		}

		public Spec signedWith(String algorithm) {
			return new Spec(commonName, applicationUri, hosts, notBefore, notAfter, keyBits, algorithm);
		}
	}

	/** A certificate with its key pair. */
	public record Issued(KeyPair keyPair, X509Certificate certificate) {
	}

	private TestCertificates() {
	}

	public static KeyPair rsa(int bits) throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(bits);
		return generator.generateKeyPair();
	}

	/** A self-signed application instance certificate as OPC UA Part 6 describes it (keyCertSign included). */
	public static Issued selfSigned(Spec spec) throws Exception {
		KeyPair keyPair = rsa(spec.keyBits());
		X500Name subject = name(spec.commonName());
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
				Date.from(spec.notBefore()), Date.from(spec.notAfter()), subject, keyPair.getPublic());
		applicationExtensions(builder, spec, keyPair, keyPair, true);
		return new Issued(keyPair, sign(builder, keyPair, spec.signatureAlgorithm()));
	}

	/** A certificate authority for tests, valid from a day ago for ten years. */
	public static Issued authority(String commonName) throws Exception {
		KeyPair keyPair = rsa(2048);
		X500Name subject = name(commonName);
		Instant now = Instant.now();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject,
				keyPair.getPublic());
		JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		builder.addExtension(Extension.subjectKeyIdentifier, false,
				utils.createSubjectKeyIdentifier(keyPair.getPublic()));
		return new Issued(keyPair, sign(builder, keyPair, "SHA256withRSA"));
	}

	/** An application instance certificate issued by {@code authority}. */
	public static Issued issuedBy(Issued authority, Spec spec) throws Exception {
		KeyPair keyPair = rsa(spec.keyBits());
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(authority.certificate(), serial(),
				Date.from(spec.notBefore()), Date.from(spec.notAfter()), name(spec.commonName()), keyPair.getPublic());
		applicationExtensions(builder, spec, keyPair, authority.keyPair(), false);
		return new Issued(keyPair, sign(builder, authority.keyPair(), spec.signatureAlgorithm()));
	}

	/** The CRL of {@code authority}, revoking {@code revoked} (none: an empty, current CRL). */
	public static X509CRL crl(Issued authority, X509Certificate... revoked) throws Exception {
		Instant now = Instant.now();
		X509v2CRLBuilder builder = new X509v2CRLBuilder(
				X500Name.getInstance(authority.certificate().getSubjectX500Principal().getEncoded()),
				Date.from(now.minus(Duration.ofMinutes(5))));
		builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(30))));
		for (X509Certificate certificate : revoked) {
			builder.addCRLEntry(certificate.getSerialNumber(), Date.from(now.minus(Duration.ofMinutes(1))),
					CRLReason.keyCompromise);
		}
		ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(authority.keyPair().getPrivate());
		return new JcaX509CRLConverter().getCRL(builder.build(signer));
	}

	private static void applicationExtensions(X509v3CertificateBuilder builder, Spec spec, KeyPair subject,
			KeyPair issuer, boolean selfSigned) throws Exception {
		JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
		GeneralName[] names = new GeneralName[spec.hosts().size() + 1];
		names[0] = new GeneralName(GeneralName.uniformResourceIdentifier, spec.applicationUri());
		for (int i = 0; i < spec.hosts().size(); i++) {
			String host = spec.hosts().get(i);
			names[i + 1] = new GeneralName(host.matches("[0-9.]+") ? GeneralName.iPAddress : GeneralName.dNSName, host);
		}
		builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		int usage = KeyUsage.digitalSignature | KeyUsage.nonRepudiation | KeyUsage.keyEncipherment
				| KeyUsage.dataEncipherment | (selfSigned ? KeyUsage.keyCertSign : 0);
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
		builder.addExtension(Extension.extendedKeyUsage, false,
				new ExtendedKeyUsage(new KeyPurposeId[]{KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
		builder.addExtension(Extension.subjectKeyIdentifier, false,
				utils.createSubjectKeyIdentifier(subject.getPublic()));
		builder.addExtension(Extension.authorityKeyIdentifier, false,
				utils.createAuthorityKeyIdentifier(issuer.getPublic()));
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer, String algorithm)
			throws Exception {
		ContentSigner contentSigner = new JcaContentSignerBuilder(algorithm).build(signer.getPrivate());
		return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
	}

	private static X500Name name(String commonName) {
		return new X500Name("CN=" + commonName + ", O=Twinworks tests");
	}

	private static BigInteger serial() {
		return BigInteger.valueOf(SERIALS.incrementAndGet());
	}
}
