// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DiagnosticInfo;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.twinworks.model.rules.NodeIds.InvalidNodeIdException;

/**
 * The Call service for one method. A refusal is said with the status's name and text, plus what the server
 * explained in the input arguments' DiagnosticInfos (OPC UA has no message in a method result, so servers such as
 * the virtual plant put it there).
 */
public final class MethodCalls {

	private MethodCalls() {
	}

	public static List<Object> call(OpcUaClient client, String objectNodeId, String methodNodeId, Object... inputs)
			throws UaException, InvalidNodeIdException, RefusedCall {
		NodeIdResolver.Batch ids = NodeIdResolver.batch(client.getNamespaceTable());
		Variant[] arguments = Arrays.stream(inputs == null ? new Object[0] : inputs)
				.map(v -> v == null ? Variant.NULL_VALUE : new Variant(v)).toArray(Variant[]::new);
		CallMethodRequest request = new CallMethodRequest(ids.resolve(objectNodeId), ids.resolve(methodNodeId),
				arguments);
		CallMethodResult result = client.call(List.of(request)).getResults()[0];
		StatusCode status = result.getStatusCode();
		if (status.isBad()) {
			throw new RefusedCall(refusal(methodNodeId, result));
		}
		List<Object> outputs = new ArrayList<>();
		if (result.getOutputArguments() != null) {
			for (Variant output : result.getOutputArguments()) {
				outputs.add(output == null ? null : output.getValue());
			}
		}
		return outputs;
	}

	static String refusal(String method, CallMethodResult result) {
		long code = result.getStatusCode().getValue();
		String status = StatusCodes.lookup(code).map(names -> names[0] + ": " + names[1].replaceAll("\\.+$", ""))
				.orElse(String.format("0x%08X", code));
		String explained = explanation(result.getInputArgumentDiagnosticInfos());
		return "calling " + method + " failed: " + status + (explained == null ? "" : " (" + explained + ")");
	}

	private static String explanation(DiagnosticInfo[] diagnostics) {
		if (diagnostics == null) {
			return null;
		}
		return Arrays.stream(diagnostics).filter(Objects::nonNull).map(DiagnosticInfo::additionalInfo)
				.filter(text -> text != null && !text.isBlank()).findFirst().orElse(null);
	}

	/** The server answered the call with a bad status. */
	public static final class RefusedCall extends Exception {
		private static final long serialVersionUID = 1L;

		RefusedCall(String message) {
			super(message);
		}
	}
}
