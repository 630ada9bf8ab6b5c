// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

/** What to do with a server certificate that the trust list does not vouch for. */
public enum TrustDecision {
	/** Do not connect; the certificate stays in {@code rejected/}. */
	REJECT,
	/** Connect this time; nothing is written to the trust list. */
	TRUST_ONCE,
	/** Connect and copy the certificate to {@code trusted/certs/}. */
	TRUST_ALWAYS
}
