// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.milo.opcua.sdk.server.AccessContext;
import org.eclipse.milo.opcua.sdk.server.methods.MethodInvocationHandler;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DiagnosticInfo;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One method of the Simulation object: checks its scalar arguments (String, Double, Boolean), runs its action and
 * answers a refusal with a status and a text a person can act on. OPC UA has no message in a method's result, so
 * the text travels as the additional info of the input arguments' DiagnosticInfos (encoded inline, no string table).
 */
final class StimulusMethod implements MethodInvocationHandler {
	private static final Logger LOG = LoggerFactory.getLogger(StimulusMethod.class);

	/** What the method does with its checked arguments; an IllegalArgumentException refuses the call. */
	interface Action {
		void run(Object[] arguments);
	}

	private final String name;
	private final List<Argument> arguments;
	private final Action action;

	StimulusMethod(String name, List<Argument> arguments, Action action) {
		this.name = name;
		this.arguments = List.copyOf(arguments);
		this.action = action;
	}

	static Argument argument(String name, NodeId dataType, String description) {
		return new Argument(name, dataType, -1, null, LocalizedText.english(description));
	}

	String name() {
		return name;
	}

	Argument[] inputArguments() {
		return arguments.toArray(Argument[]::new);
	}

	@Override
	public CallMethodResult invoke(AccessContext accessContext, CallMethodRequest request) {
		Variant[] given = request.getInputArguments() == null ? new Variant[0] : request.getInputArguments();
		if (given.length < arguments.size()) {
			return refused(StatusCodes.Bad_ArgumentsMissing,
					name + " needs " + arguments.size() + " arguments, got " + given.length);
		}
		if (given.length > arguments.size()) {
			return refused(StatusCodes.Bad_TooManyArguments,
					name + " takes " + arguments.size() + " arguments, got " + given.length);
		}
		Object[] values = new Object[given.length];
		for (int i = 0; i < given.length; i++) {
			Object value = given[i] == null ? null : given[i].getValue();
			Argument expected = arguments.get(i);
			if (!matches(expected.getDataType(), value)) {
				return refused(StatusCodes.Bad_InvalidArgument,
						name + ": argument " + expected.getName() + " must be a " + typeName(expected.getDataType())
								+ ", got " + (value == null ? "nothing" : value));
			}
			values[i] = value;
		}
		try {
			action.run(values);
			return new CallMethodResult(StatusCode.GOOD, new StatusCode[0], new DiagnosticInfo[0], new Variant[0]);
		} catch (PlantStimulation.UnknownTagException e) {
			return refused(StatusCodes.Bad_NotFound, e.getMessage());
		} catch (IllegalArgumentException e) {
			return refused(StatusCodes.Bad_InvalidArgument, e.getMessage());
		}
	}

	private CallMethodResult refused(long status, String text) {
		LOG.info("Virtual plant: {} refused: {}", name, text);
		int slots = Math.max(1, arguments.size());
		StatusCode[] results = new StatusCode[slots];
		DiagnosticInfo[] diagnostics = new DiagnosticInfo[slots];
		Arrays.fill(results, new StatusCode(status));
		Arrays.fill(diagnostics, new DiagnosticInfo(-1, -1, -1, -1, text, null, null));
		return new CallMethodResult(new StatusCode(status), results, diagnostics, new Variant[0]);
	}

	private static boolean matches(NodeId dataType, Object value) {
		if (NodeIds.String.equals(dataType)) {
			return value instanceof String;
		}
		if (NodeIds.Double.equals(dataType)) {
			return value instanceof Double;
		}
		return NodeIds.Boolean.equals(dataType) && value instanceof Boolean;
	}

	private static String typeName(NodeId dataType) {
		return NodeIds.String.equals(dataType) ? "String" : NodeIds.Double.equals(dataType) ? "Double" : "Boolean";
	}
}
