// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Endpoint;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.util.TwinValidator;

public final class EndpointRules {

	private EndpointRules() {
	}

	public static boolean validUrl(Endpoint endpoint, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		String url = endpoint.getUrl();
		String problem = null;
		if (url == null || url.isBlank()) {
			problem = "it has no URL.";
		} else if (!url.startsWith("opc.tcp://")) {
			problem = "its URL '" + url + "' is not an opc.tcp:// URL.";
		} else {
			try {
				if (new URI(url).getHost() == null) {
					problem = "its URL '" + url + "' has no host.";
				}
			} catch (URISyntaxException e) {
				problem = "its URL '" + url + "' is malformed: " + e.getReason() + ".";
			}
		}
		if (problem == null) {
			return true;
		}
		return Problems.error(diagnostics, TwinValidator.ENDPOINT__VALID_URL, endpoint,
				TwinPackage.Literals.ENDPOINT__URL, problem, "Write it as opc.tcp://host:port/path.");
	}
}
