// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EndpointKind;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.util.TwinValidator;

public final class BindingRules {

	private BindingRules() {
	}

	public static boolean validNode(Binding binding, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		int code = TwinValidator.BINDING__VALID_NODE;
		boolean valid = true;
		if (binding.getSignal() == null || binding.getSignal().eIsProxy()) {
			valid = Problems.error(diagnostics, code, binding, TwinPackage.Literals.BINDING__SIGNAL,
					"it binds no signal.", "Pick the signal, or delete the binding.");
		}
		Twin twin = binding.eContainer() instanceof Twin t ? t : null;
		if (binding.getEndpoint() == null || binding.getEndpoint().eIsProxy()) {
			valid = Problems.error(diagnostics, code, ProblemCode.BINDING_WITHOUT_ENDPOINT, binding,
					TwinPackage.Literals.BINDING__ENDPOINT, "its endpoint does not exist.",
					"Pick one of the model's endpoints.");
		} else if (twin != null && !twin.getEndpoints().contains(binding.getEndpoint())) {
			valid = Problems.error(diagnostics, code, ProblemCode.BINDING_WITHOUT_ENDPOINT, binding,
					TwinPackage.Literals.BINDING__ENDPOINT, "its endpoint " + ModelPaths.label(binding.getEndpoint())
							+ " is not one of this model's endpoints.",
					"Pick one of the model's endpoints.");
		}
		if (binding.getEndpoint() != null && binding.getEndpoint().getKind() == EndpointKind.SPARKPLUG_B) {
			try {
				MetricRef.parse(binding.getNodeId());
			} catch (IllegalArgumentException e) {
				valid = Problems.error(diagnostics, code, binding, TwinPackage.Literals.BINDING__NODE_ID,
						e.getMessage() + ".", "On a Sparkplug B endpoint write the metric as <device>/<metric>.");
			}
		} else {
			valid = validNodeId(binding, twin, context, diagnostics, code) && valid;
		}
		if (binding.getSamplingInterval() < 0 || binding.getQueueSize() < 1) {
			valid = Problems.error(diagnostics, code, binding, TwinPackage.Literals.BINDING__QUEUE_SIZE,
					"its sampling interval is negative or its queue size below 1.",
					"Use a sampling interval >= 0 ms (0: as fast as the server can) and a queue size >= 1.");
		}
		return valid;
	}

	private static boolean validNodeId(Binding binding, @Nullable Twin twin, @Nullable Map<Object, Object> context,
			@Nullable DiagnosticChain diagnostics, int code) {
		boolean valid = true;
		try {
			String namespace = NodeIds.parse(binding.getNodeId()).namespaceUri();
			if (twin != null && binding.getEndpoint() != null && twin.getEndpoints().contains(binding.getEndpoint())) {
				Endpoint servedBy = NamespaceEndpoints.of(twin, context).otherServer(binding, namespace);
				if (servedBy != null) {
					Problems.warning(diagnostics, code, ProblemCode.BINDING_UNKNOWN_NAMESPACE, binding,
							TwinPackage.Literals.BINDING__ENDPOINT,
							"its namespace " + namespace + " is not used by any other binding of "
									+ ModelPaths.label(binding.getEndpoint()) + ", but by bindings of "
									+ ModelPaths.label(servedBy) + ".",
							"Choose the endpoint that serves the namespace.");
				}
			}
		} catch (NodeIds.InvalidNodeIdException e) {
			valid = Problems.error(diagnostics, code, binding, TwinPackage.Literals.BINDING__NODE_ID,
					e.getMessage() + ".", "Write the node as nsu=<namespace URI>;s=<identifier> (or i=, g=, b=).");
		}
		return valid;
	}
}
