// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.trends;

import java.time.Instant;
import java.util.List;

import org.twinworks.live.MinMaxHistory;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Signal;

/**
 * One plotted signal: its history as the store gave it, flattened once per UI batch into parallel arrays
 * (epoch milliseconds and numbers; NaN where a value is bad or not a number, which breaks the line), so a paint
 * reads arrays and never materialises values. Booleans plot as 0 and 1.
 */
public final class TrendSeries {
	private final Signal signal;
	private final List<SignalValue> values;
	private final long[] times;
	private final double[] numbers;
	private final MinMaxHistory.Envelope envelope;
	private final double low;
	private final double high;

	public TrendSeries(Signal signal, List<SignalValue> history) {
		this(signal, history, MinMaxHistory.Envelope.EMPTY);
	}

	/**
	 * @param envelope the signal's min/max tier, drawn where the raw history does not reach (zoomed out to the
	 *            hour)
	 */
	public TrendSeries(Signal signal, List<SignalValue> history, MinMaxHistory.Envelope envelope) {
		this.signal = signal;
		this.values = history;
		this.envelope = envelope;
		int n = history.size();
		times = new long[n];
		numbers = new double[n];
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < n; i++) {
			SignalValue v = history.get(i);
			times[i] = time(v).toEpochMilli();
			numbers[i] = number(v);
			if (!Double.isNaN(numbers[i])) {
				min = Math.min(min, numbers[i]);
				max = Math.max(max, numbers[i]);
			}
		}
		for (int i = 0; i < envelope.size(); i++) {
			min = Math.min(min, envelope.mins()[i]);
			max = Math.max(max, envelope.maxs()[i]);
		}
		double[] scale = scale(signal, min, max);
		low = scale[0];
		high = scale[1];
	}

	public Signal signal() {
		return signal;
	}

	/** The min/max tier behind the raw values (empty when the signal has none). */
	public MinMaxHistory.Envelope envelope() {
		return envelope;
	}

	/** The time from which raw values are drawn; before it the envelope is. Long.MAX_VALUE without raw values. */
	long rawStart() {
		return times.length == 0 ? Long.MAX_VALUE : times[0];
	}

	public int size() {
		return times.length;
	}

	long time(int i) {
		return times[i];
	}

	double number(int i) {
		return numbers[i];
	}

	/** The value shown at {@code epochMillis}: the last one at or before it (values hold until the next). */
	public SignalValue valueAt(long epochMillis) {
		int i = indexAt(epochMillis);
		return i < 0 ? null : values.get(i);
	}

	/** The index of the last value at or before {@code epochMillis}, -1 when there is none. */
	int indexAt(long epochMillis) {
		int lowIndex = 0;
		int highIndex = times.length;
		while (lowIndex < highIndex) {
			int mid = (lowIndex + highIndex) >>> 1;
			if (times[mid] > epochMillis) {
				highIndex = mid;
			} else {
				lowIndex = mid + 1;
			}
		}
		return lowIndex - 1;
	}

	/** The bottom and top of the plot for this signal: its EURange and limits with a margin, else its data's. */
	double low() {
		return low;
	}

	double high() {
		return high;
	}

	/** Where {@code value} sits between the plot's bottom (0) and top (1). */
	double fraction(double value) {
		return (value - low) / (high - low);
	}

	static Instant time(SignalValue v) {
		return v.sourceTime() != null ? v.sourceTime() : v.serverTime() != null ? v.serverTime() : Instant.EPOCH;
	}

	static double number(SignalValue v) {
		return ValueStore.plotted(v);
	}

	/** The range, widened to include the limits and the data, plus 5 % so lines at the range stay visible. */
	private static double[] scale(Signal signal, double dataMin, double dataMax) {
		double lo = signal.getRangeLow() != null ? signal.getRangeLow() : dataMin;
		double hi = signal.getRangeHigh() != null ? signal.getRangeHigh() : dataMax;
		for (AlarmLimit limit : signal.getAlarmLimits()) {
			lo = Math.min(lo, limit.getValue());
			hi = Math.max(hi, limit.getValue());
		}
		if (dataMin <= dataMax) {
			lo = Math.min(lo, dataMin);
			hi = Math.max(hi, dataMax);
		}
		if (!(lo < hi)) {
			double centre = Double.isFinite(lo) ? lo : 0;
			lo = centre - 1;
			hi = centre + 1;
		}
		double margin = (hi - lo) * 0.05;
		return new double[]{lo - margin, hi + margin};
	}
}
