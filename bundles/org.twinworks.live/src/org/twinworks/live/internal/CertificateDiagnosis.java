// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.TrustListManager;
import org.eclipse.milo.opcua.stack.core.util.validation.CertificateValidationUtil;
import org.twinworks.live.CertificateProblem;

/**
 * What is wrong with a server certificate in itself, found before anyone is asked to trust it: Milo's validator
 * only looks past the trust list once a certificate is trusted, so a user would otherwise be asked to trust an
 * expired or revoked certificate, and Milo checks neither the key length nor the signature algorithm. The
 * sentences name the case, the dates, names and folders involved.
 */
public final class CertificateDiagnosis {
	/** Basic256Sha256, Aes128_Sha256_RsaOaep and Aes256_Sha256_RsaPss all require 2048 to 4096 bits. */
	static final int MINIMUM_RSA_BITS = 2048;

	private final TrustListManager trust;
	private final PkiDirectories pki;

	public CertificateDiagnosis(TrustListManager trust, PkiDirectories pki) {
		this.trust = trust;
		this.pki = pki;
	}

	/** Every problem of {@code chain}'s end-entity certificate that trust cannot override; empty if none. */
	public List<CertificateFinding> examine(List<X509Certificate> chain, String applicationUri, String host) {
		X509Certificate leaf = chain.get(0);
		List<CertificateFinding> found = new ArrayList<>();
		weakSignature(leaf, found);
		shortKey(leaf, found);
		validity(leaf, found);
		revocation(leaf, found);
		issuer(chain, found);
		applicationUri(leaf, applicationUri, found);
		hostName(leaf, host, found);
		return found;
	}

	/** What a refusal of Milo's validator means, for the cases the examination does not catch first. */
	public CertificateFinding explain(UaException refusal, X509Certificate leaf) {
		long code = refusal.getStatusCode().getValue();
		if (code == StatusCodes.Bad_CertificateRevoked) {
			return new CertificateFinding(CertificateProblem.REVOKED,
					"it was revoked by its issuer " + leaf.getIssuerX500Principal().getName() + " (a CRL in "
							+ pki.trustedCrl() + " or " + pki.issuerCrl() + ")");
		}
		if (code == StatusCodes.Bad_CertificateIssuerRevoked) {
			return new CertificateFinding(CertificateProblem.REVOKED, "the certificate of its issuer "
					+ leaf.getIssuerX500Principal().getName() + " was revoked (a CRL in " + pki.trustedCrl() + ")");
		}
		if (code == StatusCodes.Bad_CertificateTimeInvalid || code == StatusCodes.Bad_CertificateIssuerTimeInvalid) {
			return new CertificateFinding(CertificateProblem.EXPIRED,
					"a certificate of its chain is outside its validity period: " + FailureText.of(refusal));
		}
		if (code == StatusCodes.Bad_CertificateUriInvalid) {
			return new CertificateFinding(CertificateProblem.APPLICATION_URI_MISMATCH,
					"its application URI does not match the server's: " + FailureText.of(refusal));
		}
		if (code == StatusCodes.Bad_CertificateHostNameInvalid) {
			return new CertificateFinding(CertificateProblem.HOST_NAME_MISMATCH,
					"it does not name the host connected to: " + FailureText.of(refusal));
		}
		if (code == StatusCodes.Bad_CertificateRevocationUnknown
				|| code == StatusCodes.Bad_CertificateIssuerRevocationUnknown) {
			return new CertificateFinding(CertificateProblem.INVALID, "its revocation status is unknown: no CRL of "
					+ leaf.getIssuerX500Principal().getName() + " in " + pki.trustedCrl() + " or " + pki.issuerCrl());
		}
		if (code == StatusCodes.Bad_CertificateUseNotAllowed) {
			return new CertificateFinding(CertificateProblem.INVALID,
					"it may not be used by an OPC UA server: " + FailureText.of(refusal));
		}
		if (!selfSigned(leaf)) {
			return new CertificateFinding(CertificateProblem.ISSUER_UNKNOWN, "no trusted path leads to its issuer "
					+ leaf.getIssuerX500Principal().getName() + ": " + FailureText.of(refusal));
		}
		return new CertificateFinding(CertificateProblem.INVALID, FailureText.of(refusal));
	}

	private static void weakSignature(X509Certificate leaf, List<CertificateFinding> found) {
		String algorithm = leaf.getSigAlgName().toUpperCase(Locale.ROOT);
		if (algorithm.contains("SHA1") || algorithm.contains("SHA-1") || algorithm.contains("MD5")) {
			found.add(new CertificateFinding(CertificateProblem.WEAK_SIGNATURE,
					"it is signed with " + leaf.getSigAlgName()
							+ ", which no current OPC UA security policy accepts (SHA-256 or stronger)"));
		}
	}

	private static void shortKey(X509Certificate leaf, List<CertificateFinding> found) {
		if (leaf.getPublicKey() instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < MINIMUM_RSA_BITS) {
			found.add(new CertificateFinding(CertificateProblem.KEY_TOO_SHORT,
					"its RSA key is " + rsa.getModulus().bitLength() + " bits, shorter than the " + MINIMUM_RSA_BITS
							+ " bits the security policies require"));
		}
	}

