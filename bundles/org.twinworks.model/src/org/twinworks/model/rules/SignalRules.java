// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.util.TwinValidator;

public final class SignalRules {
	private static final List<AlarmKind> ORDER = List.of(AlarmKind.LOW_LOW, AlarmKind.LOW, AlarmKind.HIGH,
			AlarmKind.HIGH_HIGH);

	private SignalRules() {
	}

	public static boolean isNumeric(SignalDataType type) {
		return switch (type) {
		case SBYTE, BYTE, INT16, UINT16, INT32, UINT32, INT64, UINT64, FLOAT, DOUBLE -> true;
		default -> false;
		};
	}

	public static boolean validRange(Signal signal, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		Double low = signal.getRangeLow();
		Double high = signal.getRangeHigh();
		if (low == null && high == null) {
			return true;
		}
		if (low == null || high == null) {
			return Problems.error(diagnostics, TwinValidator.SIGNAL__VALID_RANGE, signal,
					low == null ? TwinPackage.Literals.SIGNAL__RANGE_LOW : TwinPackage.Literals.SIGNAL__RANGE_HIGH,
					"the engineering range has only its " + (low == null ? "high" : "low") + " end.",
					"Set both Range Low and Range High, or clear both.");
		}
		if (low.isInfinite() || high.isInfinite()) {
			return Problems.error(diagnostics, TwinValidator.SIGNAL__VALID_RANGE, signal,
					low.isInfinite() ? TwinPackage.Literals.SIGNAL__RANGE_LOW : TwinPackage.Literals.SIGNAL__RANGE_HIGH,
					"the engineering range " + low + " .. " + high + " has an infinite end.",
					"Set both ends to the finite range the instrument measures.");
		}
		if (low.isNaN() || high.isNaN() || low >= high) {
			return Problems.error(diagnostics, TwinValidator.SIGNAL__VALID_RANGE, signal,
					TwinPackage.Literals.SIGNAL__RANGE_LOW,
					"range low " + low + " is not below range high " + high + ".", "Set Range Low below Range High.");
		}
		return true;
	}

	public static boolean validAlarmLimits(Signal signal, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		Map<AlarmKind, AlarmLimit> byKind = new EnumMap<>(AlarmKind.class);
		boolean valid = true;
		for (AlarmLimit limit : signal.getAlarmLimits()) {
			if (!finiteLimit(signal, limit, diagnostics)) {
				valid = false;
				if (diagnostics == null) {
					return false;
				}
				continue; // a limit without a number cannot be ordered or placed in the range
			}
			if (byKind.putIfAbsent(limit.getKind(), limit) != null) {
				valid = Problems.error(diagnostics, TwinValidator.SIGNAL__VALID_ALARM_LIMITS, signal,
						TwinPackage.Literals.SIGNAL__ALARM_LIMITS,
						"it has more than one " + limit.getKind().getLiteral() + " limit.", "Delete the extra one.");
				if (diagnostics == null) {
					return false;
				}
			}
		}
		AlarmLimit previous = null;
		for (AlarmKind kind : ORDER) {
			AlarmLimit limit = byKind.get(kind);
			if (limit == null) {
				continue;
			}
			if (previous != null && limit.getValue() < previous.getValue()) {
				valid = Problems.error(diagnostics, TwinValidator.SIGNAL__VALID_ALARM_LIMITS, signal,
						TwinPackage.Literals.SIGNAL__ALARM_LIMITS,
						"its " + kind.getLiteral() + " limit " + limit.getValue() + " is below its "
								+ previous.getKind().getLiteral() + " limit " + previous.getValue() + ".",
						"Order the limits LL <= L <= H <= HH.");
				if (diagnostics == null) {
					return false;
				}
			}
			previous = limit;
			valid &= insideRange(signal, limit, diagnostics);
		}
		return valid;
	}

