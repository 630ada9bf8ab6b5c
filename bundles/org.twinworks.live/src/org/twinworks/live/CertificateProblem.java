// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

/**
 * Why a server certificate is not accepted. Only {@link #UNTRUSTED} may be overridden by a person (trust once or
 * always, or {@code --trust}): OPC UA Part 4 (6.1.3) lets a user decide whether to trust a certificate, while
 * revocation, a broken chain and a certificate weaker than the security policy allows are never suppressed. Part 4
 * lets clients suppress the validity period and the host name; we do not, because a server with a valid
 * certificate for the host it is reached by is the common case and any other is worth an administrator's look.
 */
public enum CertificateProblem {
	/** Valid in itself, but not in the trust list: the one question a user may answer. */
	UNTRUSTED("untrusted", true), EXPIRED("expired", false), NOT_YET_VALID("not yet valid", false),
	/** The certificate's SubjectAltName URI differs from the ApplicationUri the server describes itself with. */
	APPLICATION_URI_MISMATCH("wrong application URI", false),
	/** No SubjectAltName DNS name or IP address matches the host of the endpoint URL connected to. */
	HOST_NAME_MISMATCH("wrong host name", false),
	/** Revoked by a CRL of its issuer in the PKI's crl folders, or its issuer revoked. */
	REVOKED("revoked", false),
	/** Issued by a certificate authority that is in neither trusted/certs nor issuers/certs. */
	ISSUER_UNKNOWN("issuer unknown", false),
	/** An RSA key shorter than the 2048 bits every security policy we connect with requires. */
	KEY_TOO_SHORT("key too short", false),
	/** Signed with SHA-1 (or MD5), which the current security policies forbid. */
	WEAK_SIGNATURE("weak signature", false),
	/** Anything else Milo's validation refuses (key usage, unknown revocation status, a broken encoding). */
	INVALID("invalid", false);

	private final String label;
	private final boolean overridable;

	CertificateProblem(String label, boolean overridable) {
		this.label = label;
		this.overridable = overridable;
	}

	/** A few words for tables and logs, e.g. "wrong host name". */
	public String label() {
		return label;
	}

	/** Whether trusting the certificate may make up for this problem (only {@link #UNTRUSTED}). */
	public boolean overridable() {
		return overridable;
	}
}
