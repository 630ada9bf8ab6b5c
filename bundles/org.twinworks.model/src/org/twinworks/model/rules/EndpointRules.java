// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.jspecify.annotations.Nullable;
import org.eclipse.emf.ecore.EAttribute;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EndpointKind;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.util.TwinValidator;

public final class EndpointRules {

	private EndpointRules() {
	}

	public static boolean validUrl(Endpoint endpoint, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		if (endpoint.getKind() == EndpointKind.SPARKPLUG_B) {
			return validBroker(endpoint, diagnostics);
		}
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

	/** A Sparkplug B endpoint: an mqtt:// or mqtts:// URL with a host, a group id and an edge node id. */
	private static boolean validBroker(Endpoint endpoint, @Nullable DiagnosticChain diagnostics) {
		boolean valid = true;
		String url = endpoint.getUrl();
		String problem = null;
		if (url == null || url.isBlank()) {
			problem = "it has no broker URL.";
		} else if (!url.startsWith("mqtt://") && !url.startsWith("mqtts://")) {
			problem = "its broker URL '" + url + "' is not an mqtt:// or mqtts:// URL.";
		} else {
			try {
				URI uri = new URI(url);
				if (uri.getHost() == null) {
					problem = "its broker URL '" + url + "' has no host.";
				} else if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
					problem = "its broker URL '" + url + "' has a path; a broker is host and port only.";
				}
			} catch (URISyntaxException e) {
				problem = "its broker URL '" + url + "' is malformed: " + e.getReason() + ".";
			}
		}
		if (problem != null) {
			valid = Problems.error(diagnostics, TwinValidator.ENDPOINT__VALID_URL, endpoint,
					TwinPackage.Literals.ENDPOINT__URL, problem,
					"Write it as mqtts://host:port (TLS), or mqtt://host:port with lab mode.");
		}
		valid &= sparkplugId(endpoint, "group id", endpoint.getGroupId(), TwinPackage.Literals.ENDPOINT__GROUP_ID,
				diagnostics);
		valid &= sparkplugId(endpoint, "edge node id", endpoint.getEdgeNodeId(),
				TwinPackage.Literals.ENDPOINT__EDGE_NODE_ID, diagnostics);
		if (url != null && url.startsWith("mqtt://") && !endpoint.isLabMode()) {
			valid = Problems.error(diagnostics, TwinValidator.ENDPOINT__VALID_URL, endpoint,
					TwinPackage.Literals.ENDPOINT__LAB_MODE,
					"its broker URL '" + url + "' is plain TCP (no encryption), which needs lab mode.",
					"Use mqtts://, or set lab mode on a lab network only.") && valid;
		}
		return valid;
	}

	private static boolean sparkplugId(Endpoint endpoint, String what, @Nullable String id, EAttribute feature,
			@Nullable DiagnosticChain diagnostics) {
		try {
			MetricRef.checkName(what, id, id == null ? "" : id);
			return true;
		} catch (IllegalArgumentException e) {
			return Problems.error(diagnostics, TwinValidator.ENDPOINT__VALID_URL, endpoint, feature,
					e.getMessage() + ".",
					"A Sparkplug B endpoint needs the " + what + " the edge node publishes under.");
		}
	}
}
