// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

/**
 * Decides about an untrusted server certificate: the workbench asks the user, headless callers compare the
 * SHA-256 thumbprint given on the command line (what the operator read off the server out of band).
 */
@FunctionalInterface
public interface ServerTrust {

	TrustDecision decide(UntrustedCertificate certificate);

	/** Trusts nothing beyond the trust list. */
	static ServerTrust rejectAll() {
		return certificate -> TrustDecision.REJECT;
	}

	/** Trusts once the certificate whose SHA-256 thumbprint is {@code thumbprint} (colons and case ignored). */
	static ServerTrust thumbprint(String thumbprint) {
		String wanted = Thumbprints.normalize(thumbprint);
		return certificate -> Thumbprints.normalize(certificate.thumbprint()).equals(wanted)
				? TrustDecision.TRUST_ONCE
				: TrustDecision.REJECT;
	}
}
