// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.live.harness;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.twinworks.live.CertificateProblem;

/**
 * The certificate matrix of issue 19: what the virtual plant presents, what the client's PKI holds, and what the
 * client must answer. Two controls that must connect keep the harness honest (a client refusing everything would
 * otherwise pass).
 */
public enum CertificateCase {
	/** Control: a good self-signed certificate in the client's trust list. */
	VALID(null, "connects"),
	/** Control: a good certificate of a CA in the client's trust list, with the CA's (empty) CRL. */
	VALID_CA_ISSUED(null, "connects"), UNTRUSTED(CertificateProblem.UNTRUSTED, "not in the trust list"), EXPIRED(
			CertificateProblem.EXPIRED, "expired on"), NOT_YET_VALID(CertificateProblem.NOT_YET_VALID,
					"not yet valid"), WRONG_APPLICATION_URI(CertificateProblem.APPLICATION_URI_MISMATCH,
							"urn:elsewhere:not-this-server"), WRONG_HOST_NAME(CertificateProblem.HOST_NAME_MISMATCH,
									"not for 127.0.0.1"), REVOKED_BY_CRL(CertificateProblem.REVOKED, "revoked"),
	/**
	 * A good certificate of a trusted CA that has no CRL anywhere in the client's PKI: whether it was revoked cannot
	 * be known, so it is refused (Bad_CertificateRevocationUnknown), naming the folders a CRL is looked for in.
	 */
	CA_WITHOUT_CRL(CertificateProblem.INVALID, "revocation status is unknown"), ISSUER_MISSING(
			CertificateProblem.ISSUER_UNKNOWN, "Unknown test CA"), KEY_TOO_SHORT(CertificateProblem.KEY_TOO_SHORT,
					"1024 bits"), SHA1_SIGNED(CertificateProblem.WEAK_SIGNATURE, "SHA1withRSA");

	private final @Nullable CertificateProblem expected;
	private final String reasonNames;

	CertificateCase(@Nullable CertificateProblem expected, String reasonNames) {
		this.expected = expected;
		this.reasonNames = reasonNames;
	}

	/** The problem the client must name, or null for the controls, which must connect. */
	public @Nullable CertificateProblem expected() {
		return expected;
	}

	/** Words the reason shown must contain: the case's own detail, not just a status code. */
	public String reasonNames() {
		return reasonNames;
	}

	public boolean refused() {
		return expected != null;
	}

	/** The cases to refuse, in the issue's order. */
	public static List<CertificateCase> refusedCases() {
		return Arrays.stream(values()).filter(CertificateCase::refused).toList();
	}
}
