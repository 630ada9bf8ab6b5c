// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;

/** Short names of policy URIs for messages and events. */
public final class SecurityPolicies {

	private SecurityPolicies() {
	}

	public static String name(String uri) {
		try {
			return SecurityPolicy.fromUri(uri).name();
		} catch (UaException e) {
			return uri;
		}
	}
}