	private static boolean finiteLimit(Signal signal, AlarmLimit limit, DiagnosticChain diagnostics) {
		double value = limit.getValue();
		if (!Double.isFinite(value)) {
			return Problems
					.error(diagnostics, TwinValidator.SIGNAL__VALID_ALARM_LIMITS, signal,
							TwinPackage.Literals.SIGNAL__ALARM_LIMITS, "its " + limit.getKind().getLiteral()
									+ " limit is " + value + ", not a number an alarm can trip at.",
							"Set the limit to a finite value.");
		}
		double hysteresis = limit.getHysteresis();
		if (!Double.isFinite(hysteresis) || hysteresis < 0) {
			return Problems.error(diagnostics, TwinValidator.SIGNAL__VALID_ALARM_LIMITS, signal,
					TwinPackage.Literals.SIGNAL__ALARM_LIMITS,
					"its " + limit.getKind().getLiteral() + " limit has hysteresis " + hysteresis
							+ "; hysteresis is a finite width of zero or more.",
					"Set the hysteresis to zero or a positive value.");
		}
		return true;
	}

	private static boolean insideRange(Signal signal, AlarmLimit limit, DiagnosticChain diagnostics) {
		Double low = signal.getRangeLow();
		Double high = signal.getRangeHigh();
		if (low == null || high == null || low >= high) {
			return true; // validRange reports the range itself
		}
		if (limit.getValue() < low || limit.getValue() > high) {
			return Problems.error(
					diagnostics, TwinValidator.SIGNAL__VALID_ALARM_LIMITS, ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE,
					signal, TwinPackage.Literals.SIGNAL__ALARM_LIMITS, "its " + limit.getKind().getLiteral() + " limit "
							+ limit.getValue() + " lies outside the range " + low + " .. " + high + ".",
					"Move the limit inside the range, or widen the range.");
		}
		return true;
	}

	public static boolean alarmsOnNumericOnly(Signal signal, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		if (isNumeric(signal.getDataType())) {
			return true;
		}
		if (!signal.getAlarmLimits().isEmpty()) {
			return Problems.error(diagnostics, TwinValidator.SIGNAL__ALARMS_ON_NUMERIC_ONLY, signal,
					TwinPackage.Literals.SIGNAL__ALARM_LIMITS,
					"it is a " + signal.getDataType().getLiteral() + " signal with alarm limits.",
					"Delete the alarm limits, or change the data type to a numeric one.");
		}
		if (signal.getRangeLow() != null || signal.getRangeHigh() != null) {
			return Problems.error(diagnostics, TwinValidator.SIGNAL__ALARMS_ON_NUMERIC_ONLY, signal,
					TwinPackage.Literals.SIGNAL__RANGE_LOW,
					"it is a " + signal.getDataType().getLiteral() + " signal with an engineering range.",
					"Clear Range Low and Range High, or change the data type to a numeric one.");
		}
		return true;
	}

	/** A number with a range, or a signal whose type's signal has a unit, is read in some unit. */
	public static boolean needsUnit(Signal signal) {
		if (!isNumeric(signal.getDataType())) {
			return false;
		}
		Signal template = signal.getTemplate();
		return signal.getRangeLow() != null && signal.getRangeHigh() != null
				|| template != null && !template.eIsProxy() && template.getUnit() != null;
	}

	public static boolean knownUnit(Signal signal, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		if (signal.getUnit() == null) {
			if (!needsUnit(signal)) {
				return true;
			}
			return Problems.warning(diagnostics, TwinValidator.SIGNAL__KNOWN_UNIT, ProblemCode.SIGNAL_WITHOUT_UNIT,
					signal, TwinPackage.Literals.SIGNAL__UNIT,
					signal.getTemplate() != null && signal.getTemplate().getUnit() != null
							? "it has no unit; its type's signal is in "
									+ ModelPaths.label(signal.getTemplate().getUnit()) + "."
							: "it has an engineering range but no unit: the numbers mean nothing without one.",
					"Pick a unit from the plant's unit list.");
		}
		Plant plant = ModelPaths.plantOf(signal);
		if (signal.getUnit().eIsProxy() || plant != null && !plant.getEngineeringUnits().contains(signal.getUnit())) {
			return Problems.error(diagnostics, TwinValidator.SIGNAL__KNOWN_UNIT, signal,
					TwinPackage.Literals.SIGNAL__UNIT, "its unit is not one of the plant's engineering units.",
					"Pick a unit from the plant's unit list, or add the unit there.");
		}
		return true;
	}
}
