// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Access;
import org.twinworks.model.Binding;
import org.twinworks.model.DeadbandKind;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.live.Mismatch.Aspect;
import org.twinworks.live.NodeDetails.EuRange;
import org.twinworks.live.NodeDetails.ServerUnit;

/**
 * Compares each bound signal with its server node: the node exists and is a variable, its DataType, its EURange
 * and EngineeringUnits (numeric signals), and its AccessLevel against the signal's access. The model is meant
 * to describe the plant, so a difference either way is a mismatch to settle before commissioning.
 */
public final class Reconciler {
	private static final double RELATIVE_TOLERANCE = 1e-9;

	private Reconciler() {
	}

	/** Reads every binding's node (in few calls) and compares it with the model. */
	public static Reconciliation reconcile(AddressSpaceBrowser browser, List<Binding> bindings)
			throws LiveConnectionException {
		List<NodeDetails> nodes = browser.details(bindings.stream().map(Binding::getNodeId).toList());
		Map<Binding, NodeDetails> byBinding = new LinkedHashMap<>();
		List<Mismatch> mismatches = new ArrayList<>();
		for (int i = 0; i < bindings.size(); i++) {
			byBinding.put(bindings.get(i), nodes.get(i));
			mismatches.addAll(compare(bindings.get(i), nodes.get(i)));
		}
		return new Reconciliation(List.copyOf(mismatches), byBinding);
	}

	/**
	 * A mismatch per binding whose monitored item the server took differently from the model: revised sampling or
	 * queue, or a deadband that fell back ({@link BindingStatus#adjustments()}).
	 */
	public static List<Mismatch> monitoring(SubscriptionReport report) {
		List<Mismatch> found = new ArrayList<>();
		for (BindingStatus status : report.adjusted()) {
			Binding binding = status.binding();
			found.add(new Mismatch(binding.getSignal(), binding, Aspect.MONITORING, requested(binding),
					status.adjustments()));
		}
		return found;
	}

	private static String requested(Binding binding) {
		String deadband = binding.getDeadbandKind() == null || binding.getDeadbandKind() == DeadbandKind.NONE
				? "no deadband"
				: binding.getDeadbandKind().getLiteral().toLowerCase(java.util.Locale.ROOT) + " deadband "
						+ binding.getDeadbandValue();
		return "sampling " + binding.getSamplingInterval() + " ms, queue " + binding.getQueueSize() + ", " + deadband;
	}

	/** The mismatches between one binding's signal and its node. */
	public static List<Mismatch> compare(Binding binding, NodeDetails node) {
		Signal signal = binding.getSignal();
		List<Mismatch> found = new ArrayList<>();
		if (!node.exists()) {
			found.add(new Mismatch(signal, binding, Aspect.NODE, binding.getNodeId(), node.status()));
			return found;
		}
		if (!"Variable".equals(node.nodeClass())) {
			found.add(new Mismatch(signal, binding, Aspect.NODE, "Variable", node.nodeClass()));
			return found;
		}
		if (signal == null || signal.getDataType() == null) {
			return found;
		}
		SignalDataType type = signal.getDataType();
		if (!typeMatches(type, node.dataType())) {
			found.add(new Mismatch(signal, binding, Aspect.DATA_TYPE, expectedType(type), node.dataType()));
		}
		if (numeric(type)) {
			EuRange modelRange = range(signal);
			if (!rangesMatch(modelRange, node.euRange())) {
				found.add(new Mismatch(signal, binding, Aspect.EU_RANGE, text(modelRange), text(node.euRange())));
			}
			if (!unitsMatch(signal.getUnit(), node.engineeringUnits())) {
				found.add(new Mismatch(signal, binding, Aspect.ENGINEERING_UNITS, text(signal.getUnit()),
						text(node.engineeringUnits())));
			}
		}
		boolean modelWrites = signal.getAccess() == Access.READ_WRITE;
		if (!node.readable() || modelWrites != node.writable()) {
			found.add(new Mismatch(signal, binding, Aspect.ACCESS_LEVEL,
					modelWrites ? "CurrentRead|CurrentWrite" : "CurrentRead", node.accessText()));
		}
		return found;
	}

	/** The OPC UA built-in type a signal type is served as. */
	public static String expectedType(SignalDataType type) {
		return switch (type) {
		case BOOLEAN -> "Boolean";
		case SBYTE -> "SByte";
		case BYTE -> "Byte";
		case INT16 -> "Int16";
		case UINT16 -> "UInt16";
		case INT32, ENUMERATION -> "Int32";
		case UINT32 -> "UInt32";
		case INT64 -> "Int64";
		case UINT64 -> "UInt64";
		case FLOAT -> "Float";
		case DOUBLE -> "Double";
		case STRING -> "String";
		case DATE_TIME -> "DateTime";
		};
	}

	/** The signal type a server DataType name stands for; a server's own Enumeration subtype is an enumeration. */
	public static @Nullable SignalDataType signalType(@Nullable String served) {
		if (served == null) {
			return null;
		}
		for (SignalDataType type : SignalDataType.values()) {
			if (type != SignalDataType.ENUMERATION && expectedType(type).equals(served)) {
				return type;
			}
		}
		return typeMatches(SignalDataType.ENUMERATION, served) ? SignalDataType.ENUMERATION : null;
	}

	/** A server DataType name agrees with a signal type (also used by the workbench's auto-bind preview). */
	public static boolean typeMatches(SignalDataType type, @Nullable String served) {
		if (type == SignalDataType.ENUMERATION && served != null && !isBuiltinName(served)) {
			// servers commonly type enumerations with their own Enumeration subtype; its values are Int32 all the same
			return true;
		}
		return expectedType(type).equals(served);
	}

	private static boolean isBuiltinName(String name) {
		for (SignalDataType type : SignalDataType.values()) {
			if (expectedType(type).equals(name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean numeric(SignalDataType type) {
		return switch (type) {
		case BOOLEAN, STRING, DATE_TIME, ENUMERATION -> false;
		default -> true;
		};
	}

	private static EuRange range(Signal signal) {
		Double low = signal.getRangeLow();
		Double high = signal.getRangeHigh();
		return low != null && high != null && high > low ? new EuRange(low, high) : null;
	}

	private static boolean rangesMatch(EuRange model, EuRange server) {
		if (model == null || server == null) {
			return model == server;
		}
		return close(model.low(), server.low()) && close(model.high(), server.high());
	}

	private static boolean close(double a, double b) {
		return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
	}

	/** Units are compared by UNECE unit id, which is what EUInformation identifies them by. */
	private static boolean unitsMatch(EngineeringUnit model, ServerUnit server) {
		if (model == null || server == null) {
			return model == null && server == null;
		}
		return model.getUnitId() == server.unitId();
	}

	private static String text(EuRange range) {
		return range == null ? "none" : range.toString();
	}

	private static String text(EngineeringUnit unit) {
		return unit == null ? "none" : unit.getSymbol() + " (UNECE id " + unit.getUnitId() + ")";
	}

	private static String text(ServerUnit unit) {
		return Objects.toString(unit, "none");
	}
}
