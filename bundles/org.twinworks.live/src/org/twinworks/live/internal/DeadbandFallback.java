// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.twinworks.model.Binding;
import org.twinworks.model.DeadbandKind;
import org.twinworks.model.Signal;

/**
 * The data change filter a binding asks for, and what to ask for instead when the server refuses it. A Percent
 * deadband is defined only for AnalogItems with an EURange, and many servers have none: then the model's own
 * range gives the same band as an absolute deadband; without a range, or when the server refuses that too, the
 * item runs with no deadband. A refused filter must never cost the binding its values.
 */
final class DeadbandFallback {
	private DeadbandFallback() {
	}

	/** What the model asks for; null for no filter (the server's default: status and value changes). */
	static DataChangeFilter requested(Binding binding) {
		if (binding.getDeadbandKind() == null || binding.getDeadbandKind() == DeadbandKind.NONE) {
			return null;
		}
		DeadbandType type = binding.getDeadbandKind() == DeadbandKind.PERCENT
				? DeadbandType.Percent
				: DeadbandType.Absolute;
		return filter(type, binding.getDeadbandValue());
	}

	/** True when the server refused an item because of its filter, not its node. */
	static boolean refusedFilter(long statusCode) {
		long code = statusCode & 0xFFFF_0000L;
		return code == StatusCodes.Bad_MonitoredItemFilterUnsupported || code == StatusCodes.Bad_FilterNotAllowed
				|| code == StatusCodes.Bad_DeadbandFilterInvalid || code == StatusCodes.Bad_MonitoredItemFilterInvalid;
	}

	/**
	 * The next filter to try after {@code refused} was refused with {@code status}, with the line that reports it;
	 * null when there is nothing weaker to try (the item then stays refused).
	 */
	static Fallback after(Binding binding, DataChangeFilter refused, String status) {
		if (refused == null) {
			return null;
		}
		boolean percent = refused.getDeadbandType().intValue() == DeadbandType.Percent.getValue();
		Signal signal = binding.getSignal();
		Double low = signal == null ? null : signal.getRangeLow();
		Double high = signal == null ? null : signal.getRangeHigh();
		if (percent && low != null && high != null && high > low) {
			double absolute = refused.getDeadbandValue() / 100.0 * (high - low);
			String unit = signal.getUnit() == null ? "" : " " + signal.getUnit().getSymbol();
			return new Fallback(filter(DeadbandType.Absolute, absolute), String.format(Locale.ROOT,
					"percent deadband refused (%s): absolute deadband %s%s from the model's " + "range %s to %s",
					status, round(absolute), unit, round(low), round(high)));
		}
		String what = percent ? "percent" : "absolute";
		String why = percent ? ", and the model gives no range to compute an absolute one" : "";
		return new Fallback(null, what + " deadband refused (" + status + ")" + why + ": no deadband");
	}

	private static DataChangeFilter filter(DeadbandType type, double value) {
		return new DataChangeFilter(DataChangeTrigger.StatusValue, uint(type.getValue()), value);
	}

	/** Six significant digits, no trailing zeros, never an exponent: 0.006, 2, 250000. */
	static String round(double value) {
		return BigDecimal.valueOf(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
	}

	/** A filter to try next (null: none) and what to tell the user about it. */
	record Fallback(DataChangeFilter filter, String description) {
	}
}