	private static void validity(X509Certificate leaf, List<CertificateFinding> found) {
		Date now = Date.from(Instant.now());
		if (now.after(leaf.getNotAfter())) {
			found.add(new CertificateFinding(CertificateProblem.EXPIRED, "it expired on "
					+ leaf.getNotAfter().toInstant() + " (valid from " + leaf.getNotBefore().toInstant() + ")"));
		} else if (now.before(leaf.getNotBefore())) {
			found.add(new CertificateFinding(CertificateProblem.NOT_YET_VALID,
					"it is not yet valid: valid only from " + leaf.getNotBefore().toInstant() + " (until "
							+ leaf.getNotAfter().toInstant() + "); check the server's and this computer's clocks"));
		}
	}

	/** Our own look at the CRLs, signed by an issuer we hold: Milo's is skipped for self-signed anchors. */
	private void revocation(X509Certificate leaf, List<CertificateFinding> found) {
		for (X509CRL crl : Stream.concat(trust.getTrustedCrls().stream(), trust.getIssuerCrls().stream()).toList()) {
			if (!crl.getIssuerX500Principal().equals(leaf.getIssuerX500Principal()) || !signedByKnownIssuer(crl)) {
				continue;
			}
			X509CRLEntry entry = crl.getRevokedCertificate(leaf);
			if (entry != null) {
				found.add(new CertificateFinding(CertificateProblem.REVOKED,
						"it was revoked on " + entry.getRevocationDate().toInstant() + " by its issuer "
								+ leaf.getIssuerX500Principal().getName() + " (a CRL in " + pki.trustedCrl() + " or "
								+ pki.issuerCrl() + ")"));
				return;
			}
		}
	}

	private boolean signedByKnownIssuer(X509CRL crl) {
		for (X509Certificate ca : knownCertificates()) {
			if (ca.getSubjectX500Principal().equals(crl.getIssuerX500Principal())) {
				try {
					crl.verify(ca.getPublicKey());
					return true;
				} catch (Exception e) {
					// another key of the same name: try the next
				}
			}
		}
		return false;
	}

	private void issuer(List<X509Certificate> chain, List<CertificateFinding> found) {
		X509Certificate leaf = chain.get(0);
		if (selfSigned(leaf)) {
			return;
		}
		boolean known = Stream.concat(knownCertificates().stream(), chain.stream().skip(1))
				.anyMatch(c -> c.getSubjectX500Principal().equals(leaf.getIssuerX500Principal()));
		if (!known) {
			found.add(new CertificateFinding(CertificateProblem.ISSUER_UNKNOWN,
					"it was issued by " + leaf.getIssuerX500Principal().getName()
							+ ", a certificate authority that is in neither " + pki.trustedCerts() + " nor "
							+ pki.issuerCerts() + " (if you trust that authority, put its certificate and CRL there)"));
		}
	}

	private static void applicationUri(X509Certificate leaf, String applicationUri, List<CertificateFinding> found) {
		if (applicationUri == null) {
			return;
		}
		try {
			CertificateValidationUtil.checkApplicationUri(leaf, applicationUri);
		} catch (UaException e) {
			found.add(new CertificateFinding(CertificateProblem.APPLICATION_URI_MISMATCH,
					"it names the application URI " + sanNames(leaf, 6) + ", but the server describes itself as "
							+ applicationUri + ": it may be another application's certificate"));
		}
	}

	private static void hostName(X509Certificate leaf, String host, List<CertificateFinding> found) {
		if (host == null) {
			return;
		}
		try {
			CertificateValidationUtil.checkHostnameOrIpAddress(leaf, host);
		} catch (UaException e) {
			List<String> names = new ArrayList<>(sanNames(leaf, 2));
			names.addAll(sanNames(leaf, 7));
			found.add(new CertificateFinding(CertificateProblem.HOST_NAME_MISMATCH, "it is issued for the host names "
					+ names + ", not for " + host + ", the host of the endpoint URL connected to"));
		}
	}

	private List<X509Certificate> knownCertificates() {
		List<X509Certificate> known = new ArrayList<>(trust.getTrustedCertificates());
		known.addAll(trust.getIssuerCertificates());
		return known;
	}

	/** SubjectAltName entries of one kind (2 DNS, 6 URI, 7 IP address). */
	private static List<String> sanNames(X509Certificate certificate, int kind) {
		try {
			Collection<List<?>> names = certificate.getSubjectAlternativeNames();
			if (names == null) {
				return List.of();
			}
			return names.stream().filter(n -> n.size() == 2 && Integer.valueOf(kind).equals(n.get(0)))
					.map(n -> String.valueOf(n.get(1))).toList();
		} catch (CertificateParsingException e) {
			return List.of("(unreadable: " + e.getMessage() + ")");
		}
	}

	static boolean selfSigned(X509Certificate certificate) {
		if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
			return false;
		}
		try {
			certificate.verify(certificate.getPublicKey());
			return true;
		} catch (Exception e) {
			return false;
		}
	}
}
