// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.security.Security;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Milo names some algorithms the JDK does not provide (SHA256withRSA/PSS for Aes256_Sha256_RsaPss): without
 * Bouncy Castle registered, that policy fails at the first OpenSecureChannel with NoSuchAlgorithmException.
 */
public final class SecurityProviders {

	private SecurityProviders() {
	}

	public static synchronized void ensureBouncyCastle() {
		if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
			Security.addProvider(new BouncyCastleProvider());
		}
	}
}
