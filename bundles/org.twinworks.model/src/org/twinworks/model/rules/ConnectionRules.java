// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Connection;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.Medium;
import org.twinworks.model.Port;
import org.twinworks.model.PortDirection;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.util.TwinValidator;

public final class ConnectionRules {

	private ConnectionRules() {
	}

	/** The media a kind of connection carries. */
	public static Set<Medium> mediaOf(ConnectionKind kind) {
		return switch (kind) {
		case PIPE -> Set.of(Medium.PROCESS_FLUID, Medium.MATERIAL);
		case LINE -> Set.of(Medium.PNEUMATIC, Medium.PROCESS_FLUID, Medium.MATERIAL);
		case SIGNAL -> Set.of(Medium.SIGNAL);
		case CABLE -> Set.of(Medium.ELECTRICAL, Medium.SIGNAL);
		};
	}

	public static boolean compatiblePorts(Connection connection, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		Port source = connection.getSource();
		Port target = connection.getTarget();
		int code = TwinValidator.CONNECTION__COMPATIBLE_PORTS;
		if (source == null || target == null) {
			return Problems.error(diagnostics, code, connection,
					source == null ? TwinPackage.Literals.CONNECTION__SOURCE : TwinPackage.Literals.CONNECTION__TARGET,
					"it has no " + (source == null ? "source" : "target") + " port.",
					"Connect it to a port, or delete the connection.");
		}
		if (source == target) {
			return Problems.error(diagnostics, code, connection, TwinPackage.Literals.CONNECTION__TARGET,
					"it connects port " + ModelPaths.path(source) + " to itself.", "Pick another target port.");
		}
		boolean valid = true;
		if (source.getDirection() == PortDirection.IN) {
			valid = Problems.error(diagnostics, code, connection, TwinPackage.Literals.CONNECTION__SOURCE,
					"its source " + ModelPaths.path(source) + " is an inlet.",
					"Start the connection at an outlet or bidirectional port, or swap source and target.");
		}
		if (target.getDirection() == PortDirection.OUT && (valid || diagnostics != null)) {
			valid = Problems.error(diagnostics, code, connection, TwinPackage.Literals.CONNECTION__TARGET,
					"its target " + ModelPaths.path(target) + " is an outlet.",
					"End the connection at an inlet or bidirectional port, or swap source and target.");
		}
		if (source.getMedium() != target.getMedium() && (valid || diagnostics != null)) {
			valid = Problems.error(diagnostics, code, connection, TwinPackage.Literals.CONNECTION__TARGET, "it joins a "
					+ source.getMedium().getLiteral() + " port to a " + target.getMedium().getLiteral() + " port.",
					"Connect ports of the same medium.");
		}
		if (!mediaOf(connection.getKind()).contains(source.getMedium()) && (valid || diagnostics != null)) {
			valid = Problems.error(diagnostics, code, connection, TwinPackage.Literals.CONNECTION__KIND,
					"a " + connection.getKind().getLiteral() + " cannot carry " + source.getMedium().getLiteral() + ".",
					"Change the connection kind (pipe: fluid or material; line: pneumatic; signal: signal; cable: electrical).");
		}
		return valid;
	}
}
