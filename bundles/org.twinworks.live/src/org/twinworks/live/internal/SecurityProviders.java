// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.security.Security;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Aes256_Sha256_RsaPss signs with SHA256withRSA/PSS, which the JDK lacks: Bouncy Castle provides it. */
public final class SecurityProviders {

	private SecurityProviders() {
	}

	public static synchronized void ensureBouncyCastle() {
		if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
			Security.addProvider(new BouncyCastleProvider());
		}
	}
}
